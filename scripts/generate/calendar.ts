import type { Random } from './random';

/*
 * When visitors come: weekdays far more than weekends, quiet over the Spring
 * Festival and National Day weeks, and within a day two peaks (9–11 and
 * 14–16) around a lunch dip. Times are the desk's local time, as the app
 * keeps them (main/core/clock.ts).
 */

/** 春节 (first day of the lunar year): the week from the eve is a holiday. */
const SPRING_FESTIVAL: Record<number, string> = {
  2014: '01-31', 2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01',
  2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03', 2031: '01-23',
  2032: '02-11', 2033: '01-31', 2034: '02-19', 2035: '02-08',
};

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A local instant on the day of `day`. */
export function at(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute);
}


/** Local midnight of a `YYYY-MM-DD` day. */
export function dayStart(day: string): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
}

function isHoliday(date: Date): boolean {
  const m = date.getMonth() + 1;
  const d = date.getDate();
  if (m === 10 && d <= 7) return true;
  if (m === 1 && d === 1) return true;
  const festival = SPRING_FESTIVAL[date.getFullYear()];
  if (!festival) return false;
  const first = new Date(date.getFullYear(), Number(festival.slice(0, 2)) - 1, Number(festival.slice(3, 5)));
  const offset = Math.round((date.getTime() - first.getTime()) / DAY);
  return offset >= -1 && offset <= 5;
}

/**
 * How busy a day is relative to an ordinary weekday; `progress` (0 at the
 * start of the history, 1 at its end) lets the site grow a little over the years.
 */
export function dayWeight(date: Date, progress: number): number {
  if (isHoliday(date)) return 0.04;
  const weekday = [0.08, 1.1, 1.05, 1.0, 1.0, 0.9, 0.2][date.getDay()]!;
  const season = date.getMonth() === 7 ? 0.85 : date.getMonth() === 11 ? 1.1 : 1;
  return weekday * season * (0.7 + 0.6 * progress);
}

/** Share of the day's arrivals per half hour from 07:30 to 19:00, with the two peaks. */
const HALF_HOURS: number[] = [
  // 07:30 08:00 08:30 09:00 09:30 10:00 10:30 11:00 11:30 12:00 12:30 13:00 13:30
  0.5, 2, 4, 9, 11, 10, 8, 5, 3, 1.5, 1.5, 3, 5,
  // 14:00 14:30 15:00 15:30 16:00 16:30 17:00 17:30 18:00 18:30
  9, 10, 9, 7, 4, 2.5, 1.5, 0.8, 0.5, 0.3,
];
const HALF_HOUR_TOTAL = HALF_HOURS.reduce((a, b) => a + b, 0);
export const DESK_OPENS_MIN = 7 * 60 + 30;
export const DESK_CLOSES_MIN = 19 * 60;

/** Minutes after midnight at which a visitor arrives. */
export function arrivalMinute(random: Random): number {
  let target = random.next() * HALF_HOUR_TOTAL;
  for (let i = 0; i < HALF_HOURS.length; i++) {
    target -= HALF_HOURS[i]!;
    if (target <= 0) return DESK_OPENS_MIN + i * 30 + random.next() * 30;
  }
  return DESK_CLOSES_MIN - 1;
}

/** How long a visit lasts, in minutes: a delivery takes minutes, a meeting an hour or two, an audit the day (log-normal, 10 min to 8 h). */
export function stayMinutes(random: Random): number {
  return Math.min(480, Math.max(5, Math.exp(4 + 0.9 * random.normal())));
}

/** `YYYY-MM-DDTHH:mm` in local time, as plans store their times. */
export function localDateTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}
