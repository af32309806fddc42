import { chineseDays } from '../files/heavy-modules';

/*
 * Working time for incident limits: China's working days (official holidays
 * and the 调休 make-up working days) come from the maintained `chinese-days`
 * calendar, never a hand-typed list. Times are the desk's local minutes
 * `YYYY-MM-DDTHH:mm` (contract localDateTime), computed as naive wall-clock
 * values so the answer never depends on the process's time zone.
 */

export type LimitUnit = 'hours' | 'workHours';
export interface Limit {
  amount: number;
  unit: LimitUnit;
}
/** `HH:mm` start (inclusive) and end (exclusive) of the working day. */
export interface WorkDay {
  start: string;
  end: string;
}

/** The package's data starts here; no year before it is asked about by a desk. */
const FIRST_DATA_YEAR = 2004;
let dataUntil: number | null = null;

/**
 * The last year the State Council's arrangement is known for (the package is
 * updated when it is published, usually in November for the next year). Later
 * years fall back to Monday–Friday: the rules form says so when a deadline
 * runs past it.
 */
export function holidayDataUntil(): number {
  if (dataUntil === null) {
    let year = FIRST_DATA_YEAR;
    while (chineseDays().getHolidaysInRange(`${year + 1}-01-01`, `${year + 1}-12-31`, false).length > 0) year += 1;
    dataUntil = year;
  }
  return dataUntil;
}

const workingDays = new Map<string, boolean>();

/** Whether `day` (`YYYY-MM-DD`) is a working day: the official calendar where it is known, Monday–Friday beyond it. */
export function isWorkingDay(day: string): boolean {
  const known = workingDays.get(day);
  if (known !== undefined) return known;
  const working = Number(day.slice(0, 4)) > holidayDataUntil() ? isMondayToFriday(day) : chineseDays().isWorkday(day);
  workingDays.set(day, working);
  return working;
}

function isMondayToFriday(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** Minutes since 1970 of a naive local minute (UTC arithmetic on wall-clock values). */
function toMinutes(minute: string): number {
  return Date.parse(`${minute}:00Z`) / 60_000;
}

function fromMinutes(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

function minuteOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * When a limit that starts at `from` ends. `hours` counts the wall clock;
 * `workHours` counts only minutes inside [workDay.start, workDay.end) on working
 * days, so a start outside hours begins at the next working start and a limit
 * that fills a day exactly ends at that day's end. Walks day by day, not minute
 * by minute.
 */
export function deadlineAfter(from: string, limit: Limit, workDay: WorkDay): string {
  const start = toMinutes(from);
  if (!Number.isFinite(start)) throw new RangeError(`not a local minute: ${from}`);
  if (limit.unit === 'hours') return fromMinutes(start + limit.amount * 60);
  const open = minuteOfDay(workDay.start);
  const close = minuteOfDay(workDay.end);
  if (!(open < close)) throw new RangeError(`working day must start before it ends: ${workDay.start}–${workDay.end}`);
  let remaining = limit.amount * 60;
  let dayStart = start - (start % 1440);
  let at = start - dayStart;
  for (;;) {
    const day = fromMinutes(dayStart).slice(0, 10);
    if (isWorkingDay(day)) {
      const begin = Math.max(at, open);
      const available = Math.max(0, close - begin);
      if (remaining <= available) return fromMinutes(dayStart + begin + remaining);
      remaining -= available;
    }
    dayStart += 1440;
    at = 0;
  }
}
