// The backup engine (DESIGN12.md, Store): snapshots, restore, verify, retention, a second place.
// Heavy work runs in a worker thread (worker-client.ts); this file holds the store lock around it.
import { BackupError } from './errors';
import { HEARTBEAT_MS, StoreLock } from './lock';
import type { SnapshotInfo } from './manifest';
import { DEFAULT_POLICY, selectRetained, type RetentionItem, type RetentionPolicy } from './retention';
import { runInWorker, type RunOptions } from './worker-client';
import type { BackupProgress } from './progress';

export { BackupError, type BackupErrorReason } from './errors';
export type { AuditHead, SnapshotInfo } from './manifest';
export { readSnapshotHeader } from './manifest';
export { snapFile as snapshotFile } from './store-files';
export type { BackupProgress, Phase } from './progress';
export type { RetentionResult } from './gc';
export type { VerifyResult } from './restore';
export type { SyncResult } from './target-sync';
export { targetStoreDir } from './target-sync';
export { DEFAULT_POLICY, selectRetained, type RetentionItem, type RetentionPolicy };
export { resolveStore, storeUsage, type SnapshotSummary, type StoreUsage } from './store-lookup';

/** The snapshot's keys (wrapped data keys and the sealed backup key): opaque to the engine, stored verbatim in each .snap. */
export type SnapshotKeys = unknown;

const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Runs `work` holding the store's lock, refreshed while it runs. `existing`:
 * the store must be there already (restore, verify, retention); reading one
 * on read-only media (a write-protected USB disk) needs no lock, as no one
 * can change it there.
 */
async function withLock<T>(storeDir: string, work: () => Promise<T>, existing = false): Promise<T> {
  let lock: StoreLock | null = null;
  try {
    lock = await StoreLock.acquire(storeDir, !existing);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (existing && code === 'ENOENT') throw new BackupError('not-a-store', `${storeDir} is not there.`);
    if (!(existing && READ_ONLY.has(code))) throw err;
  }
  const held = lock;
  const heartbeat = held ? setInterval(() => held.touch(), HEARTBEAT_MS) : null;
  heartbeat?.unref();
  try {
    return await work();
  } finally {
    if (heartbeat) clearInterval(heartbeat);
    await held?.release();
  }
}

export interface CreateSnapshotOptions {
  dbFile: string;
  storeDir: string;
  backupKey: Buffer;
  keysHeader: SnapshotKeys;
  reason: string;
  appVersion: string;
  extra?: unknown;
  deviceId: string;
  /** Where the temporary copy goes (default `<store>/tmp`). */
  tempDir?: string;
  /** The document store's folder, whose files the database names go into the snapshot. */
  documentsDir?: string;
  onProgress?: (p: BackupProgress) => void;
  signal?: AbortSignal;
}

export function createSnapshot(o: CreateSnapshotOptions & { packLimit?: number; now?: Date }): Promise<SnapshotInfo> {
  const job = {
    dbFile: o.dbFile,
    storeDir: o.storeDir,
    backupKey: o.backupKey,
    keysHeader: o.keysHeader,
    reason: o.reason,
    appVersion: o.appVersion,
    extra: o.extra ?? null,
    deviceId: o.deviceId,
    ...(o.tempDir ? { tempDir: o.tempDir } : {}),
    ...(o.documentsDir ? { documentsDir: o.documentsDir } : {}),
    ...(o.packLimit ? { packLimit: o.packLimit } : {}),
    ...(o.now ? { now: o.now.toISOString() } : {}),
  };
  return withLock(o.storeDir, () => runInWorker({ op: 'snapshot', job }, runOptions(o)));
}

const runOptions = (o: { onProgress?: RunOptions['onProgress']; signal?: AbortSignal }): RunOptions => ({
  ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  ...(o.signal ? { signal: o.signal } : {}),
});

/** Re-reads every chunk of one snapshot; a problem is a result (`ok: false` with a reason), not an exception. */
export async function verifySnapshot(storeDir: string, id: string, backupKey: Buffer, onProgress?: (p: BackupProgress) => void) {
  return withLock(storeDir, () => runInWorker({ op: 'verify', job: { storeDir, id, backupKey } }, runOptions({ onProgress })), true);
}

export interface RestoreOptions {
  storeDir: string;
  id: string;
  backupKey: Buffer;
  outFile: string;
  /** Where the snapshot's document files go (the staged store folder). */
  documentsOut?: string;
  onProgress?: (p: BackupProgress) => void;
  signal?: AbortSignal;
}

/** Writes the snapshot's database to `outFile`, or refuses with a BackupError and leaves nothing. */
export async function restoreSnapshot(o: RestoreOptions): Promise<SnapshotInfo> {
  const job = { storeDir: o.storeDir, id: o.id, backupKey: o.backupKey, outFile: o.outFile, ...(o.documentsOut ? { documentsOut: o.documentsOut } : {}) };
  return withLock(o.storeDir, () => runInWorker({ op: 'restore', job }, runOptions(o)), true);
}

/** Removes the snapshots the policy drops, then the packs only they needed. */
export async function applyRetention(storeDir: string, backupKey: Buffer, policy: RetentionPolicy = DEFAULT_POLICY, now = new Date()) {
  return withLock(storeDir, () => runInWorker({ op: 'retention', job: { storeDir, backupKey, policy, now: now.toISOString() } }), true);
}

export interface SyncOptions {
  storeDir: string;
  targetRoot: string;
  deviceId: string;
  backupKey: Buffer;
  policy?: RetentionPolicy;
  now?: Date;
  onProgress?: (p: BackupProgress) => void;
  signal?: AbortSignal;
}

/**
 * Brings `<targetRoot>/ReceptionDesk-<device>` up to date with the local
 * store. A missing, read-only or full target is a result, never an exception,
 * and never changes the local store.
 */
export async function syncToTarget(o: SyncOptions) {
  const job = { storeDir: o.storeDir, targetRoot: o.targetRoot, deviceId: o.deviceId, backupKey: o.backupKey, policy: o.policy ?? DEFAULT_POLICY, now: (o.now ?? new Date()).toISOString() };
  try {
    return await withLock(o.storeDir, () => runInWorker({ op: 'sync', job }, runOptions(o)));
  } catch (err) {
    if (err instanceof BackupError && err.reason === 'cancelled') throw err;
    return { ok: false as const, reason: 'error' as const, message: (err as Error).message };
  }
}

/** Every snapshot of the store, newest first; an unreadable one is listed as damaged with its reason. Parsed in the worker. */
export function listSnapshots(storeDir: string, backupKey: Buffer) {
  return runInWorker({ op: 'list', job: { storeDir, backupKey } });
}

/** Starts a worker and gets its answer: proof the worker's code is where the resolver says (used by tests and at start-up). */
export function pingWorker(): Promise<'pong'> {
  return runInWorker({ op: 'ping' });
}
