import { sql } from 'drizzle-orm';
import type { SnapshotReason } from '../../../contract/backup';
import { applyRetention, BackupError, createSnapshot, listSnapshots, syncToTarget, verifySnapshot, type BackupProgress, type SnapshotInfo, type SnapshotSummary } from '../../backup';
import { readSeal } from '../../audit/seal';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { DeskRuntime } from '../../core/runtime';
import type { ReadDb } from '../../core/write-path';
import { jobsOf } from './jobs';
import { localStore } from './paths';
import { asAppError, problemOf } from './problems';
import { readSchedule } from './schedule-settings';
import { updateRecord } from './status-file';
import { targetsOf } from './targets';
import { join } from 'node:path';
import { DOCUMENTS_DIR } from '../../documents';

/** The newest audit entry's id: a snapshot on quit is skipped when nothing was written since the last one. */
export function auditHeadId(db: ReadDb): string | null {
  return db.get<{ id: string } | undefined>(sql`SELECT id FROM audit_log ORDER BY seq DESC LIMIT 1`)?.id ?? null;
}

/** A store's snapshots, newest first; a store not made yet has none. */
export async function listStore(storeDir: string, backupKey: Buffer): Promise<SnapshotSummary[]> {
  try {
    return await listSnapshots(storeDir, backupKey);
  } catch (err) {
    if (err instanceof BackupError && (err.reason === 'not-a-store' || err.reason === 'not-found')) return [];
    throw err;
  }
}

/** The local store's snapshots, newest first, from the cache the last operation left (listed again after each). */
export async function storeSnapshots(ctx: ServiceContext): Promise<SnapshotSummary[]> {
  const backupKey = ctx.runtime.backupKey();
  return jobsOf(ctx.runtime).listed(() => listStore(localStore(ctx.dataDir), backupKey));
}

export const goodOnes = (list: SnapshotSummary[]): SnapshotInfo[] => list.flatMap((s) => (s.status === 'ok' ? [s.info] : []));

function busy(): AppError {
  return new AppError('CONFLICT', 'A backup operation is already running.', { reason: 'busy' });
}

const bytesOf = (report: (done: number, total: number) => void) => (p: BackupProgress) => report(p.done, p.total);

/** Copies the local store to every target; each one's result is recorded, and a failing one never touches the local store. */
async function copyToTargets(ctx: ServiceContext, backupKey: Buffer, progress: (done: number, total: number) => void, signal?: AbortSignal): Promise<void> {
  const policy = readSchedule(ctx.db).retention;
  for (const target of targetsOf(ctx)) {
    const at = ctx.now().toISOString();
    let result;
    try {
      result = await syncToTarget({ storeDir: localStore(ctx.dataDir), targetRoot: target.folder, deviceId: ctx.deviceId, backupKey, policy, now: ctx.now(), onProgress: bytesOf(progress), ...(signal && { signal }) });
    } catch (err) {
      result = { ok: false as const, ...problemOf(err) };
    }
    const record = result.ok
      ? { at, ok: true, copiedBytes: result.copiedBytes, problem: null }
      : { at, ok: false, copiedBytes: 0, problem: { reason: result.reason, message: result.message } };
    updateRecord(ctx.dataDir, (r) => ({ ...r, syncs: { ...r.syncs, [target.id]: record } }));
  }
}

interface SnapshotSource {
  /** The desk's clock (a snapshot's time is the desk's time, as every record's is). */
  now?: () => Date;
  dataDir: string;
  databaseFile: string;
  runtime: DeskRuntime;
  appVersion: string;
  deviceId: string;
}

/** The snapshot itself, recorded either way (status.json) so the screen and the front desk can say when backups fail. */
async function snapshotRecorded(src: SnapshotSource, reason: SnapshotReason, backupKey: Buffer, onProgress?: (p: BackupProgress) => void, signal?: AbortSignal): Promise<SnapshotInfo> {
  const now = src.now?.() ?? new Date();
  const startedAt = now.toISOString();
  try {
    const info = await createSnapshot({
      now,
      dbFile: src.databaseFile,
      storeDir: localStore(src.dataDir),
      backupKey,
      keysHeader: src.runtime.snapshotKeys(),
      reason,
      appVersion: src.appVersion,
      deviceId: src.deviceId,
      extra: { seal: readSeal(src.dataDir) },
      documentsDir: join(src.dataDir, DOCUMENTS_DIR),
      ...(onProgress && { onProgress }),
      ...(signal && { signal }),
    });
    updateRecord(src.dataDir, (r) => ({ ...r, lastAttempt: { at: startedAt, ok: true, problem: null }, lastSuccessAt: info.createdAt }));
    return info;
  } catch (err) {
    updateRecord(src.dataDir, (r) => ({ ...r, lastAttempt: { at: startedAt, ok: false, problem: problemOf(err) } }));
    throw asAppError(err);
  }
}

/**
 * One snapshot of the whole desk, then retention and the copies to targets.
 * The heavy work runs in the engine's worker thread; the desk keeps serving.
 * A failure leaves every earlier snapshot as it was.
 */
function snapshotWork(ctx: ServiceContext, reason: SnapshotReason, backupKey: Buffer) {
  const jobs = jobsOf(ctx.runtime);
  return async (signal: AbortSignal, progress: (done: number, total: number) => void): Promise<SnapshotInfo> => {
    const info = await snapshotRecorded(ctx, reason, backupKey, bytesOf(progress), signal);
    // Not before a restore: the snapshot being restored must not be thinned out by the one saving the state it replaces.
    if (reason !== 'restore') await applyRetention(localStore(ctx.dataDir), backupKey, readSchedule(ctx.db).retention, ctx.now());
    jobs.phase('sync');
    await copyToTargets(ctx, backupKey, progress, signal);
    return info;
  };
}

/** Takes a snapshot and waits for it (schedule, quit, before a restore). */
export function takeSnapshot(ctx: ServiceContext, reason: SnapshotReason): Promise<SnapshotInfo> {
  // Not async: a sealed key or a busy desk is thrown at once, so `backup.run` answers with it.
  const backupKey = ctx.runtime.backupKey();
  const run = jobsOf(ctx.runtime).start('snapshot', reason, ctx.now(), snapshotWork(ctx, reason, backupKey));
  if (!run) throw busy();
  return run;
}

/** Starts a snapshot and returns at once (the screen follows its progress). */
export function startSnapshot(ctx: ServiceContext, reason: SnapshotReason): void {
  takeSnapshot(ctx, reason).catch((err: unknown) => console.error('backup failed:', problemOf(err).message));
}

export async function startVerify(ctx: ServiceContext, id: string): Promise<void> {
  const backupKey = ctx.runtime.backupKey();
  if (!goodOnes(await storeSnapshots(ctx)).some((s) => s.id === id)) throw new AppError('NOT_FOUND', 'No such snapshot.');
  const run = jobsOf(ctx.runtime).start('verify', null, ctx.now(), async (_signal, progress) => {
    const at = ctx.now().toISOString();
    let result: { at: string; ok: boolean; reason: string | null };
    try {
      const verified = await verifySnapshot(localStore(ctx.dataDir), id, backupKey, bytesOf(progress));
      result = verified.ok ? { at, ok: true, reason: null } : { at, ok: false, reason: verified.reason };
    } catch (err) {
      result = { at, ok: false, reason: problemOf(err).reason };
    }
    updateRecord(ctx.dataDir, (r) => ({ ...r, verified: { ...r.verified, [id]: result } }));
  });
  if (!run) throw busy();
  run.catch((err: unknown) => console.error('verify failed:', err));
}

export function startSync(ctx: ServiceContext): void {
  const backupKey = ctx.runtime.backupKey();
  const run = jobsOf(ctx.runtime).start('sync', null, ctx.now(), (signal, progress) => copyToTargets(ctx, backupKey, progress, signal));
  if (!run) throw busy();
  run.catch((err: unknown) => console.error('copy to targets failed:', err));
}

/**
 * Before a migration, while the core is starting (no service context yet): a
 * snapshot of the file as the older version left it, with no retention or
 * copies (those follow at the next scheduled run).
 */
export async function snapshotBeforeMigration(src: SnapshotSource): Promise<string> {
  return (await snapshotRecorded(src, 'migration', src.runtime.backupKey())).id;
}
