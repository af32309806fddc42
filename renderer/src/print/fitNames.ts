/** Never shrink a name below this share of its design size; past it, an ellipsis is kinder than dust. */
const MIN_SCALE = 0.4;

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
    let size = base;
    if (el.scrollWidth > el.clientWidth) {
      // Jump close to the answer first, then step down to absorb rounding and kerning.
      size = Math.max(base * MIN_SCALE, base * (el.clientWidth / el.scrollWidth));
      el.style.fontSize = `${size}px`;
    }
    while (el.scrollWidth > el.clientWidth && size > base * MIN_SCALE) {
      size = Math.max(base * MIN_SCALE, size * 0.95);
      el.style.fontSize = `${size}px`;
    }
    if (el.scrollWidth > el.clientWidth) el.classList.add('is-clipped');
  }
}
