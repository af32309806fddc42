import { eq } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import { PLAN_TRANSITIONS, type PlanDetail } from '../../../contract/plans';
import { visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { getPlanRow, planDetail } from './plan-detail';

/** A plan is confirmed only when the desk can act on it: times known and someone invited. */
function refuseIncompleteConfirmation(detail: PlanDetail): void {
  const missing = [!detail.arrivalAt || !detail.departureAt ? 'times' : null, detail.guests.length === 0 ? 'guests' : null].filter(Boolean);
  if (missing.length > 0) throw new AppError('CONFLICT', 'The plan needs arrival and departure times and at least one guest.', { reason: 'incomplete', missing: missing.join(',') });
}

export function transitionPlan(ctx: ServiceContext, input: Parsed<'plans', 'transition'>): PlanDetail {
  const plan = getPlanRow(ctx.db, input.id);
  if (!PLAN_TRANSITIONS[plan.status].includes(input.to)) {
    throw new AppError('CONFLICT', `A plan cannot go from ${plan.status} to ${input.to}.`, { reason: 'badTransition', from: plan.status, to: input.to });
  }
  if (input.to === 'confirmed') refuseIncompleteConfirmation(planDetail(ctx.db, input.id));
  return ctx.write(
    (tx) => {
      tx.update(visitPlans).set({ status: input.to }).where(eq(visitPlans.id, input.id)).run();
      return planDetail(tx, input.id);
    },
    (detail: PlanDetail) => ({
      action: 'plan.transition',
      entity: 'plan',
      entityId: detail.id,
      detail: { title: detail.title, from: plan.status, to: input.to, reason: input.reason },
    }),
  );
}
