import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import type { PlanDetail } from '../../../contract/plans';
import { planTeam, resourceBookings, resources } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { syncAssignees } from '../checklists';
import { getPlanRow, planDetail } from './plan-detail';
import { refuseClosedPlan } from './plans';
import { bookingConflicts } from './team-and-bookings';
import { insertStamps, softDelete } from '../../core/write-path';

function audited(action: string, detail: (p: PlanDetail) => Record<string, unknown>) {
  return (p: PlanDetail) => ({ action, entity: 'plan', entityId: p.id, detail: { title: p.title, ...detail(p) } });
}

/** Replaces the team. Double bookings and missing stand-ins are warned about in the plan, not refused. */
export function setTeam(ctx: ServiceContext, input: Parsed<'plans', 'setTeam'>): PlanDetail {
  refuseClosedPlan(getPlanRow(ctx.db, input.planId));
  return ctx.write(
    (tx) => {
      softDelete(tx, planTeam, and(eq(planTeam.planId, input.planId), isNull(planTeam.deletedAt)));
      for (const m of input.members) {
        tx.insert(planTeam).values({ id: uuidv7(), ...insertStamps(tx), planId: input.planId, ...m }).run();
      }
      // Duty items follow the team: each role's item goes to the role's new primary person.
      syncAssignees(tx, input.planId);
      return planDetail(tx, input.planId, ctx.now());
    },
    audited('plan.team', (p) => ({
      // Structured, so the log and its export can name the role and label A and B in the reader's language.
      members: input.members.map((m) => ({ role: m.role === 'custom' ? m.customLabel : m.role, primary: m.primaryName, backup: m.backupName })),
      warnings: p.warnings,
    })),
  );
}

function refuseUnknownResources(ctx: ServiceContext, ids: string[]): void {
  for (const id of new Set(ids)) {
    const row = ctx.db.select({ active: resources.active, deletedAt: resources.deletedAt }).from(resources).where(eq(resources.id, id)).get();
    if (!row || row.deletedAt || !row.active) throw new AppError('NOT_FOUND', 'That room or vehicle is not available.', { reason: 'resourceNotFound' });
  }
}

export function checkBookings(ctx: ServiceContext, input: Parsed<'plans', 'checkBookings'>): Output<'plans', 'checkBookings'> {
  getPlanRow(ctx.db, input.planId);
  refuseUnknownResources(ctx, input.bookings.map((b) => b.resourceId));
  return { conflicts: bookingConflicts(ctx.db, input.planId, input.bookings) };
}

/** Replaces the bookings; a conflict with another open plan refuses the whole change. */
export function setBookings(ctx: ServiceContext, input: Parsed<'plans', 'setBookings'>): PlanDetail {
  refuseClosedPlan(getPlanRow(ctx.db, input.planId));
  refuseUnknownResources(ctx, input.bookings.map((b) => b.resourceId));
  return ctx.write(
    (tx) => {
      // Checked inside the write transaction, so two desks cannot book the same room at once.
      const [conflict] = bookingConflicts(tx, input.planId, input.bookings);
      if (conflict) {
        throw new AppError('CONFLICT', 'That room or vehicle is booked by another visit at that time.', {
          reason: 'bookingConflict',
          resourceName: conflict.resourceName,
          planTitle: conflict.planTitle,
          startsAt: conflict.startsAt,
          endsAt: conflict.endsAt,
        });
      }
      softDelete(tx, resourceBookings, and(eq(resourceBookings.planId, input.planId), isNull(resourceBookings.deletedAt)));
      for (const b of input.bookings) {
        tx.insert(resourceBookings).values({ id: uuidv7(), ...insertStamps(tx), planId: input.planId, ...b }).run();
      }
      return planDetail(tx, input.planId, ctx.now());
    },
    audited('plan.bookings', (p) => ({
      bookings: p.bookings.map((b) => ({ resource: b.resourceName, startsAt: b.startsAt, endsAt: b.endsAt, spare: b.spare })),
    })),
  );
}
