import { eq } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import { isPastPlan } from '../../../contract/past-visits';
import type { PlanDetail } from '../../../contract/plans';
import { visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { getPlanRow, planDetail } from '../plans';

/**
 * Takes a past visit back to in progress so its record can be edited again:
 * a manager's call (the channel asks archive.approve) with a reason, in the
 * log with both statuses. Completing it again closes it again.
 */
export function reopenPlan(ctx: ServiceContext, input: Parsed<'pastVisits', 'reopen'>): PlanDetail {
  const plan = getPlanRow(ctx.db, input.planId);
  if (!isPastPlan(plan.status)) throw new AppError('CONFLICT', 'Only a completed or archived plan is reopened.', { reason: 'planNotPast', status: plan.status });
  return ctx.write(
    (tx) => {
      tx.update(visitPlans).set({ status: 'in_progress' }).where(eq(visitPlans.id, plan.id)).run();
      return planDetail(tx, plan.id, ctx.now());
    },
    (p) => ({ action: 'pastVisit.reopen', entity: 'plan', entityId: p.id, detail: { title: p.title, from: plan.status, to: p.status, reason: input.reason } }),
  );
}
