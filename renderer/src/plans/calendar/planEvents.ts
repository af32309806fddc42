import type { EventInput } from '@fullcalendar/core';
import dayjs from 'dayjs';
import type { PlanSummary } from '../../../../contract/plans';
import { isMultiDay, lastPlanDay } from '../planFormat';

/** Business hours the week and day views open on; widened when a plan starts earlier or ends later. */
export const DAY_START_HOUR = 7;
export const DAY_END_HOUR = 22;

/**
 * A plan as a calendar event. A visit over several days becomes an all-day
 * bar from arrival day to departure day (so it spans the month grid and the
 * top row of the week, instead of filling whole columns of the time grid);
 * a visit within one day sits at its hours. Plans without an arrival time
 * are not on the calendar.
 */
export function planEvent(plan: PlanSummary): EventInput | null {
  if (!plan.arrivalAt) return null;
  const classNames = ['plan-event', `plan-event--${plan.level}`, `plan-event--${plan.status}`];
  const common = { id: plan.id, title: plan.title, classNames, extendedProps: { plan } };
  if (isMultiDay(plan)) {
    const endDay = dayjs(lastPlanDay(plan.arrivalAt, plan.departureAt)).add(1, 'day').format('YYYY-MM-DD');
    return { ...common, start: plan.arrivalAt.slice(0, 10), end: endDay, allDay: true };
  }
  const end = plan.departureAt && plan.departureAt > plan.arrivalAt ? plan.departureAt : undefined;
  return { ...common, start: plan.arrivalAt, ...(end ? { end } : {}), allDay: false };
}

export function planEvents(plans: PlanSummary[]): EventInput[] {
  return plans.flatMap((p) => planEvent(p) ?? []);
}

export function planOf(event: { extendedProps: Record<string, unknown> }): PlanSummary {
  return event.extendedProps.plan as PlanSummary;
}

const hhmm = (hour: number) => `${String(hour).padStart(2, '0')}:00:00`;

/**
 * The hours the time grid shows: business hours, stretched so no plan of the
 * visible days falls outside them.
 */
export function visibleHours(plans: PlanSummary[]): { min: string; max: string } {
  let first = DAY_START_HOUR;
  let last = DAY_END_HOUR;
  for (const p of plans) {
    if (!p.arrivalAt || isMultiDay(p)) continue;
    first = Math.min(first, Number(p.arrivalAt.slice(11, 13)));
    const end = p.departureAt && p.departureAt > p.arrivalAt ? p.departureAt : dayjs(p.arrivalAt).add(1, 'hour').format('YYYY-MM-DDTHH:mm');
    const endHour = end.slice(0, 10) !== p.arrivalAt.slice(0, 10) ? 24 : Number(end.slice(11, 13)) + (end.endsWith(':00') ? 0 : 1);
    last = Math.max(last, endHour);
  }
  return { min: hhmm(first), max: hhmm(last) };
}

/** True when some visible plan lasts over several days: only then does the week need its all-day row. */
export function hasMultiDay(plans: PlanSummary[]): boolean {
  return plans.some(isMultiDay);
}
