import type { Due } from '../../../contract/checklists';

/**
 * A checklist item's due time as people say it, for the template editor and a
 * plan's item dialog alike: one of the times a reception office uses most, or
 * "2 hours before arrival" put together from an amount, a unit, a side and an anchor.
 */
export const DUE_PRESETS = [
  { key: 'before7d', due: { anchor: 'arrival', offsetMinutes: -7 * 1440 } },
  { key: 'before3d', due: { anchor: 'arrival', offsetMinutes: -3 * 1440 } },
  { key: 'before24h', due: { anchor: 'arrival', offsetMinutes: -1440 } },
  { key: 'before2h', due: { anchor: 'arrival', offsetMinutes: -120 } },
  { key: 'before1h', due: { anchor: 'arrival', offsetMinutes: -60 } },
  { key: 'before30m', due: { anchor: 'arrival', offsetMinutes: -30 } },
  { key: 'before15m', due: { anchor: 'arrival', offsetMinutes: -15 } },
  { key: 'atArrival', due: { anchor: 'arrival', offsetMinutes: 0 } },
  { key: 'atDeparture', due: { anchor: 'departure', offsetMinutes: 0 } },
  { key: 'after1h', due: { anchor: 'departure', offsetMinutes: 60 } },
  { key: 'after24h', due: { anchor: 'departure', offsetMinutes: 1440 } },
  { key: 'after3d', due: { anchor: 'departure', offsetMinutes: 3 * 1440 } },
  { key: 'after7d', due: { anchor: 'departure', offsetMinutes: 7 * 1440 } },
] as const satisfies readonly { key: string; due: Due }[];

export type PresetKey = (typeof DUE_PRESETS)[number]['key'];

export function presetOf(due: Due): PresetKey | null {
  return DUE_PRESETS.find((p) => p.due.anchor === due.anchor && p.due.offsetMinutes === due.offsetMinutes)?.key ?? null;
}

export type DueUnit = 'minutes' | 'hours' | 'days';
export const DUE_UNITS: readonly DueUnit[] = ['minutes', 'hours', 'days'];
const MINUTES: Record<DueUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** A due time in words' parts: "2 hours before arrival", "1 day after departure". */
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
