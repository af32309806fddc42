import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError } from './errors';
import { runRetention } from './gc';
import { StoreLock } from './lock';
import { throttled, stopIfCancelled, type OpContext } from './progress';
import type { RetentionPolicy } from './retention';
import { fsyncDir, readStoreInfo, removeLeftovers, removeQuietly, storePaths, tempName, writeFileDurably } from './store-files';

export interface SyncJob {
  storeDir: string;
  targetRoot: string;
  deviceId: string;
  backupKey: Buffer;
  policy: RetentionPolicy;
  now: string;
}

export type SyncResult =
  | { ok: true; targetDir: string; copiedBytes: number; snapshots: number }
  | { ok: false; reason: 'missing' | 'read-only' | 'full' | 'error'; message: string };

/** The store's folder on a USB disk or share: one per desk, so two desks can share one stick. */
export const targetStoreDir = (targetRoot: string, deviceId: string) => join(targetRoot, `ReceptionDesk-${deviceId.slice(0, 8)}`);

const COPY_BLOCK = 4 * 1024 * 1024;

/**
 * One level at a time, never `recursive`: Node's recursive mkdir reports a
 * read-only disk as ENOENT, which would read as "disk missing".
 */
function mkdirOne(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/** Copies under a temp name in the destination folder, flushed, then renamed: the target never holds half a file under a real name. */
function copyDurably(from: string, to: string, onBytes: (n: number) => void): number {
  const tmp = tempName(to);
  const src = openSync(from, 'r');
  let dst: number | null = null;
  let total = 0;
  try {
    dst = openSync(tmp, 'w', 0o600);
    const buf = Buffer.alloc(COPY_BLOCK);
    for (let n; (n = readSync(src, buf, 0, COPY_BLOCK, total)) > 0; ) {
      for (let at = 0; at < n; ) at += writeSync(dst, buf, at, n - at);
      total += n;
      onBytes(n);
    }
    fsyncSync(dst);
    closeSync(dst);
    dst = null;
    renameSync(tmp, to);
  } catch (err) {
    if (dst !== null) closeSync(dst);
    removeQuietly(tmp);
    throw err;
  } finally {
    closeSync(src);
  }
  return total;
}

function failure(err: unknown): SyncResult {
  const code = (err as NodeJS.ErrnoException).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ENOSPC' || code === 'EDQUOT') return { ok: false, reason: 'full', message };
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'read-only', message };
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENODEV' || code === 'EIO') return { ok: false, reason: 'missing', message };
  return { ok: false, reason: 'error', message };
}

/**
 * Copies what the target lacks (packs with their index, then manifests: the
 * same commit order as locally) and applies the same retention there. Only
 * reads the local store; any failure is a result, never a change at home.
 */
export function runSync(job: SyncJob, ctx: OpContext): SyncResult {
  let isDir = false;
  try {
    isDir = statSync(job.targetRoot).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) return { ok: false, reason: 'missing', message: `The backup folder ${job.targetRoot} is not there (disk not plugged in, or share not reachable).` };
  const local = storePaths(job.storeDir);
  const targetDir = targetStoreDir(job.targetRoot, job.deviceId);
  const target = storePaths(targetDir);
  let lock: StoreLock | null = null;
  try {
    const info = readStoreInfo(job.storeDir);
    for (const dir of [targetDir, target.packs, target.snapshots]) mkdirOne(dir);
    lock = StoreLock.acquire(targetDir);
    if (existsSync(target.info)) {
      const there = readStoreInfo(targetDir);
      if (there.deviceId !== info.deviceId) throw new BackupError('error', `${targetDir} holds the backups of another desk (${there.deviceId}).`);
    } else {
      writeFileDurably(target.info, readFileSync(local.info), targetDir);
    }
    removeLeftovers(targetDir);
    const have = new Set([...readdirSync(target.packs), ...readdirSync(target.snapshots)]);
    const localPacks = readdirSync(local.packs).filter((n) => n.endsWith('.idx') && existsSync(join(local.packs, n.replace(/\.idx$/, '.pack'))));
    const packs = localPacks.filter((n) => !have.has(n)).map((n) => n.replace(/\.idx$/, ''));
    const snaps = readdirSync(local.snapshots).filter((n) => n.endsWith('.snap') && !have.has(n));
    const files = [...packs.flatMap((p) => [join(local.packs, `${p}.pack`), join(local.packs, `${p}.idx`)]), ...snaps.map((s) => join(local.snapshots, s))];
    const total = files.reduce((n, f) => n + statSync(f).size, 0);
    const report = throttled(ctx, 'sync', total);
    let copiedBytes = 0;
    let lastTouch = Date.now();
    const onBytes = (n: number) => {
      copiedBytes += n;
      report(copiedBytes);
      if (Date.now() - lastTouch > 10_000) {
        lock?.touch();
        lastTouch = Date.now();
      }
    };
    for (const p of packs) {
      stopIfCancelled(ctx);
      // The pack, then its index (the pack's commit), as a local write does.
      copyDurably(join(local.packs, `${p}.pack`), join(target.packs, `${p}.pack`), onBytes);
      copyDurably(join(local.packs, `${p}.idx`), join(target.packs, `${p}.idx`), onBytes);
    }
    if (packs.length > 0) fsyncDir(target.packs);
    for (const s of snaps) copyDurably(join(local.snapshots, s), join(target.snapshots, s), onBytes);
    if (snaps.length > 0) fsyncDir(target.snapshots);
    const kept = runRetention({ storeDir: targetDir, backupKey: job.backupKey, policy: job.policy, now: job.now }, ctx);
    return { ok: true, targetDir, copiedBytes, snapshots: kept.kept.length };
  } catch (err) {
    if (err instanceof BackupError && err.reason === 'cancelled') throw err;
    if (err instanceof BackupError) return { ok: false, reason: 'error', message: err.message };
    return failure(err);
  } finally {
    lock?.release();
  }
}
