import dayjs from 'dayjs';
import type { PlanSummary } from '../../../contract/plans';
import { i18n } from '../i18n';
import { showLocal } from './editor/localTime';

/*
 * Plans carry local times as `YYYY-MM-DDTHH:mm` (one site, one time zone);
 * these helpers show them the same way on every plans screen, from the text's
 * own date and time (see showLocal: read as an instant, a daylight-saving gap
 * would move them).
 */

/** `2026-11-28T14:00` → `2026-11-28 周六 14:00` / `2026-11-28 Sat 14:00`. */
export function formatPlanTime(at: string | null | undefined): string {
  return at ? showLocal(at) : '';
}

/** The last day a plan occupies; a departure at 00:00 belongs to the evening before. */
export function lastPlanDay(arrivalAt: string, departureAt: string | null): string {
  if (!departureAt || departureAt <= arrivalAt) return arrivalAt.slice(0, 10);
  const day = departureAt.slice(0, 10);
  return departureAt.endsWith('T00:00') ? dayjs(`${day}T12:00`).subtract(1, 'day').format('YYYY-MM-DD') : day;
}

/** True when the visit runs over more than one calendar day. */
export function isMultiDay(plan: Pick<PlanSummary, 'arrivalAt' | 'departureAt'>): boolean {
  return !!plan.arrivalAt && lastPlanDay(plan.arrivalAt, plan.departureAt) !== plan.arrivalAt.slice(0, 10);
}

/**
 * `2026-11-28 周六 14:00–16:30`, or with the departure day when it differs:
 * `2026-11-28 周六 14:00 → 11-30 周一 12:00`.
 */
export function formatPlanRange(arrivalAt: string | null, departureAt: string | null): string {
  if (!arrivalAt) return i18n.t('plans.list.notScheduled');
  const start = formatPlanTime(arrivalAt);
  if (!departureAt) return `${start} · ${i18n.t('plans.event.noDeparture')}`;
  if (departureAt.slice(0, 10) === arrivalAt.slice(0, 10)) return `${start}–${departureAt.slice(11)}`;
  const sameYear = departureAt.slice(0, 4) === arrivalAt.slice(0, 4);
  const end = showLocal(departureAt);
  return `${start} → ${sameYear ? end.slice(5) : end}`;
}

/** `3/8 人`: guests on the list against the expected headcount; `预计 8 人` while the list is empty. */
export function headcountText(plan: Pick<PlanSummary, 'guestCount' | 'expectedHeadcount'>): string {
  if (plan.guestCount === 0) return i18n.t('plans.event.expected', { expected: plan.expectedHeadcount });
  return i18n.t('plans.event.headcount', { guests: plan.guestCount, expected: plan.expectedHeadcount });
}

export function headcountTitle(plan: Pick<PlanSummary, 'guestCount' | 'expectedHeadcount'>): string {
  return i18n.t('plans.event.headcountTitle', { guests: plan.guestCount, expected: plan.expectedHeadcount });
}
