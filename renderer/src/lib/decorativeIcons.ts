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

/**
 * A control whose only content is an icon (antd's pagination arrows) would be
 * left with no name once its icon is quiet: it takes the translated title antd
 * puts on it or its list item (上一页 / Previous Page), and follows it when the
 * language changes.
 */
const ICON_ONLY_CONTROL = 'button, a';
const BORROWED = 'data-name-from-title';

function nameFromTitle(control: Element): void {
  if (control.textContent?.trim() || (control.hasAttribute('aria-label') && !control.hasAttribute(BORROWED))) return;
  if (!control.querySelector('.anticon[aria-hidden="true"]')) return;
  const title = control.closest('[title]')?.getAttribute('title');
  // Set only on change: each set is itself an observed mutation.
  if (!title || control.getAttribute('aria-label') === title) return;
  control.setAttribute('aria-label', title);
  control.setAttribute(BORROWED, '');
}

function quietWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(ICON)) quiet(node);
  for (const icon of node.querySelectorAll(ICON)) quiet(icon);
  const scope = node.closest(ICON_ONLY_CONTROL) ?? node;
  if (scope.matches(ICON_ONLY_CONTROL)) nameFromTitle(scope);
  for (const control of scope.querySelectorAll(ICON_ONLY_CONTROL)) nameFromTitle(control);
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
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'title'] });
  return () => observer.disconnect();
}
