import { and, eq, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { DESTRUCTION_APPROVALS, type DestructionItemKind, type DestructionRecord } from '../../../contract/retention';
import { destructionItems, destructionRequests } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb } from '../../core/write-path';
import { carryOut } from './carry-out';
import { expiredAmong } from './expired';
import { approvalsOf, destructionRecordOf, mayDecide, nextDestructionCode, requestRow, type RequestRow } from './records';

/*
 * Destruction asks for two approvals by two different managers (archive.approve),
 * neither of them the requester; the second approval carries it out in the same
 * call (carry-out.ts). Every refusal is a CONFLICT with a reason the desk shows.
 */

type Item = { kind: DestructionItemKind; id: string };

/** The label an item keeps in the record: the document's code and class, or the year of the person's last visit. */
function labelsOf(db: ReadDb, kind: DestructionItemKind, ids: string[]): Map<string, string> {
  const json = JSON.stringify(ids);
  const rows =
    kind === 'document'
      ? db.all<{ id: string; label: string }>(sql`SELECT d.id, d.code || ' · ' || coalesce(c.name_zh, '') AS label FROM documents d LEFT JOIN document_classes c ON c.id = d.class_id WHERE d.id IN (SELECT value FROM json_each(${json}))`)
      : db.all<{ id: string; label: string }>(
          sql`SELECT p.id, substr(coalesce((SELECT max(v.visit_day) FROM visits v WHERE v.person_id = p.id), p.created_at), 1, 4) AS label FROM people p WHERE p.id IN (SELECT value FROM json_each(${json}))`,
        );
  return new Map(rows.map((r) => [r.id, r.label]));
}

function conflict(reason: string, message: string, details: Record<string, string | number> = {}): AppError {
  return new AppError('CONFLICT', message, { reason, ...details });
}

export function requestDestruction(ctx: ServiceContext, input: { items: Item[]; reason: string }): DestructionRecord {
  const items = [...new Map(input.items.map((i) => [`${i.kind}:${i.id}`, i])).values()];
  const today = localDay(ctx.now());
  const id = ctx.write(
    (tx) => {
      for (const kind of ['document', 'person'] as const) {
        const ids = items.filter((i) => i.kind === kind).map((i) => i.id);
        if (!ids.length) continue;
        const expired = expiredAmong(tx, today, ctx.session, kind, ids);
        const notExpired = ids.find((i) => !expired.has(i));
        if (notExpired) {
          throw new AppError('VALIDATION', 'Only expired items can be destroyed.', { reason: 'notExpired' }, [{ path: `items.${input.items.findIndex((i) => i.id === notExpired)}.id`, message: 'destruction.notExpired' }]);
        }
        const taken = tx
          .select({ code: destructionRequests.code })
          .from(destructionItems)
          .innerJoin(destructionRequests, eq(destructionRequests.id, destructionItems.requestId))
          .where(and(inArray(destructionItems.targetId, ids), inArray(destructionRequests.status, ['pending', 'failed'])))
          .limit(1)
          .get();
        if (taken) throw conflict('alreadyRequested', 'An item is already in a pending destruction request.', { code: taken.code });
      }
      const requestId = uuidv7();
      tx.insert(destructionRequests)
        .values({
          id: requestId,
          ...insertStamps(tx),
          code: nextDestructionCode(tx, today),
          reason: input.reason,
          status: 'pending',
          requestedByUserId: ctx.session.operatorId,
          requestedByName: ctx.session.operatorName,
        })
        .run();
      for (const kind of ['document', 'person'] as const) {
        const ids = items.filter((i) => i.kind === kind).map((i) => i.id);
        if (!ids.length) continue;
        const labels = labelsOf(tx, kind, ids);
        tx.insert(destructionItems)
          .values(ids.map((targetId) => ({ requestId, kind, targetId, label: labels.get(targetId) ?? '' })))
          .run();
      }
      return requestId;
    },
    (requestId) => {
      const row = requestRow(ctx.db, requestId);
      return { action: 'destruction.request', entity: 'destruction', entityId: requestId, detail: { code: row.code, documents: items.filter((i) => i.kind === 'document').length, people: items.filter((i) => i.kind === 'person').length } };
    },
  );
  return destructionRecordOf(ctx.db, ctx.session, id);
}

/** Why this user may not decide this request now. */
function refusal(ctx: ServiceContext, row: RequestRow): AppError {
  if (row.status === 'done' || row.status === 'rejected') return conflict('destructionClosed', 'This destruction request is closed.', { code: row.code });
  if (row.requestedByUserId === ctx.session.operatorId) return conflict('ownDestruction', 'The requester cannot approve or reject their own request.', { code: row.code });
  return conflict('alreadyApproved', 'You have already approved this request; another manager must approve it.', { code: row.code });
}

export function approveDestruction(ctx: ServiceContext, input: { id: string; note: string }): DestructionRecord {
  const row = requestRow(ctx.db, input.id);
  if (!mayDecide(ctx.session, row)) throw refusal(ctx, row);
  const approvals = approvalsOf(row);
  // A failed destruction already has its approvals: approving again retries it.
  const next = row.status === 'failed' ? approvals : [...approvals, { userId: ctx.session.operatorId, name: ctx.session.operatorName, at: ctx.now().toISOString(), note: input.note }];
  if (next.length < DESTRUCTION_APPROVALS) {
    ctx.write(
      (tx) => tx.update(destructionRequests).set({ approvals: JSON.stringify(next) }).where(eq(destructionRequests.id, row.id)).run(),
      () => ({ action: 'destruction.approve', entity: 'destruction', entityId: row.id, detail: { code: row.code, approvals: next.length } }),
    );
  } else {
    carryOut(ctx, row, next);
  }
  return destructionRecordOf(ctx.db, ctx.session, row.id);
}

export function rejectDestruction(ctx: ServiceContext, input: { id: string; note: string }): DestructionRecord {
  const row = requestRow(ctx.db, input.id);
  if (!mayDecide(ctx.session, row) && !(row.status === 'pending' && row.requestedByUserId !== ctx.session.operatorId)) throw refusal(ctx, row);
  ctx.write(
    (tx) =>
      tx
        .update(destructionRequests)
        .set({ status: 'rejected', rejectedByName: ctx.session.operatorName, rejectedAt: tx.at, rejectNote: input.note })
        .where(eq(destructionRequests.id, row.id))
        .run(),
    () => ({ action: 'destruction.reject', entity: 'destruction', entityId: row.id, detail: { code: row.code, note: input.note } }),
  );
  return destructionRecordOf(ctx.db, ctx.session, row.id);
}
