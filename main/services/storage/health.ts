import { inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { StorageCheck } from '../../../contract/archive';
import { documentBlobs, storageChecks } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { DocumentStore } from '../../documents';
import { checkView, newestCheck, usesOf, type StoredProblem } from './check-rows';

/** One check at a time per store: a second asker waits for the one running. */
const running = new WeakMap<DocumentStore, Promise<StorageCheck>>();

/** Whether a check is running now (the screen's busy state survives a reload). */
export function checkRunning(ctx: ServiceContext): boolean {
  return running.has(ctx.documents);
}

/** The newest check, or null before the first. */
export function storageHealth(ctx: ServiceContext): StorageCheck | null {
  const row = newestCheck(ctx);
  return row ? checkView(ctx, row) : null;
}

/**
 * The storage health check (issue 15 item 7): every stored file read whole in
 * the documents worker, opened and hashed against its row; files on disk no row
 * names; SQLite's integrity check (in the same worker, on its own read-only
 * connection). The result is one storage_checks row, the intact files' checked_at,
 * and an audit entry, in one write.
 */
export function runStorageCheck(ctx: ServiceContext, trigger: StorageCheck['trigger']): Promise<StorageCheck> {
  const current = running.get(ctx.documents);
  if (current) return current;
  const run = check(ctx, trigger).finally(() => running.delete(ctx.documents));
  running.set(ctx.documents, run);
  return run;
}

async function check(ctx: ServiceContext, trigger: StorageCheck['trigger']): Promise<StorageCheck> {
  const startedAt = ctx.now().toISOString();
  const blobs = ctx.db.select({ contentHash: documentBlobs.contentHash, storedName: documentBlobs.storedName }).from(documentBlobs).all();
  const verified = await ctx.documents.verify(blobs);
  const database = await ctx.documents.checkDatabase(ctx.databaseFile);
  const named = new Set(blobs.map((b) => b.storedName));
  const bad = blobs.map((b, i) => ({ ...b, state: verified[i]!.state })).filter((b) => b.state !== 'ok');
  const uses = usesOf(ctx, bad.map((b) => b.contentHash));
  const problems: StoredProblem[] = [
    ...bad.map((b) => ({ kind: b.state as StoredProblem['kind'], contentHash: b.contentHash, uses: uses.get(b.contentHash) ?? [] })),
    ...ctx.documents
      .filesOnDisk()
      .filter((name) => !named.has(name))
      .map((): StoredProblem => ({ kind: 'orphan', contentHash: null, uses: [] })),
  ];
  const intactHashes = blobs.filter((_, i) => verified[i]!.state === 'ok').map((b) => b.contentHash);
  const finishedAt = ctx.now().toISOString();
  const databaseOk = database.length === 1 && database[0] === 'ok';
  const row = {
    id: uuidv7(),
    startedAt,
    finishedAt,
    trigger,
    files: blobs.length,
    bytes: verified.reduce((sum, v) => sum + v.plainBytes, 0),
    database: JSON.stringify(database),
    problems: JSON.stringify(problems),
    intact: databaseOk && problems.length === 0,
  };
  const count = (kind: StoredProblem['kind']) => problems.filter((p) => p.kind === kind).length;
  const record = () => ({
    action: 'storage.check',
    entity: 'storage',
    entityId: row.id,
    detail: {
      checkTrigger: trigger,
      checkedFiles: row.files,
      missingFiles: count('missing'),
      damagedFiles: count('damaged') + count('unreadable'),
      orphanFiles: count('orphan'),
      databaseIntact: databaseOk,
      storageIntact: row.intact,
    },
  });
  const work = (tx: Parameters<Parameters<ServiceContext['write']>[0]>[0]) => {
    tx.insert(storageChecks).values(row).run();
    for (let i = 0; i < intactHashes.length; i += 500) {
      tx.update(documentBlobs).set({ checkedAt: finishedAt }).where(inArray(documentBlobs.contentHash, intactHashes.slice(i, i + 500))).run();
    }
    return null;
  };
  if (trigger === 'manual') ctx.write(work, record);
  else ctx.writeAs('system', work, record);
  return checkView(ctx, row);
}
