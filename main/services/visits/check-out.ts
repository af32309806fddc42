import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { VisitSummary } from '../../../contract/visits';
import { isClosedPlan } from '../../../contract/plans';
import { visitPlans, visits } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import { requestFeedbackForVisit } from '../feedback';
import { normalizeBadgeNo } from './badge-number';
import { getVisitSummary, pageVisitSummaries, selectVisitSummaries } from './visit-summary';

function audit(ctx: ServiceContext, action: string) {
  return (visit: VisitSummary) => ({
    action,
    entity: 'visit',
    entityId: visit.id,
    // The time is the entry's own; the visit row names who and which badge (its subject in the log).
    detail: {},
  });
}

export function checkOut(ctx: ServiceContext, visitId: string): VisitSummary {
  return ctx.write((tx) => {
    const visit = getVisitSummary(tx, visitId);
    if (visit.status === 'checked_out') {
      throw new AppError('ALREADY_CHECKED_OUT', 'This visitor has already checked out.', {
        name: visit.name,
        checkOutAt: visit.checkOutAt,
      });
    }
    if (visit.status !== 'on_site') throw new AppError('CONFLICT', 'This visit is not on site.', { reason: 'notOnSite' });
    tx.update(visits).set({ status: 'checked_out', checkOutAt: tx.at }).where(eq(visits.id, visitId)).run();
    // Feedback is asked for right after the service (per the walk-in rule), in the check-out's own write.
    requestFeedbackForVisit(tx, ctx, visitId);
    return getVisitSummary(tx, visitId);
  }, audit(ctx, 'visit.checkOut'));
}

export function checkOutByBadge(ctx: ServiceContext, rawBadgeNo: string): VisitSummary {
  const badgeNo = normalizeBadgeNo(rawBadgeNo);
  const [visit] = selectVisitSummaries(ctx.db, sql`t.badge_no = ${badgeNo}`);
  if (!visit) throw new AppError('NOT_FOUND', 'No visit has this badge number.', { badgeNo });
  return checkOut(ctx, visit.id);
}

/**
 * A guest's visit on a closed plan is part of that plan's record: it still
 * checks out (a guest may leave after the plan was closed), but nothing else
 * changes it except an approved change (services/past-visits).
 */
function refuseClosedPlanVisit(db: ReadDb, visitId: string): void {
  const plan = db.select({ status: visitPlans.status }).from(visits).innerJoin(visitPlans, eq(visitPlans.id, visits.planId)).where(eq(visits.id, visitId)).get();
  if (plan && isClosedPlan(plan.status)) throw new AppError('CONFLICT', "This visit belongs to a closed plan and can no longer be changed.", { reason: 'planClosed', status: plan.status });
}

/** For the wrong click: a visitor checked out today goes back on site. */
export function undoCheckOut(ctx: ServiceContext, visitId: string): VisitSummary {
  return ctx.write((tx) => {
    const visit = getVisitSummary(tx, visitId);
    if (visit.status !== 'checked_out') throw new AppError('NOT_CHECKED_OUT', 'This visitor has not checked out.');
    refuseClosedPlanVisit(tx, visitId);
    if (!visit.checkOutAt || localDay(new Date(visit.checkOutAt)) !== localDay(ctx.now())) {
      throw new AppError('CONFLICT', 'Only a check-out made today can be undone.', { reason: 'undoTooLate' });
    }
    const open = tx
      .select({ id: visits.id })
      .from(visits)
      .where(and(eq(visits.personId, visit.personId), eq(visits.status, 'on_site'), isNull(visits.deletedAt)))
      .get();
    if (open) throw new AppError('CONFLICT', 'This visitor is on site again under a newer visit.', { reason: 'alreadyOnSite' });
    tx.update(visits).set({ status: 'on_site', checkOutAt: null }).where(eq(visits.id, visitId)).run();
    return getVisitSummary(tx, visitId);
  }, audit(ctx, 'visit.undoCheckOut'));
}

/** A page of who is on site, or of everyone registered today. */
export function listVisits(ctx: ServiceContext, input: Parsed<'visits', 'list'>): Output<'visits', 'list'> {
  const where = input.scope === 'on_site' ? sql`t.status = 'on_site'` : sql`t.visit_day = ${localDay(ctx.now())}`;
  return pageVisitSummaries(ctx.db, where, input);
}
