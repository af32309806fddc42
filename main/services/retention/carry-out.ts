import { eq, sql } from 'drizzle-orm';
import { destructionItems, destructionRequests } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { WriteTx } from '../../core/write-path';
import { wipeOpenedCopies } from '../archive';
import { anonymisePerson, destroyDocument, recordItem, type ItemOutcome } from './execute';
import { expiredAmong } from './expired';
import { filesOf, itemsOf, type ApprovalRow, type ItemRow, type RequestRow } from './records';
import { redactAudit } from './redact';
import { purgeSearchSegments } from './search-purge';

/*
 * The destruction, in one careful sequence:
 *  1. secure_delete on for the connection (freed cells and pages are zeroed);
 *  2. one write: the approval; the rows deleted or anonymised (a nested write,
 *     so the search index is brought in step at its end); every search table
 *     merged so no old segment keeps a token; the audit entries that named
 *     what went redacted; the request marked done;
 *  3. after the commit, each freed file overwritten and removed (a failure is
 *     written into the record);
 *  4. the WAL checkpointed and truncated, so no old page image stays in it.
 * If step 2 fails nothing changed but the request: it is marked failed with
 * the approvals it has, and approving it again retries.
 */
export function carryOut(ctx: ServiceContext, row: RequestRow, approvals: ApprovalRow[]): void {
  ctx.db.get(sql`PRAGMA secure_delete = ON`);
  const approvalsJson = JSON.stringify(approvals);
  let freed: ItemOutcome['storedNames'] = [];
  try {
    freed = ctx.write(
      (tx) => {
        const items = itemsOf(tx, row.id);
        const today = localDay(ctx.now());
        for (const kind of ['document', 'person'] as const) {
          const ids = items.filter((i) => i.kind === kind).map((i) => i.targetId);
          const expired = expiredAmong(tx, today, ctx.session, kind, ids);
          const back = items.find((i) => i.kind === kind && !expired.has(i.targetId));
          if (back) throw new AppError('CONFLICT', 'An item is no longer expired.', { reason: 'notExpired', item: back.label });
        }
        const freedHere = destroyInWrite(ctx, tx, row, items, true);
        tx.update(destructionRequests).set({ status: 'done', approvals: approvalsJson, executedAt: tx.at, failure: '' }).where(eq(destructionRequests.id, row.id)).run();
        return freedHere;
      },
      () => ({ action: 'destruction.approve', entity: 'destruction', entityId: row.id, detail: { code: row.code, approvals: approvals.length, executed: true } }),
    );
  } catch (err) {
    const failure = err instanceof AppError ? `${String(err.details?.reason ?? err.code)}${err.details?.item ? `: ${String(err.details.item)}` : ''}` : 'execution';
    ctx.write(
      (tx) => tx.update(destructionRequests).set({ status: 'failed', approvals: approvalsJson, failure }).where(eq(destructionRequests.id, row.id)).run(),
      () => ({ action: 'destruction.failed', entity: 'destruction', entityId: row.id, detail: { code: row.code, failure } }),
    );
    if (!(err instanceof AppError)) throw err;
    return;
  }
  destroyFiles(ctx, row, freed);
  wipeOpenedCopies(ctx.dataDir);
  ctx.db.all(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
}

/**
 * Step 2's middle, inside a write: the items' rows deleted or anonymised (a
 * nested write, so the search index is flushed at its end), every search table
 * merged, the audit entries naming what went redacted. `record` writes each
 * item's outcome into its row (a re-applied destruction keeps its first record).
 * Returns the store files no row uses any more.
 */
export function destroyInWrite(ctx: ServiceContext, tx: WriteTx, row: { id: string; code: string }, items: ItemRow[], record: boolean): ItemOutcome['storedNames'] {
  const outcomes = ctx.write(
    (inner) =>
      items.map((item) => {
        const outcome = item.kind === 'document' ? destroyDocument(inner, item) : anonymisePerson(inner, item);
        if (record) recordItem(inner, item, outcome);
        return outcome;
      }),
    (done) => ({
      action: 'destruction.execute',
      entity: 'destruction',
      entityId: row.id,
      detail: { code: row.code, items: done.length, files: done.reduce((n, o) => n + o.storedNames.length, 0) },
    }),
  );
  purgeSearchSegments(tx);
  redactAudit(
    tx,
    row,
    outcomes.flatMap((o) => o.ids),
    outcomes.flatMap((o) => o.words),
  );
  return outcomes.flatMap((o) => o.storedNames);
}

/** Overwrites and removes the freed files; one that will not go is marked in the record (the rows are gone either way). */
export function destroyFiles(ctx: ServiceContext, row: Pick<RequestRow, 'id' | 'code'>, freed: ItemOutcome['storedNames']): void {
  const failed = new Set<string>();
  for (const f of freed) {
    try {
      ctx.documents.destroy(f.storedName);
    } catch {
      failed.add(f.contentHash);
    }
  }
  if (!failed.size) return;
  ctx.write(
    (tx) => {
      for (const item of itemsOf(tx, row.id)) {
        const files = filesOf(item).map((f) => (failed.has(f.contentHash) ? { ...f, removed: false } : f));
        tx.update(destructionItems)
          .set({ files: JSON.stringify(files) })
          .where(sql`${destructionItems.requestId} = ${item.requestId} AND ${destructionItems.kind} = ${item.kind} AND ${destructionItems.targetId} = ${item.targetId}`)
          .run();
      }
      tx.update(destructionRequests).set({ failure: `filesNotRemoved: ${failed.size}` }).where(eq(destructionRequests.id, row.id)).run();
    },
    () => ({ action: 'destruction.files', entity: 'destruction', entityId: row.id, detail: { code: row.code, notRemoved: failed.size } }),
  );
}
