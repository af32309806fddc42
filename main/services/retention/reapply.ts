import { and, eq, gt, sql } from 'drizzle-orm';
import { DESTRUCTION_ITEM_KINDS } from '../../../contract/retention';
import { z } from 'zod';
import { destructionItems, destructionRequests, users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { destroyFiles, destroyInWrite } from './carry-out';
import type { ItemOutcome } from './execute';

/*
 * A restore puts back a snapshot taken before some destructions: what they
 * destroyed is in it again. Before the restore is staged, the destructions
 * carried out after the snapshot are read from the live database (codes, ids,
 * hashes and counts only: the marker file must not hold destroyed words), and
 * the first start on the restored data carries them out again and keeps their
 * records (main/app/create-core.ts).
 */

export const carriedDestruction = z.object({
  id: z.string(),
  code: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  requestedByUserId: z.string().nullable(),
  requestedByName: z.string(),
  approvals: z.string(),
  executedAt: z.string(),
  items: z.array(z.object({ kind: z.enum(DESTRUCTION_ITEM_KINDS), targetId: z.string(), label: z.string(), files: z.string(), rows: z.string() })),
});
export type CarriedDestruction = z.output<typeof carriedDestruction>;

/** The destructions carried out after this instant, oldest first. */
export function destructionsSince(db: ReadDb, at: string): CarriedDestruction[] {
  const rows = db
    .select()
    .from(destructionRequests)
    .where(and(eq(destructionRequests.status, 'done'), gt(destructionRequests.executedAt, at)))
    .orderBy(destructionRequests.executedAt)
    .all();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    createdAt: r.createdAt,
    reason: r.reason,
    requestedByUserId: r.requestedByUserId,
    requestedByName: r.requestedByName,
    approvals: r.approvals,
    executedAt: r.executedAt!,
    items: db
      .select({ kind: destructionItems.kind, targetId: destructionItems.targetId, label: destructionItems.label, files: destructionItems.files, rows: destructionItems.rows })
      .from(destructionItems)
      .where(eq(destructionItems.requestId, r.id))
      .all(),
  }));
}

/** Carries the destructions out again on restored data and keeps their records; one the data already holds is left. Returns how many. */
export function reapplyDestructions(ctx: ServiceContext, carried: readonly unknown[]): number {
  const list = z.array(carriedDestruction).safeParse(carried);
  if (!list.success) return 0;
  let applied = 0;
  for (const d of list.data) {
    if (ctx.db.select({ id: destructionRequests.id }).from(destructionRequests).where(eq(destructionRequests.id, d.id)).get()) continue;
    ctx.db.get(sql`PRAGMA secure_delete = ON`);
    const freed: ItemOutcome['storedNames'] = ctx.write(
      (tx) => {
        // The requester's account may be younger than the snapshot: the name stays, the link goes.
        const known = d.requestedByUserId && tx.select({ id: users.id }).from(users).where(eq(users.id, d.requestedByUserId)).get();
        tx.insert(destructionRequests)
          .values({
            id: d.id,
            createdAt: d.createdAt,
            updatedAt: tx.at,
            deviceId: tx.deviceId,
            code: d.code,
            reason: d.reason,
            status: 'done',
            requestedByUserId: known ? d.requestedByUserId : null,
            requestedByName: d.requestedByName,
            approvals: d.approvals,
            executedAt: d.executedAt,
          })
          .run();
        tx.insert(destructionItems).values(d.items.map((i) => ({ ...i, requestId: d.id }))).run();
        const items = tx.select().from(destructionItems).where(eq(destructionItems.requestId, d.id)).all();
        // Only what the restored data still holds: a target the snapshot never had is nothing to destroy.
        const present = (kind: 'document' | 'person', ids: string[]) =>
          new Set(
            ids.length === 0
              ? []
              : kind === 'document'
                ? tx.all<{ id: string }>(sql`SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`).map((r) => r.id)
                : tx.all<{ id: string }>(sql`SELECT id FROM people WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`).map((r) => r.id),
          );
        const docs = present('document', items.filter((i) => i.kind === 'document').map((i) => i.targetId));
        const people = present('person', items.filter((i) => i.kind === 'person').map((i) => i.targetId));
        const still = items.filter((i) => (i.kind === 'document' ? docs : people).has(i.targetId));
        return destroyInWrite(ctx, tx, d, still, false);
      },
      (files) => ({ action: 'destruction.reapply', entity: 'destruction', entityId: d.id, detail: { code: d.code, files: files.length } }),
    );
    destroyFiles(ctx, d, freed);
    applied++;
  }
  if (applied) ctx.db.all(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  return applied;
}


