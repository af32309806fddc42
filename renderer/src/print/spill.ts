/** Sub-pixel rounding in layout is not a spill (as in fitText). */
const SLACK_PX = 1;
/** Enough of a text to find it on the page; the log is not the place for a whole paragraph. */
const QUOTE_CHARS = 40;

function spills(el: HTMLElement): boolean {
  // A badge page moved by the printer's calibration offsets passes its edge on purpose (BadgePages).
  if (el.hasAttribute('data-print-shifted')) return false;
  return el.clientWidth > 0 && el.scrollWidth > el.clientWidth + SLACK_PX;
}

/**
 * Printed text wider than its place: a code or time kept on one line that runs
 * into the next column or off the paper, where the PDF loses it (a badge
 * number printed "V261129MWM000" on the roll call). Returns the innermost such
 * boxes' texts; the print route reports them so main logs them and the tests,
 * which print every document, fail on them. Nothing is changed on the page:
 * what must shrink to fit says so with FitText.
 */
export function spilledTexts(root: ParentNode): string[] {
  const wide = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el instanceof HTMLElement && spills(el));
  const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
  return innermost.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, QUOTE_CHARS));
}
