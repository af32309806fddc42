import type { TFunction } from 'i18next';
import type { IncidentCategory, IncidentSummary } from '../../../contract/incidents';
import type { ScriptScenario } from '../../../contract/incidents';

/** Local `YYYY-MM-DDTHH:mm` (main's deadlines) as people read it. */
export function minuteText(local: string | null | undefined): string {
  return local ? local.replace('T', ' ') : '';
}

/** The minutes a local `YYYY-MM-DDTHH:mm` lies after `now` (negative when past). */
export function minutesUntil(local: string, now: number): number {
  const [day, time] = local.split('T') as [string, string];
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return Math.round((new Date(y, mo - 1, d, h, mi).getTime() - now) / 60_000);
}

/** "3 小时 20 分" / "2 d 4 h": a span short enough for a list cell. */
export function spanText(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.abs(minutes));
  if (m < 60) return t('incidents.span.minutes', { m });
  if (m < 24 * 60) return t('incidents.span.hours', { h: Math.floor(m / 60), m: m % 60 });
  return t('incidents.span.days', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}

/**
 * The owner as the desk says it: a person's name, or the role's queue while
 * nobody has taken it ("前台接待（待认领）").
 */
export function ownerText(t: TFunction, i: Pick<IncidentSummary, 'ownerUserId' | 'ownerName' | 'ownerRole'>): string {
  if (i.ownerUserId) return i.ownerName;
  if (i.ownerRole) return t('incidents.owner.queue', { role: t(`roles.${i.ownerRole}`) });
  return i.ownerName || t('incidents.owner.none');
}

/**
 * The reply scripts that fit a category: a complaint opens the complaint
 * scripts, an enquiry the enquiry ones; equipment, safety and other problems
 * have no scenario of their own and show every script.
 */
export const SCENARIO_OF: Record<IncidentCategory, ScriptScenario | undefined> = {
  complaint: 'complaint',
  enquiry: 'enquiry',
  business: 'business',
  equipment: undefined,
  safety: undefined,
  other: undefined,
};
