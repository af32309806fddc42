import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupKeys, chunkIdOf, type BackupKeys } from './crypto';
import { decodeChunk, encodeChunk } from './chunk-record';
import { copyDatabase, inspectCopy } from './db-copy';
import { chunkDocuments, documentsNamedBy } from './documents';
import { asBackupError, BackupError } from './errors';
import { encodeSnap, infoOf, newSnapshotId, type Manifest, type SnapshotInfo } from './manifest';
import { buildIndex, readPackTables, type PackTable } from './pack-index';
import { PackReader } from './pack-reader';
import { PACK_LIMIT, PackWriter } from './pack-writer';
import { stopIfCancelled, throttled, type OpContext } from './progress';
import { CHUNK_SIZE, ensureStore, FORMAT, removeLeftovers, removeQuietly, snapFile, storePaths, writeFileDurably } from './store-files';

export interface SnapshotJob {
  dbFile: string;
  storeDir: string;
  backupKey: Buffer;
  /** The snapshot's keys (SnapshotKeys), opaque here: stored verbatim in the .snap's clear part. */
  keysHeader: unknown;
  reason: string;
  appVersion: string;
  extra: unknown;
  deviceId: string;
  /** Where the temporary copy of the database goes; default `<store>/tmp`. */
  tempDir?: string;
  /** ISO time the snapshot is stamped with; default now. */
  now?: string;
  /** Pack size limit; only tests lower it. */
  packLimit?: number;
  /** The document store's folder: the files the database names are carried (documents.ts). */
  documentsDir?: string;
}

const READ_BLOCK = 64 * CHUNK_SIZE;

/** Reads the copy once: whole-file SHA-256, and each 64 KiB chunk's id, stored when the store lacks it. */
function chunkFile(file: string, keys: BackupKeys, known: Set<string>, writer: PackWriter, ctx: OpContext, reports = true) {
  const size = statSync(file).size;
  const report = reports ? throttled(ctx, 'chunk', size) : () => {};
  const hash = createHash('sha256');
  const ids: Buffer[] = [];
  let newChunks = 0;
  let newBytes = 0;
  const fd = openSync(file, 'r');
  const block = Buffer.alloc(READ_BLOCK);
  try {
    for (let pos = 0; pos < size; ) {
      stopIfCancelled(ctx);
      const n = readSync(fd, block, 0, READ_BLOCK, pos);
      if (n <= 0) break;
      for (let at = 0; at < n; at += CHUNK_SIZE) {
        const plain = block.subarray(at, Math.min(at + CHUNK_SIZE, n));
        hash.update(plain);
        const id = chunkIdOf(keys, plain);
        ids.push(id);
        const key = id.toString('hex');
        if (known.has(key)) continue;
        known.add(key);
        newBytes += writer.add(id, encodeChunk(keys, id, plain));
        newChunks += 1;
      }
      pos += n;
      report(pos);
    }
  } finally {
    closeSync(fd);
  }
  return { dbBytes: size, sha256: hash.digest('hex'), ids, newChunks, newBytes };
}

/** Every chunk this run stored, read back from its pack and checked (decrypts, and its content has its id). */
function readBack(packsDir: string, keys: BackupKeys, tables: PackTable[], ctx: OpContext): void {
  const total = tables.reduce((n, t) => n + t.entries.length, 0);
  const report = throttled(ctx, 'readback', total, 256);
  const reader = new PackReader(packsDir);
  let done = 0;
  try {
    for (const t of tables) {
      for (const e of t.entries) {
        if (done % 64 === 0) stopIfCancelled(ctx);
        decodeChunk(keys, reader.read({ packId: t.packId, offset: e.offset, length: e.length }), e.id);
        report(++done);
      }
    }
  } catch (err) {
    if (err instanceof BackupError && err.reason !== 'cancelled') throw new BackupError('chunk-damaged', `A chunk just written reads back wrong: ${err.message}`);
    throw err;
  } finally {
    reader.close();
  }
}

/**
 * One snapshot (DESIGN12.md, Store): online backup into a temp copy, checks
 * on the copy, chunks stored by content, read back, then the manifest as the
 * commit. Fails with nothing added to the store: no pack of this run stays,
 * and the temp copy is removed in every outcome.
 */
export async function runSnapshot(job: SnapshotJob, ctx: OpContext): Promise<SnapshotInfo> {
  const started = Date.now();
  const at = job.now ? new Date(job.now) : new Date();
  const paths = storePaths(job.storeDir);
  const keys = backupKeys(job.backupKey);
  const id = newSnapshotId(at);
  const tmp = join(job.tempDir ?? paths.tmp, `${id}.sqlite3`);
  let writer: PackWriter | null = null;
  try {
    if (!existsSync(job.dbFile)) throw new BackupError('source', `The database ${job.dbFile} does not exist.`);
    ensureStore(job.storeDir, job.deviceId, at);
    removeLeftovers(job.storeDir);
    const total = statSync(job.dbFile).size;
    ctx.progress({ phase: 'copy', done: 0, total }, tmp);
    await copyDatabase(job.dbFile, tmp);
    stopIfCancelled(ctx);
    ctx.progress({ phase: 'check', done: 0, total: 1 });
    const facts = inspectCopy(tmp);
    stopIfCancelled(ctx);
    const known = new Set(buildIndex(readPackTables(paths.packs)).keys());
    writer = new PackWriter(paths.packs, job.packLimit ?? PACK_LIMIT);
    const chunks = chunkFile(tmp, keys, known, writer, ctx);
    const names = job.documentsDir ? documentsNamedBy(tmp) : [];
    const docs = chunkDocuments(job.documentsDir ?? '', names, (file) => {
      const c = chunkFile(file, keys, known, writer!, ctx, false);
      return { ...c, bytes: c.dbBytes };
    }, ctx);
    const tables = writer.finish();
    readBack(paths.packs, keys, tables, ctx);
    stopIfCancelled(ctx);
    const manifest: Manifest = {
      format: FORMAT,
      id,
      createdAt: at.toISOString(),
      reason: job.reason,
      appVersion: job.appVersion,
      deviceId: job.deviceId,
      ...facts,
      dbBytes: chunks.dbBytes,
      sha256: chunks.sha256,
      extra: job.extra ?? null,
      chunkCount: chunks.ids.length,
      newChunks: chunks.newChunks + docs.newChunks,
      newBytes: chunks.newBytes + docs.newBytes,
      durationMs: Date.now() - started,
      chunkIds: Buffer.concat(chunks.ids).toString('base64'),
      documents: docs.documents,
    };
    // The commit: before this rename the run's packs are unreferenced; after it the snapshot exists.
    writeFileDurably(snapFile(job.storeDir, id), encodeSnap(keys, manifest, job.keysHeader), paths.snapshots);
    writer = null;
    return infoOf(manifest);
  } catch (err) {
    writer?.abort();
    throw asBackupError(err);
  } finally {
    for (const f of [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`]) removeQuietly(f);
  }
}
