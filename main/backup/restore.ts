import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { backupKeys } from './crypto';
import { readSnapshotDocuments, restoreDocuments } from './documents';
import { dirname } from 'node:path';
import { readSnapshotChunks } from './chunk-reader';
import { checkRestored } from './db-copy';
import { asBackupError, BackupError } from './errors';
import { infoOf, type SnapshotInfo } from './manifest';
import type { OpContext } from './progress';
import { fsyncDir, removeQuietly, tempName } from './store-files';

export interface RestoreJob {
  storeDir: string;
  id: string;
  backupKey: Buffer;
  outFile: string;
  /** Where the snapshot's document files are written (the staged store folder), before the database is put at `outFile`. */
  documentsOut?: string;
}

/**
 * Writes the snapshot's database to `outFile`: under a temp name, every chunk
 * and the whole checksum checked, integrity-checked, flushed, then renamed.
 * Any refusal leaves `outFile` as it was and no temp behind.
 */
export function runRestore(job: RestoreJob, ctx: OpContext): SnapshotInfo {
  const tmp = tempName(job.outFile);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w', 0o600);
    const out = fd;
    const manifest = readSnapshotChunks(job.storeDir, job.id, job.backupKey, ctx, 'restore', (plain) => {
      for (let at = 0; at < plain.length; ) at += writeSync(out, plain, at, plain.length - at);
    });
    fsyncSync(out);
    closeSync(out);
    fd = null;
    ctx.progress({ phase: 'check', done: 0, total: 1 });
    checkRestored(tmp);
    if (job.documentsOut) {
      rmSync(job.documentsOut, { recursive: true, force: true });
      restoreDocuments(job.storeDir, manifest, backupKeys(job.backupKey), job.documentsOut, ctx);
    }
    renameSync(tmp, job.outFile);
    fsyncDir(dirname(job.outFile));
    return infoOf(manifest);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) removeQuietly(f);
    if (job.documentsOut) rmSync(job.documentsOut, { recursive: true, force: true });
    throw asBackupError(err);
  }
}

export type VerifyResult = { ok: true; info: SnapshotInfo } | { ok: false; reason: BackupError['reason']; message: string };

/** Re-reads every chunk of a snapshot: each decrypts and has its id, and together they are the recorded file. */
export function runVerify(job: { storeDir: string; id: string; backupKey: Buffer }, ctx: OpContext): VerifyResult {
  try {
    const manifest = readSnapshotChunks(job.storeDir, job.id, job.backupKey, ctx, 'verify', () => {});
    readSnapshotDocuments(job.storeDir, manifest, backupKeys(job.backupKey), ctx, () => {});
    return { ok: true, info: infoOf(manifest) };
  } catch (err) {
    const e = asBackupError(err);
    if (e.reason === 'cancelled') throw e;
    return { ok: false, reason: e.reason, message: e.message };
  }
}
