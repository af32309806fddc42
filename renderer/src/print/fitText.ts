/**
 * The one fitting rule for printed text (badges, the welcome sign, the
 * settings preview). Each `[data-fit]` element:
 *   1. keeps its design size when it fits;
 *   2. shrinks on one line, down to ONE_LINE_FLOOR of that size;
 *   3. then breaks onto two balanced lines (when it has them, see FitText)
 *      and shrinks down to the floor: a quarter of its size, never under
 *      2.6 mm (about 7.5 pt, still readable at arm's length);
 *   4. past the floor it keeps shrinking, so text too long even then is
 *      printed whole in smaller type: nothing is ever clipped or ellipsized.
 * "Fits" means no line is wider than the box and no `[data-fit-frame]`
 * around it (a badge's body, its header band) overflows downwards. Measures the real
 * glyphs, so it must run after fonts have loaded.
 */
const ONE_LINE_FLOOR = 0.7;
/** Two lines start a little smaller than one, as the welcome sign's 54 pt to 64 pt. */
const TWO_LINE_SCALE = 0.85;
const MIN_SCALE = 0.25;
const MIN_MM = 2.6;
/** The last resort's limit: below this nothing prints legibly anyway. */
const LAST_MM = 0.8;
const PX_PER_MM = 96 / 25.4;
/** Sub-pixel rounding in layout is not an overflow. */
const SLACK_PX = 0.5;

function frames(el: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (let f = el.closest<HTMLElement>('[data-fit-frame]'); f; f = f.parentElement?.closest<HTMLElement>('[data-fit-frame]') ?? null) out.push(f);
  return out;
}

function fits(el: HTMLElement, around: HTMLElement[]): boolean {
  if (el.scrollWidth > el.clientWidth + SLACK_PX) return false;
  // Frames are checked for height only: their width is each line's own check, and a line not yet fitted would spill across.
  return around.every((f) => f.scrollHeight <= f.clientHeight + SLACK_PX);
}

function setSize(el: HTMLElement, px: number): void {
  el.style.fontSize = `${px}px`;
}

/** The largest size in [low, high] that fits (binary search on the real layout); `low` when none does. */
function largestFitting(el: HTMLElement, around: HTMLElement[], high: number, low: number): boolean {
  setSize(el, high);
  if (fits(el, around)) return true;
  setSize(el, low);
  if (!fits(el, around)) return false;
  let lo = low;
  let hi = high;
  for (let i = 0; i < 12 && hi - lo > 0.1; i++) {
    const mid = (lo + hi) / 2;
    setSize(el, mid);
    if (fits(el, around)) lo = mid;
    else hi = mid;
  }
  setSize(el, lo);
  return true;
}

function fitOne(el: HTMLElement): void {
  const base = parseFloat(getComputedStyle(el).fontSize);
  if (!base || el.clientWidth === 0) return;
  const around = frames(el);
  if (fits(el, around)) return;
  const floor = Math.min(base, Math.max(base * MIN_SCALE, MIN_MM * PX_PER_MM));
  const last = Math.min(floor, LAST_MM * PX_PER_MM);
  if (largestFitting(el, around, base, Math.max(floor, base * ONE_LINE_FLOOR))) return;
  if (el.querySelector('.fit__two')) el.dataset.fitMode = 'two';
  const high = el.dataset.fitMode === 'two' ? base * TWO_LINE_SCALE : base * ONE_LINE_FLOOR;
  if (largestFitting(el, around, Math.max(high, floor), floor)) return;
  largestFitting(el, around, floor, last);
}

export function fitText(root: ParentNode): void {
  const all = [...root.querySelectorAll<HTMLElement>('[data-fit]')];
  // Start from the design sizes, so a refit (the settings preview) never builds on an earlier one.
  for (const el of all) {
    el.style.fontSize = '';
    delete el.dataset.fitMode;
  }
  // In document order: a badge's name gets the room before its company does.
  for (const el of all) fitOne(el);
}
