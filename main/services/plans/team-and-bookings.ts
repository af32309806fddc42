import { and, eq, isNotNull, isNull, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { CLOSED_PLAN_STATUSES, isClosedPlan, type BookingConflict, type PlanDetail } from '../../../contract/plans';
import { planTeam, resourceBookings, resources, visitPlans } from '../../../db/schema';
import type { PlanRow } from './plan-detail';
import { spansOverlap, type TimeSpan } from '../../../contract/time-spans';
import { teamContactOf } from './team-contact';
import { visitEnd } from './visit-days';
import type { ReadDb } from '../../core/write-path';

/** Plans that still happen: the ones whose staff and resources are really taken (contract's CLOSED_PLAN_STATUSES). */
const OPEN = notInArray(visitPlans.status, [...CLOSED_PLAN_STATUSES]);

/** contract's spansOverlap, in SQL: the row's span starts before `span` ends and ends after it starts. */
function overlapsSpan(startsAt: SQLiteColumn, endsAt: SQLiteColumn, span: TimeSpan): SQL {
  return sql`${startsAt} < ${span.endsAt} AND ${endsAt} > ${span.startsAt}`;
}

/**
 * Other open plans whose visit window overlaps this one's; none for a closed
 * plan, which holds nobody any more. "Leaves after this one arrives" is asked
 * of where a visit ends as the index visit_plans_ends holds it, so only plans
 * still going on then are read, not every plan that ever arrived before.
 */
function overlappingPlans(db: ReadDb, plan: PlanRow): { id: string; title: string }[] {
  if (!plan.arrivalAt || !plan.departureAt || isClosedPlan(plan.status)) return [];
  return db
    .select({ id: visitPlans.id, title: visitPlans.title })
    .from(visitPlans)
    .where(
      and(
        ne(visitPlans.id, plan.id),
        isNull(visitPlans.deletedAt),
        OPEN,
        isNotNull(visitPlans.departureAt),
        sql`${visitEnd(visitPlans)} > ${plan.arrivalAt}`,
        sql`${visitPlans.arrivalAt} < ${plan.departureAt}`,
      ),
    )
    .all();
}

export function teamOf(db: ReadDb, plan: PlanRow): PlanDetail['team'] {
  const members = db.select().from(planTeam).where(and(eq(planTeam.planId, plan.id), isNull(planTeam.deletedAt))).orderBy(planTeam.createdAt).all();
  const others = overlappingPlans(db, plan);
  const busy = new Map<string, Set<string>>();
  for (const other of others) {
    for (const m of db.select().from(planTeam).where(and(eq(planTeam.planId, other.id), isNull(planTeam.deletedAt))).all()) {
      for (const name of [m.primaryName, m.backupName].filter(Boolean)) {
        if (!busy.has(name)) busy.set(name, new Set());
        busy.get(name)!.add(other.title);
      }
    }
  }
  return members.map((m) => ({
    id: m.id,
    ...teamContactOf(m),
    doubleBookedOn: [...new Set([m.primaryName, m.backupName].filter(Boolean).flatMap((n) => [...(busy.get(n) ?? [])]))],
  }));
}

export function bookingsOf(db: ReadDb, planId: string): PlanDetail['bookings'] {
  return db
    .select({
      id: resourceBookings.id,
      resourceId: resourceBookings.resourceId,
      resourceName: resources.name,
      kind: resources.kind,
      startsAt: resourceBookings.startsAt,
      endsAt: resourceBookings.endsAt,
      spare: resourceBookings.spare,
    })
    .from(resourceBookings)
    .innerJoin(resources, eq(resources.id, resourceBookings.resourceId))
    .where(and(eq(resourceBookings.planId, planId), isNull(resourceBookings.deletedAt)))
    .orderBy(resourceBookings.startsAt)
    .all();
}

/** Bookings of the same resource, at overlapping times, by other open plans (or twice in this list). */
export function bookingConflicts(db: ReadDb, planId: string, wanted: { resourceId: string; startsAt: string; endsAt: string }[]): BookingConflict[] {
  const conflicts: BookingConflict[] = [];
  wanted.forEach((b, i) => {
    const rows = db
      .select({ planId: visitPlans.id, planTitle: visitPlans.title, resourceName: resources.name, startsAt: resourceBookings.startsAt, endsAt: resourceBookings.endsAt })
      .from(resourceBookings)
      .innerJoin(visitPlans, eq(visitPlans.id, resourceBookings.planId))
      .innerJoin(resources, eq(resources.id, resourceBookings.resourceId))
      .where(
        and(
          eq(resourceBookings.resourceId, b.resourceId),
          isNull(resourceBookings.deletedAt),
          isNull(visitPlans.deletedAt),
          notInArray(visitPlans.id, [planId]),
          OPEN,
          overlapsSpan(resourceBookings.startsAt, resourceBookings.endsAt, b),
        ),
      )
      .all();
    conflicts.push(...rows.map((r) => ({ resourceId: b.resourceId, ...r })));
    const twin = wanted.find((o, j) => j < i && o.resourceId === b.resourceId && spansOverlap(o, b));
    if (twin) {
      const name = db.select({ name: resources.name }).from(resources).where(eq(resources.id, b.resourceId)).get()?.name ?? '';
      conflicts.push({ resourceId: b.resourceId, resourceName: name, planId, planTitle: '', startsAt: twin.startsAt, endsAt: twin.endsAt });
    }
  });
  return conflicts;
}
