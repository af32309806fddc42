import { BACKUP_STALE_HOURS, type BackupHealth, type BackupStatus } from '../../../contract/backup';
import { storeUsage } from '../../backup';
import type { ServiceContext } from '../../core/context';
import { jobsOf } from './jobs';
import { localStore } from './paths';
import { lastSuccessAt, nextScheduledAt } from './schedule';
import { readSchedule } from './schedule-settings';
import { snapshotView } from './snapshot-view';
import { goodOnes, storeSnapshots } from './snapshots';
import { readRecord } from './status-file';
import { targetsOf } from './targets';

const HOUR = 3_600_000;

/** Cheap enough for every desk to ask every few minutes: two small files and the cached list, never the store. */
export function backupHealth(ctx: ServiceContext): BackupHealth {
  const record = readRecord(ctx.dataDir);
  const last = lastSuccessAt(ctx);
  const targetIds = new Set(targetsOf(ctx).map((t) => t.id));
  const targetWarning = Object.entries(record.syncs).some(([id, s]) => targetIds.has(id) && !s.ok);
  if (!last) return { state: record.lastAttempt && !record.lastAttempt.ok ? 'failing' : 'never', lastSuccessAt: null, targetWarning };
  const failing = record.lastAttempt !== null && !record.lastAttempt.ok && record.lastAttempt.at > last;
  const stale = ctx.now().getTime() - new Date(last).getTime() > BACKUP_STALE_HOURS * HOUR;
  return { state: failing ? 'failing' : stale ? 'stale' : 'ok', lastSuccessAt: last, targetWarning };
}

async function usageOf(dir: string): Promise<BackupStatus['space']> {
  try {
    const u = await storeUsage(dir);
    return { storeBytes: u.totalBytes, snapshots: u.snapshotCount, freeBytes: u.freeBytes };
  } catch {
    // No store yet (nothing backed up): nothing used.
    return { storeBytes: 0, snapshots: 0, freeBytes: null };
  }
}

export async function backupStatus(ctx: ServiceContext): Promise<BackupStatus> {
  const jobs = jobsOf(ctx.runtime);
  const record = readRecord(ctx.dataDir);
  const schedule = readSchedule(ctx.db);
  const keyReady = !ctx.runtime.sealed;
  const newest = keyReady ? goodOnes(await storeSnapshots(ctx))[0] : undefined;
  const health = backupHealth(ctx);
  return {
    health,
    running: jobs.running ? { ...jobs.running } : null,
    last: newest ? snapshotView(newest, record) : null,
    lastAttempt: record.lastAttempt,
    nextAt: keyReady ? nextScheduledAt(schedule, health.lastSuccessAt, ctx.now()).toISOString() : null,
    schedule,
    space: await usageOf(localStore(ctx.dataDir)),
    targets: targetsOf(ctx).map((t) => ({ ...t, lastSync: record.syncs[t.id] ?? null })),
    storeFolder: localStore(ctx.dataDir),
    keyReady,
  };
}

export async function snapshotList(ctx: ServiceContext) {
  const record = readRecord(ctx.dataDir);
  return { snapshots: goodOnes(await storeSnapshots(ctx)).map((s) => snapshotView(s, record)) };
}
