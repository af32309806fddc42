/**
 * Ant Design's icons label themselves with their English file name
 * (`aria-label="setting"`, `"printer"`, `"down"`), so a screen reader in the
 * Chinese UI reads English words, and a button's name becomes "printer 打印".
 * Every icon here sits beside its own words or inside a button that has a
 * translated label, so an icon that kept antd's default label is decorative:
 * it is hidden from assistive technology. An icon given a label of its own
 * (a translated `aria-label`) keeps it.
 */
const ICON = '.anticon[role="img"][aria-label]';

function quiet(icon: Element): void {
  const label = icon.getAttribute('aria-label');
  if (label && icon.classList.contains(`anticon-${label}`)) {
    icon.removeAttribute('aria-label');
    icon.setAttribute('aria-hidden', 'true');
  }
}

function quietWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(ICON)) quiet(node);
  for (const icon of node.querySelectorAll(ICON)) quiet(icon);
}

/** Watches the document for icons as React adds or changes them. */
export function hideDecorativeIcons(root: Element = document.body): () => void {
  quietWithin(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') quietWithin(record.target);
      else for (const node of record.addedNodes) quietWithin(node);
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
  return () => observer.disconnect();
}
