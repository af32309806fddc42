import type { Task } from '../../../contract/tasks';
import { localDay, localMinute, localMinuteAfter } from '../../core/clock';

/** Reminders say "due soon" this long ahead of a timed task. */
export const DUE_SOON_MINUTES = 120;

/**
 * "Now" for the inbox, as local minutes and days (every due time is stored
 * so, and compared as strings). `horizonEnd` is the last minute of the last
 * day the inbox looks ahead to.
 */
export interface TaskClock {
  now: string;
  today: string;
  soon: string;
  horizonEnd: string;
  /** The first day still read on the late side, for sources that age out (checklists, care). */
  lookbackDay: (days: number) => string;
}

export function taskClock(now: Date, horizonDays: number): TaskClock {
  const dayAhead = localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + horizonDays, 12));
  return {
    now: localMinute(now),
    today: localDay(now),
    soon: localMinuteAfter(now, DUE_SOON_MINUTES),
    horizonEnd: endOfDay(dayAhead),
    lookbackDay: (days) => localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 12)),
  };
}

/** A day-only duty counts as due at the end of its day. */
export function endOfDay(day: string): string {
  return `${day}T23:59`;
}

/** The fields every task computes alike from its due time. */
export function dueFlags(dueAt: string, clock: TaskClock): Pick<Task, 'dueAt' | 'overdue' | 'dueToday'> {
  const overdue = dueAt < clock.now;
  return { dueAt, overdue, dueToday: !overdue && dueAt.slice(0, 10) === clock.today };
}
