/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Done in UTC on purpose: a
 * day string has no time zone, and UTC has no daylight-saving gaps to skip a day.
 */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The day a yearly month-day falls on in `year`: 02-29 falls on 02-28 in a
 * year without one (a birthday is not skipped for three years).
 */
export function dayInYear(year: number, monthDay: string): string {
  const md = monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay;
  return `${year}-${md}`;
}

/**
 * The window `[from, to]` cut into one month-day range per calendar year, so a
 * window across the new year reads the month-day index twice (12-28..12-31 and
 * 01-01..01-05) instead of wrapping. In a year without 02-29, a range that
 * reaches 02-28 also takes 02-29 (shown on the 28th, see dayInYear).
 */
export function monthDayRanges(from: string, to: string): { year: number; fromMd: string; toMd: string }[] {
  const out: { year: number; fromMd: string; toMd: string }[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (let year = first; year <= last; year++) {
    const fromMd = year === first ? from.slice(5) : '01-01';
    let toMd = year === last ? to.slice(5) : '12-31';
    if (!isLeapYear(year) && toMd === '02-28') toMd = '02-29';
    out.push({ year, fromMd, toMd });
  }
  return out;
}
