import type { Due } from '../../../../../contract/checklists';

export type DueUnit = 'minutes' | 'hours' | 'days';
export const DUE_UNITS: readonly DueUnit[] = ['minutes', 'hours', 'days'];
const MINUTES: Record<DueUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** A due time as a person says it: "2 hours before arrival", "1 day after departure". */
export interface DueParts {
  anchor: Due['anchor'];
  side: 'before' | 'after';
  amount: number;
  unit: DueUnit;
}

/** The largest unit that divides the offset evenly (90 min stays 90 minutes). */
export function partsOf(due: Due): DueParts {
  const size = Math.abs(due.offsetMinutes);
  const unit = size === 0 ? 'minutes' : size % 1440 === 0 ? 'days' : size % 60 === 0 ? 'hours' : 'minutes';
  return { anchor: due.anchor, side: due.offsetMinutes < 0 ? 'before' : 'after', amount: size / MINUTES[unit], unit };
}

export function dueOf(p: DueParts): Due {
  const size = Math.round(p.amount * MINUTES[p.unit]);
  return { anchor: p.anchor, offsetMinutes: p.side === 'before' ? -size : size };
}
