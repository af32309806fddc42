/**
 * Floor for a shrunk name: a quarter of its design size, and never under
 * 2.6 mm (about 7.5 pt, still readable at arm's length). Past it, an ellipsis.
 */
const MIN_SCALE = 0.25;
const MIN_MM = 2.6;
const PX_PER_MM = 96 / 25.4;

/**
 * Shrinks each `[data-fit]` line until it fits its box on one line. Measures
 * the real glyphs, so it must run after fonts have loaded.
 */
export function fitNames(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-fit]')) {
    el.style.fontSize = '';
    el.classList.remove('is-clipped');
    const base = parseFloat(getComputedStyle(el).fontSize);
    if (!base || el.clientWidth === 0) continue;
    const min = Math.min(base, Math.max(base * MIN_SCALE, MIN_MM * PX_PER_MM));
    let size = base;
    if (el.scrollWidth > el.clientWidth) {
      // Jump close to the answer first, then step down to absorb rounding and kerning.
      size = Math.max(min, base * (el.clientWidth / el.scrollWidth));
      el.style.fontSize = `${size}px`;
    }
    while (el.scrollWidth > el.clientWidth && size > min) {
      size = Math.max(min, size * 0.95);
      el.style.fontSize = `${size}px`;
    }
    if (el.scrollWidth > el.clientWidth) el.classList.add('is-clipped');
  }
}

/**
 * Lines that belong together (`data-fit-group`, e.g. a name over two lines)
 * take the smallest size any of them needed, so they read as one.
 */
export function equalizeFitGroups(root: ParentNode): void {
  const groups = new Map<string, HTMLElement[]>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-fit-group]')) {
    const key = el.dataset.fitGroup!;
    groups.set(key, [...(groups.get(key) ?? []), el]);
  }
  for (const members of groups.values()) {
    const smallest = Math.min(...members.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    for (const el of members) el.style.fontSize = `${smallest}px`;
  }
}
