import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import { isRealDate } from '../../../contract/fields';
import type { FollowupDetail } from '../../../contract/followups';
import { followupSteps } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type WriteTx } from '../../core/write-path';
import { addDays, daysBetween } from './days';
import { followupDetailOf } from './read';
import { activeUser, addEvent, followupRow, openStepOf, settleStatus } from './write-helpers';

/** Each re-planning move: one write, one history event, one audit entry; returns the sequence as it is now. */
function move<R extends { followupId: string }>(ctx: ServiceContext, action: string, work: (tx: WriteTx) => R, detail: (r: R) => Record<string, unknown>): FollowupDetail {
  const r = ctx.write(work, (r) => ({ action, entity: 'followup', entityId: r.followupId, detail: detail(r) }));
  return followupDetailOf(ctx.db, r.followupId, ctx.now());
}

export function stepDone(ctx: ServiceContext, input: Parsed<'followups', 'stepDone'>): FollowupDetail {
  return move(
    ctx,
    'followup.stepDone',
    (tx) => {
      const { step } = openStepOf(tx, input.stepId);
      tx.update(followupSteps).set({ status: 'done', outcome: input.outcome, doneAt: tx.at, doneByName: ctx.session.operatorName }).where(eq(followupSteps.id, step.id)).run();
      addEvent(tx, step.followupId, ctx.session.operatorName, 'done', step.title, input.outcome);
      settleStatus(tx, step.followupId, ctx.session.operatorName);
      return { followupId: step.followupId, step: step.title };
    },
    (r) => ({ step: r.step, result: input.outcome }),
  );
}

/**
 * The client asked for later. The new day must be after the step's day and not
 * in the past; with shiftLater every later open step moves by as many days, so
 * the gaps the template planned between steps are kept.
 */
export function stepPostpone(ctx: ServiceContext, input: Parsed<'followups', 'stepPostpone'>): FollowupDetail {
  return move(
    ctx,
    'followup.stepPostpone',
    (tx) => {
      const { step } = openStepOf(tx, input.stepId);
      const today = localDay(ctx.now());
      if (input.toDay <= step.dueDay || input.toDay < today) {
        throw new AppError('VALIDATION', 'Postpone to a later day.', { reason: 'postponeDay' }, [{ path: 'toDay', message: 'followup.postponeDay' }]);
      }
      const delta = daysBetween(step.dueDay, input.toDay);
      const later = input.shiftLater
        ? tx
            .select()
            .from(followupSteps)
            .where(and(eq(followupSteps.followupId, step.followupId), gt(followupSteps.seq, step.seq), eq(followupSteps.status, 'open'), isNull(followupSteps.deletedAt)))
            .all()
        : [];
      // A later step moved past the last day the app keeps (year 2999) would be a day no form can show.
      if (later.some((s) => !isRealDate(addDays(s.dueDay, delta)))) {
        throw new AppError('VALIDATION', 'Later steps would move past the calendar.', { reason: 'postponeDay' }, [{ path: 'toDay', message: 'followup.postponeDay' }]);
      }
      tx.update(followupSteps)
        .set({ dueDay: input.toDay, plannedDay: step.plannedDay ?? step.dueDay, postponements: step.postponements + 1 })
        .where(eq(followupSteps.id, step.id))
        .run();
      for (const s of later) {
        tx.update(followupSteps)
          .set({ dueDay: addDays(s.dueDay, delta), plannedDay: s.plannedDay ?? s.dueDay })
          .where(eq(followupSteps.id, s.id))
          .run();
      }
      const shifted = later.length;
      // Days and the reason only: the history is read in either language (how many later steps moved is in the audit entry).
      addEvent(tx, step.followupId, ctx.session.operatorName, 'postponed', step.title, `${step.dueDay} → ${input.toDay} · ${input.reason}`);
      return { followupId: step.followupId, step: step.title, from: step.dueDay, shifted };
    },
    (r) => ({ step: r.step, fromDay: r.from, toDay: input.toDay, reason: input.reason, shiftLater: input.shiftLater, laterMoved: r.shifted }),
  );
}

export function stepSkip(ctx: ServiceContext, input: Parsed<'followups', 'stepSkip'>): FollowupDetail {
  return move(
    ctx,
    'followup.stepSkip',
    (tx) => {
      const { step } = openStepOf(tx, input.stepId);
      tx.update(followupSteps).set({ status: 'skipped', outcome: input.reason, doneAt: tx.at, doneByName: ctx.session.operatorName }).where(eq(followupSteps.id, step.id)).run();
      addEvent(tx, step.followupId, ctx.session.operatorName, 'skipped', step.title, input.reason);
      settleStatus(tx, step.followupId, ctx.session.operatorName);
      return { followupId: step.followupId, step: step.title };
    },
    (r) => ({ step: r.step, reason: input.reason }),
  );
}

/** A step after another (the later ones renumbered) or at the end; a done sequence is active again. */
export function stepAdd(ctx: ServiceContext, input: Parsed<'followups', 'stepAdd'>): FollowupDetail {
  return move(
    ctx,
    'followup.stepAdd',
    (tx) => {
      const followup = followupRow(tx, input.planId);
      if (followup.status === 'cancelled') throw new AppError('CONFLICT', 'The follow-up was cancelled.', { reason: 'followupCancelled' }, [{ path: 'planId', message: 'followup.cancelled' }]);
      const owner = input.ownerUserId
        ? activeUser(tx, input.ownerUserId, 'ownerUserId')
        : { id: followup.ownerUserId, name: followup.ownerName };
      const live = and(eq(followupSteps.followupId, followup.id), isNull(followupSteps.deletedAt));
      let seq: number;
      if (input.afterStepId) {
        const after = tx.select().from(followupSteps).where(and(eq(followupSteps.id, input.afterStepId), live)).get();
        if (!after) throw new AppError('NOT_FOUND', 'No such step in this follow-up.', { reason: 'stepNotFound' }, [{ path: 'afterStepId', message: 'followup.stepNotFound' }]);
        seq = after.seq + 1;
        tx.update(followupSteps)
          .set({ seq: sql`${followupSteps.seq} + 1` })
          .where(and(live, gt(followupSteps.seq, after.seq)))
          .run();
      } else {
        seq = (tx.select({ n: sql<number | null>`MAX(${followupSteps.seq})` }).from(followupSteps).where(live).get()?.n ?? 0) + 1;
      }
      tx.insert(followupSteps)
        .values({ id: uuidv7(), ...insertStamps(tx), followupId: followup.id, seq, title: input.title, ownerUserId: owner.id, ownerName: owner.name, dueDay: input.dueDay })
        .run();
      addEvent(tx, followup.id, ctx.session.operatorName, 'added', input.title, input.dueDay);
      settleStatus(tx, followup.id, ctx.session.operatorName);
      return { followupId: followup.id, step: input.title };
    },
    (r) => ({ step: r.step, dueDay: input.dueDay }),
  );
}

export function stepReassign(ctx: ServiceContext, input: Parsed<'followups', 'stepReassign'>): FollowupDetail {
  return move(
    ctx,
    'followup.stepReassign',
    (tx) => {
      const { step } = openStepOf(tx, input.stepId);
      const owner = activeUser(tx, input.ownerUserId, 'ownerUserId');
      tx.update(followupSteps).set({ ownerUserId: owner.id, ownerName: owner.name }).where(eq(followupSteps.id, step.id)).run();
      addEvent(tx, step.followupId, ctx.session.operatorName, 'reassigned', step.title, `${step.ownerName} → ${owner.name}`);
      return { followupId: step.followupId, step: step.title, from: step.ownerName, to: owner.name };
    },
    (r) => ({ step: r.step, fromOwner: r.from, toOwner: r.to }),
  );
}
