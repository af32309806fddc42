import type { Due } from '../../../../contract/checklists';

/** The due times a reception office uses most, as one choice each (DESIGN13). */
export const DUE_PRESETS = [
  { key: 'before24h', due: { anchor: 'arrival', offsetMinutes: -1440 } },
  { key: 'before2h', due: { anchor: 'arrival', offsetMinutes: -120 } },
  { key: 'before30m', due: { anchor: 'arrival', offsetMinutes: -30 } },
  { key: 'atArrival', due: { anchor: 'arrival', offsetMinutes: 0 } },
  { key: 'atDeparture', due: { anchor: 'departure', offsetMinutes: 0 } },
  { key: 'after24h', due: { anchor: 'departure', offsetMinutes: 1440 } },
] as const satisfies readonly { key: string; due: Due }[];

export type PresetKey = (typeof DUE_PRESETS)[number]['key'];

export function presetOf(due: Due): PresetKey | null {
  return DUE_PRESETS.find((p) => p.due.anchor === due.anchor && p.due.offsetMinutes === due.offsetMinutes)?.key ?? null;
}
