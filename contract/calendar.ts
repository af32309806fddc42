/**
 * Whether a year, month and day name a day that exists in the (proleptic
 * Gregorian) calendar. Pure and dependency-free so both the ID-number rules and
 * the field schemas use it. `setUTCFullYear` because `Date.UTC` reads years
 * 0–99 as 1900–1999.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
