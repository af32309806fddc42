import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import { isPastPlan, type RecordChange } from '../../../contract/past-visits';
import { recordChanges } from '../../../db/schema';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps } from '../../core/write-path';
import { getPlanRow } from '../plans';
import { applyValues, currentValues, visitOfPlan, type Values } from './change-fields';
import { changeRows, changeViews, getChangeRow, type StoredChanges } from './change-view';

type RequestInput = Parsed<'pastVisits', 'requestChange'>;

/** A past plan's record changes through a request; an open plan is edited in its own form. */
function refuseOpenPlan(status: string): void {
  if (!isPastPlan(status)) throw new AppError('CONFLICT', 'This plan is not a past visit: edit it in its form.', { reason: 'planNotPast', status });
}

/** A new check-out time must follow the check-in and not lie ahead; only a visit that checked out has one to change. */
function checkVisitValues(ctx: ServiceContext, input: Extract<RequestInput, { target: 'visit' }>): void {
  if (input.values.checkOutAt === undefined) return;
  const visit = visitOfPlan(ctx.db, input.planId, input.visitId);
  const issue = (message: string) => new AppError('VALIDATION', 'The check-out time cannot be changed to that.', undefined, [{ path: 'values.checkOutAt', message }]);
  if (visit.status !== 'checked_out') throw issue('pastVisits.notCheckedOut');
  if (visit.checkInAt && input.values.checkOutAt <= localMinute(new Date(visit.checkInAt))) throw issue('pastVisits.checkOutBeforeCheckIn');
  if (input.values.checkOutAt > localMinute(ctx.now())) throw issue('pastVisits.checkOutInFuture');
}

export function requestChange(ctx: ServiceContext, input: RequestInput): RecordChange {
  const plan = getPlanRow(ctx.db, input.planId);
  refuseOpenPlan(plan.status);
  const targetId = input.target === 'plan' ? plan.id : visitOfPlan(ctx.db, plan.id, input.visitId).id;
  if (input.target === 'visit') checkVisitValues(ctx, input);
  const asked = Object.entries(input.values as Values).filter(([, v]) => v !== undefined);
  const before = currentValues(ctx.db, input.target, targetId, asked.map(([f]) => f));
  const changes: StoredChanges = Object.fromEntries(asked.filter(([f, to]) => before[f] !== to).map(([f, to]) => [f, { from: before[f] ?? null, to }]));
  if (Object.keys(changes).length === 0) throw new AppError('VALIDATION', 'The new values are the record as it is.', undefined, [{ path: 'values', message: 'pastVisits.noChange' }]);
  const id = uuidv7();
  return ctx.write(
    (tx) => {
      tx.insert(recordChanges)
        .values({
          id,
          ...insertStamps(tx),
          planId: plan.id,
          target: input.target,
          targetId,
          changes: JSON.stringify(changes),
          reason: input.reason,
          status: 'pending',
          requestedByUserId: ctx.session.operatorId || null,
          requestedByName: ctx.session.operatorName,
        })
        .run();
      return changeViews(tx, [getChangeRow(tx, id)!], ctx.session)[0]!;
    },
    (c) => ({ action: 'pastVisit.changeRequest', entity: 'plan', entityId: plan.id, detail: auditDetail(plan.title, c, changes, { reason: input.reason }) }),
  );
}

/** The log's entry of a change: which record, each field from → to, and why. */
function auditDetail(title: string, c: RecordChange, changes: StoredChanges, extra: Record<string, string>): Record<string, unknown> {
  return {
    title,
    target: c.target,
    ...(c.targetName !== null && { guest: c.targetName }),
    before: Object.fromEntries(Object.entries(changes).map(([f, v]) => [f, v.from])),
    after: Object.fromEntries(Object.entries(changes).map(([f, v]) => [f, v.to])),
    ...extra,
  };
}

/**
 * Approves (the values written in the same transaction as the decision) or
 * rejects a pending change. The record is read again inside the write: a
 * change asked against values that have moved since is refused, never
 * applied over them.
 */
export function decideChange(ctx: ServiceContext, input: Parsed<'pastVisits', 'decideChange'>): RecordChange {
  const row = getChangeRow(ctx.db, input.id);
  if (!row) throw new AppError('NOT_FOUND', 'No such change request.', { reason: 'changeNotFound' });
  if (row.requestedByUserId === ctx.session.operatorId) throw new AppError('FORBIDDEN', 'A change is decided by a manager other than the one who asked for it.', { reason: 'ownChange' });
  const plan = getPlanRow(ctx.db, row.planId);
  const changes = JSON.parse(row.changes) as StoredChanges;
  const approve = input.decision === 'approve';
  return ctx.write(
    (tx) => {
      const now = getChangeRow(tx, row.id)!;
      if (now.status !== 'pending') throw new AppError('CONFLICT', 'This change has been decided already.', { reason: 'changeDecided', status: now.status });
      if (approve) {
        // A visit removed since it was asked has nothing left to change.
        if (row.target === 'visit') visitOfPlan(tx, row.planId, row.targetId);
        const current = currentValues(tx, row.target, row.targetId, Object.keys(changes));
        const stale = Object.keys(changes).find((f) => current[f] !== changes[f]!.from);
        if (stale) throw new AppError('CONFLICT', 'The record has changed since this was asked: reject it and ask again.', { reason: 'changeStale', field: stale });
        applyValues(tx, row.target, row.targetId, Object.fromEntries(Object.entries(changes).map(([f, v]) => [f, v.to])));
      }
      tx.update(recordChanges)
        .set({ status: approve ? 'approved' : 'rejected', decidedByUserId: ctx.session.operatorId || null, decidedByName: ctx.session.operatorName, decidedAt: tx.at, decisionNote: input.note.trim() })
        .where(eq(recordChanges.id, row.id))
        .run();
      return changeViews(tx, [getChangeRow(tx, row.id)!], ctx.session)[0]!;
    },
    (c) => ({
      action: approve ? 'pastVisit.changeApprove' : 'pastVisit.changeReject',
      entity: 'plan',
      entityId: plan.id,
      detail: auditDetail(plan.title, c, changes, { reason: row.reason, ...(c.decisionNote && { note: c.decisionNote }) }),
    }),
  );
}

export function listChanges(ctx: ServiceContext, input: Parsed<'pastVisits', 'changes'>): Output<'pastVisits', 'changes'> {
  return changeViews(ctx.db, changeRows(ctx.db, input), ctx.session);
}
