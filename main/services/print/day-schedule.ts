import { sql } from 'drizzle-orm';
import type { DayScheduleJob, ScheduledVisit } from '../../../contract/print';
import { RECEIVING_PLAN_STATUSES, type PlanDetail } from '../../../contract/plans';
import { planDetail, visitOnDays } from '../plans';
import { daySpan, spansOverlap, type TimeSpan } from '../../../contract/time-spans';
import { visitPlans } from '../../../db/schema';
import { greeterOf, headcountOf, leadGuestOf, type DocumentBase } from './plan-documents';
import type { ReadDb } from '../../core/write-path';

/*
 * The desk pins up what it must prepare for: the plans it receives guests from
 * (contract's RECEIVING_PLAN_STATUSES). Drafts are left out (they may never
 * happen, and a sheet on the wall is believed); completed ones need nothing more from the desk.
 */

/**
 * Ids of the plans whose visit touches the local day, found by the day
 * (visit_plans_ends): the unary + keeps SQLite off the status index, which
 * would read every plan ever left receiving.
 */
function planIdsOn(db: ReadDb, day: string): string[] {
  return db
    .all<{ id: string }>(
      sql`SELECT id FROM visit_plans
        WHERE deleted_at IS NULL AND +status IN (${sql.join(RECEIVING_PLAN_STATUSES.map((s) => sql`${s}`), sql`, `)})
          AND ${visitOnDays(visitPlans, day, day)}`,
    )
    .map((r) => r.id);
}

const touches = (day: string) => (span: TimeSpan) => spansOverlap(span, daySpan(day));

/** When the desk first meets this visit on the day: its arrival, or for a visit that began earlier its first item that day. */
function firstTimeOn(plan: PlanDetail, day: string): string {
  if (plan.arrivalAt?.startsWith(day)) return plan.arrivalAt;
  return plan.itinerary.find((i) => i.startsAt.startsWith(day))?.startsAt ?? daySpan(day).startsAt;
}

function scheduled(plan: PlanDetail, day: string, meetsAt: string): ScheduledVisit {
  const greeter = greeterOf(plan);
  return {
    title: plan.title,
    clientName: plan.clientName,
    status: plan.status,
    level: plan.level,
    arrivalAt: plan.arrivalAt,
    departureAt: plan.departureAt,
    meetsAt,
    headcount: headcountOf(plan),
    leadGuest: leadGuestOf(plan),
    greeter: greeter && {
      primaryName: greeter.primaryName,
      primaryPhone: greeter.primaryPhone,
      backupName: greeter.backupName,
      backupPhone: greeter.backupPhone,
    },
    bookings: plan.bookings.filter(touches(day)).map((b) => ({ resourceName: b.resourceName, kind: b.kind, startsAt: b.startsAt, endsAt: b.endsAt, spare: b.spare })),
    items: plan.itinerary.filter(touches(day)).map((i) => ({ startsAt: i.startsAt, endsAt: i.endsAt, activity: i.activity, place: i.place })),
  };
}

/** Every visit the desk should expect on `day` (YYYY-MM-DD), in the order it meets them. */
export function daySchedule(db: ReadDb, day: string, base: DocumentBase): DayScheduleJob {
  const plans = planIdsOn(db, day)
    .map((id) => planDetail(db, id))
    .map((plan) => ({ plan, first: firstTimeOn(plan, day) }))
    .sort((a, b) => a.first.localeCompare(b.first) || a.plan.title.localeCompare(b.plan.title, 'zh-CN'));
  return { kind: 'daySchedule', ...base, day, visits: plans.map(({ plan, first }) => scheduled(plan, day, first)) };
}
