import { eq } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import { PLAN_TRANSITIONS, type PlanDetail } from '../../../contract/plans';
import { visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { WriteTx } from '../../core/write-path';
import { permissionsOf } from '../../security/roles';
import { openItemsBlockingStart, syncPlanLists } from '../checklists';
import { requestFeedbackForPlan } from '../feedback';
import { getPlanRow, planDetail } from './plan-detail';

/** A plan is confirmed only when the desk can act on it: times known and someone invited. */
function refuseIncompleteConfirmation(detail: PlanDetail): void {
  const missing = [!detail.arrivalAt || !detail.departureAt ? 'times' : null, detail.guests.length === 0 ? 'guests' : null].filter(Boolean);
  if (missing.length > 0) throw new AppError('CONFLICT', 'The plan needs arrival and departure times and at least one guest.', { reason: 'incomplete', missing: missing.join(',') });
}

/**
 * The start gate: a visit does not start with required items due by its
 * arrival still open, unless a manager (plans.override) goes on with a reason
 * (the contract asks it). Read inside the write, so what is counted is what is
 * recorded. Returns the open items the start went past (0 when none).
 */
function passStartGate(ctx: ServiceContext, tx: WriteTx, input: Parsed<'plans', 'transition'>): number {
  const open = openItemsBlockingStart(tx, input.id);
  if (open === 0) return 0;
  if (!input.override) throw new AppError('CONFLICT', 'Required checklist items are still open.', { reason: 'checklistOpen', open });
  if (!permissionsOf(ctx.session).has('plans.override')) throw new AppError('FORBIDDEN', 'Only a manager may start a visit with required items open.', { reason: 'overrideNotAllowed', open });
  return open;
}

export function transitionPlan(ctx: ServiceContext, input: Parsed<'plans', 'transition'>): PlanDetail {
  const plan = getPlanRow(ctx.db, input.id);
  if (!PLAN_TRANSITIONS[plan.status].includes(input.to)) {
    throw new AppError('CONFLICT', `A plan cannot go from ${plan.status} to ${input.to}.`, { reason: 'badTransition', from: plan.status, to: input.to });
  }
  if (input.to === 'confirmed') refuseIncompleteConfirmation(planDetail(ctx.db, input.id, ctx.now()));
  let overridden = 0;
  let checklists = 0;
  let feedbackCode: string | null = null;
  return ctx.write(
    (tx) => {
      if (input.to === 'in_progress') overridden = passStartGate(ctx, tx, input);
      tx.update(visitPlans).set({ status: input.to }).where(eq(visitPlans.id, input.id)).run();
      // Confirming copies the matching templates onto the plan in this same write (never one twice).
      if (input.to === 'confirmed') checklists = syncPlanLists(tx, input.id, null).added;
      // A completed visit asks for feedback at once: the request (a task in the inbox) is part of completing.
      if (input.to === 'completed') feedbackCode = requestFeedbackForPlan(tx, ctx, input.id).code;
      return planDetail(tx, input.id, ctx.now());
    },
    (detail: PlanDetail) => ({
      action: 'plan.transition',
      entity: 'plan',
      entityId: detail.id,
      detail: {
        title: detail.title,
        from: plan.status,
        to: input.to,
        reason: input.reason,
        ...(input.to === 'confirmed' && { checklists }),
        ...(feedbackCode && { feedbackCode }),
        ...(overridden > 0 && { override: true, openItems: overridden }),
      },
    }),
  );
}
