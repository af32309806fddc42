import type { ReportGranularity, ReportRange } from '../../../contract/reports';

/*
 * The local calendar of the reports (contract/reports.ts), on `YYYY-MM-DD`
 * strings: days are counted on UTC dates, which have no daylight saving, so a
 * day is always one day whatever the desk's zone.
 */

export interface CountedRange {
  from: string;
  to: string;
  granularity: ReportGranularity;
}

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = asDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return asDay(d);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: string): number {
  return (asDate(day).getUTCDay() + 6) % 7;
}

/** The Monday of the day's week (weeks run Monday to Sunday). */
export const mondayOf = (day: string) => addDays(day, -weekdayOf(day));

function lastOfMonth(day: string): string {
  const d = asDate(`${day.slice(0, 7)}-01`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return asDay(d);
}

/** The asked range widened to whole weeks or months, so a period's distinct visitors are exact. */
export function widen(range: ReportRange): CountedRange {
  const { from, to, granularity } = range;
  if (granularity === 'week') return { from: mondayOf(from), to: addDays(mondayOf(to), 6), granularity };
  if (granularity === 'month') return { from: `${from.slice(0, 7)}-01`, to: lastOfMonth(to), granularity };
  return { from, to, granularity };
}

/** The key of the period a day falls in: the day, its week's Monday, or `YYYY-MM`. */
export function periodOf(day: string, granularity: ReportGranularity): string {
  if (granularity === 'week') return mondayOf(day);
  if (granularity === 'month') return day.slice(0, 7);
  return day;
}

/** Every day of the range, first to last. */
export function daysOf(range: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Every period of the range in order, each with a value made by `empty` (so periods without visits show as zeros). */
export function periodMap<T>(range: CountedRange, empty: () => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const day of daysOf(range)) {
    const key = periodOf(day, range.granularity);
    if (!map.has(key)) map.set(key, empty());
  }
  return map;
}

/** The end of a day as a local minute bound: `T24:00` sorts after every minute of it and before the next day. */
export const endOfDay = (day: string) => `${day}T24:00`;

/** A mean to `digits` decimals; null without values. */
export function mean(sum: number, count: number, digits = 1): number | null {
  if (count === 0) return null;
  const f = 10 ** digits;
  return Math.round((sum / count) * f) / f;
}

/** A share to four decimals (0–1); null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}
