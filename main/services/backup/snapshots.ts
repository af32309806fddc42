import { sql } from 'drizzle-orm';
import type { SnapshotReason } from '../../../contract/backup';
import { applyRetention, createSnapshot, listSnapshots, syncToTarget, verifySnapshot, type SnapshotSummary } from '../../backup';
import { readSeal } from '../../audit/seal';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { DeskRuntime } from '../../core/runtime';
import type { ReadDb } from '../../core/write-path';
import { jobsOf } from './jobs';
import { localStore } from './paths';
import { asAppError, problemOf } from './problems';
import { readSchedule } from './schedule-settings';
import { readRecord, updateRecord } from './status-file';
import { targetsOf } from './targets';

/** The newest audit entry's id: a snapshot on quit is skipped when nothing was written since the last one. */
export function auditHeadId(db: ReadDb): string | null {
  return db.get<{ id: string } | undefined>(sql`SELECT id FROM audit_log ORDER BY seq DESC LIMIT 1`)?.id ?? null;
}

/** The store's snapshots, newest first, from the cache the last operation left (listed again after each). */
export function storeSnapshots(ctx: ServiceContext): SnapshotSummary[] {
  const jobs = jobsOf(ctx.runtime);
  if (!jobs.snapshots) jobs.snapshots = listSnapshots(localStore(ctx.dataDir), ctx.runtime.backupKey());
  return jobs.snapshots as SnapshotSummary[];
}

function busy(): AppError {
  return new AppError('CONFLICT', 'A backup operation is already running.', { reason: 'busy' });
}

/** Copies the local store to every target; each one's result is recorded, and a failing one never touches the local store. */
async function copyToTargets(ctx: ServiceContext, backupKey: Buffer, progress: (done: number, total: number) => void): Promise<void> {
  const targets = targetsOf(ctx);
  const policy = readSchedule(ctx.db).retention;
  for (const [i, target] of targets.entries()) {
    progress(i, targets.length);
    const at = ctx.now().toISOString();
    let result;
    try {
      result = await syncToTarget({ storeDir: localStore(ctx.dataDir), targetRoot: target.folder, deviceId: ctx.deviceId, backupKey, policy, now: ctx.now() });
    } catch (err) {
      result = { ok: false as const, ...problemOf(err) };
    }
    const record = result.ok
      ? { at, ok: true, copiedBytes: result.copiedBytes, problem: null }
      : { at, ok: false, copiedBytes: 0, problem: { reason: result.reason, message: result.message } };
    updateRecord(ctx.dataDir, (r) => ({ ...r, syncs: { ...r.syncs, [target.id]: record } }));
  }
  progress(targets.length, targets.length);
}

/**
 * One snapshot of the whole desk, then retention and the copies to targets.
 * The heavy work runs in the engine's worker thread; the desk keeps serving.
 * Every outcome is recorded (status.json) so the screen and the front desk can
 * say when backups fail; a failure leaves every earlier snapshot as it was.
 */
function snapshotWork(ctx: ServiceContext, reason: SnapshotReason, backupKey: Buffer) {
  const jobs = jobsOf(ctx.runtime);
  return async (signal: AbortSignal, progress: (done: number, total: number) => void): Promise<SnapshotSummary> => {
    const startedAt = ctx.now().toISOString();
    let info: SnapshotSummary;
    try {
      info = await createSnapshot({
        dbFile: ctx.databaseFile,
        storeDir: localStore(ctx.dataDir),
        backupKey,
        keysHeader: ctx.runtime.snapshotKeys(),
        reason,
        appVersion: ctx.appVersion,
        deviceId: ctx.deviceId,
        extra: { seal: readSeal(ctx.dataDir) },
        onProgress: progress,
        signal,
      });
      applyRetention(localStore(ctx.dataDir), backupKey, readSchedule(ctx.db).retention, ctx.now());
    } catch (err) {
      updateRecord(ctx.dataDir, (r) => ({ ...r, lastAttempt: { at: startedAt, ok: false, problem: problemOf(err) } }));
      throw asAppError(err);
    }
    updateRecord(ctx.dataDir, (r) => ({ ...r, lastAttempt: { at: startedAt, ok: true, problem: null }, lastSuccessAt: info.createdAt }));
    jobs.phase('sync');
    await copyToTargets(ctx, backupKey, progress);
    return info;
  };
}

/** Takes a snapshot and waits for it (schedule, quit, before a restore). */
export function takeSnapshot(ctx: ServiceContext, reason: SnapshotReason): Promise<SnapshotSummary> {
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

export function startVerify(ctx: ServiceContext, id: string): void {
  const backupKey = ctx.runtime.backupKey();
  if (!storeSnapshots(ctx).some((s) => s.id === id)) throw new AppError('NOT_FOUND', 'No such snapshot.');
  const run = jobsOf(ctx.runtime).start('verify', null, ctx.now(), async (_signal, progress) => {
    const at = ctx.now().toISOString();
    let result: { at: string; ok: boolean; reason: string | null };
    try {
      await verifySnapshot(localStore(ctx.dataDir), id, backupKey, progress);
      result = { at, ok: true, reason: null };
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
  const run = jobsOf(ctx.runtime).start('sync', null, ctx.now(), (_signal, progress) => copyToTargets(ctx, backupKey, progress));
  if (!run) throw busy();
  run.catch((err: unknown) => console.error('copy to targets failed:', err));
}

/** Snapshots and records kept apart: the record survives a restore, the cache is per desk run. */
export { readRecord };

/**
 * Before a migration, while the core is starting (no service context yet): a
 * snapshot of the file as the older version left it, with no retention or
 * copies (those follow at the next scheduled run).
 */
export async function snapshotBeforeMigration(opts: { dataDir: string; databaseFile: string; runtime: DeskRuntime; appVersion: string; deviceId: string }): Promise<string> {
  const info = await createSnapshot({
    dbFile: opts.databaseFile,
    storeDir: localStore(opts.dataDir),
    backupKey: opts.runtime.backupKey(),
    keysHeader: opts.runtime.snapshotKeys(),
    reason: 'migration',
    appVersion: opts.appVersion,
    deviceId: opts.deviceId,
    extra: { seal: readSeal(opts.dataDir) },
  });
  updateRecord(opts.dataDir, (r) => ({ ...r, lastAttempt: { at: info.createdAt, ok: true, problem: null }, lastSuccessAt: info.createdAt }));
  return info.id;
}
