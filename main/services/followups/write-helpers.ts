import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { followupEvents, followupPlans, followupSteps, users } from '../../../db/schema';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';

export type FollowupRow = typeof followupPlans.$inferSelect;
export type StepRow = typeof followupSteps.$inferSelect;

/** Whom a sequence or step may be given to: an existing, active user. */
export function activeUser(db: ReadDb, id: string, path: string): { id: string; name: string } {
  const user = db.select({ id: users.id, name: users.name, active: users.active }).from(users).where(eq(users.id, id)).get();
  if (!user || !user.active) throw new AppError('VALIDATION', 'The owner must be an active user.', { reason: 'ownerUnknown' }, [{ path, message: 'followup.ownerUnknown' }]);
  return { id: user.id, name: user.name };
}

export function followupRow(db: ReadDb, id: string): FollowupRow {
  const row = db.select().from(followupPlans).where(and(eq(followupPlans.id, id), isNull(followupPlans.deletedAt))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such follow-up.', { reason: 'followupNotFound' });
  return row;
}

export function stepRow(db: ReadDb, id: string): StepRow {
  const row = db.select().from(followupSteps).where(and(eq(followupSteps.id, id), isNull(followupSteps.deletedAt))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such follow-up step.', { reason: 'stepNotFound' });
  return row;
}

/** Re-planning works on open steps of a sequence that is not cancelled. */
export function openStepOf(db: ReadDb, id: string): { step: StepRow; followup: FollowupRow } {
  const step = stepRow(db, id);
  const followup = followupRow(db, step.followupId);
  if (followup.status === 'cancelled') throw new AppError('CONFLICT', 'The follow-up was cancelled.', { reason: 'followupCancelled' }, [{ path: 'stepId', message: 'followup.cancelled' }]);
  if (step.status !== 'open') throw new AppError('CONFLICT', 'The step is no longer open.', { reason: 'stepClosed' }, [{ path: 'stepId', message: 'followup.stepClosed' }]);
  return { step, followup };
}

export function addEvent(tx: WriteTx, followupId: string, byName: string, action: string, stepTitle: string, text: string): void {
  tx.insert(followupEvents)
    .values({ id: uuidv7(), ...insertStamps(tx), followupId, at: tx.at, byName, action, stepTitle, text })
    .run();
}

/** A sequence with no open step left is done (and an active one again when a step is added). */
export function settleStatus(tx: WriteTx, followupId: string, byName: string): void {
  const row = followupRow(tx, followupId);
  if (row.status === 'cancelled') return;
  const open = tx
    .select({ id: followupSteps.id })
    .from(followupSteps)
    .where(and(eq(followupSteps.followupId, followupId), eq(followupSteps.status, 'open'), isNull(followupSteps.deletedAt)))
    .get();
  const status = open ? 'active' : 'done';
  if (status === row.status) return;
  tx.update(followupPlans).set({ status }).where(eq(followupPlans.id, followupId)).run();
  addEvent(tx, followupId, byName, status === 'done' ? 'completed' : 'reopened', '', '');
}
