import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKeys } from './crypto';
import { decodeChunk } from './chunk-record';
import { BackupError } from './errors';
import type { Manifest } from './manifest';
import { buildIndex, readPackTables } from './pack-index';
import { PackReader } from './pack-reader';
import { stopIfCancelled, type OpContext } from './progress';
import { fsyncDir, removeQuietly, storePaths, tempName } from './store-files';

/*
 * The document store in a snapshot (issue 15): each file the snapshot's
 * database names (document_blobs.stored_name), as its sealed bytes, chunked
 * into the same chunk store as the database. The bytes of a stored file never
 * change, so an unchanged 50 MB file adds no chunk to the next snapshot; a
 * file destroyed before a snapshot is named by no row of it and is not carried.
 * The bytes stay sealed under the store's key (derived from B, which every
 * snapshot carries), so a restore writes them back as they were.
 */

/** One stored file in a manifest. */
export interface SnapshotDocument {
  /** Its stored name (folder `<first two hex>/`). */
  name: string;
  bytes: number;
  /** SHA-256 of the sealed bytes as stored. */
  sha256: string;
  /** 16-byte chunk ids, concatenated, base64. */
  chunkIds: string;
}

const STORED_NAME = /^[0-9a-f]{64}$/;
const pathIn = (dir: string, name: string) => join(dir, name.slice(0, 2), name);

/** The stored names the database copy's rows give (none in a database from before the archive). */
export function documentsNamedBy(copyFile: string): string[] {
  const db = new Database(copyFile, { readonly: true, fileMustExist: true });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_blobs'").get();
    if (!has) return [];
    return (db.prepare('SELECT stored_name FROM document_blobs ORDER BY stored_name').pluck().all() as string[]).filter((n) => STORED_NAME.test(n));
  } finally {
    db.close();
  }
}

type ChunkOne = (file: string) => { bytes: number; sha256: string; ids: Buffer[]; newChunks: number; newBytes: number };

/**
 * Chunks each named file that is on disk. A named file that is missing is left
 * out (the storage health check reports it); the snapshot still holds the rest.
 */
export function chunkDocuments(documentsDir: string, names: string[], chunkOne: ChunkOne, ctx: OpContext): { documents: SnapshotDocument[]; newChunks: number; newBytes: number } {
  const documents: SnapshotDocument[] = [];
  let newChunks = 0;
  let newBytes = 0;
  for (const name of names) {
    stopIfCancelled(ctx);
    const path = pathIn(documentsDir, name);
    if (!existsSync(path)) continue;
    const c = chunkOne(path);
    documents.push({ name, bytes: c.bytes, sha256: c.sha256, chunkIds: Buffer.concat(c.ids).toString('base64') });
    newChunks += c.newChunks;
    newBytes += c.newBytes;
  }
  return { documents, newChunks, newBytes };
}

/** Every chunk id the manifest's documents use (retention keeps them live). */
export function documentChunkIds(manifest: Manifest): Buffer[] {
  return (manifest.documents ?? []).flatMap((d) => {
    const all = Buffer.from(d.chunkIds, 'base64');
    return Array.from({ length: all.length / 16 }, (_, i) => all.subarray(i * 16, i * 16 + 16));
  });
}

/**
 * Reads every document of a snapshot back from its chunks, each checked
 * against its id and the file against its length and SHA-256; `onFile` gets
 * each file's bytes. Old snapshots (no `documents`) have none.
 */
export function readSnapshotDocuments(storeDir: string, manifest: Manifest, keys: BackupKeys, ctx: OpContext, onFile: (doc: SnapshotDocument, bytes: Buffer) => void): void {
  const docs = manifest.documents ?? [];
  if (docs.length === 0) return;
  const index = buildIndex(readPackTables(storePaths(storeDir).packs));
  const reader = new PackReader(storePaths(storeDir).packs);
  try {
    for (const doc of docs) {
      stopIfCancelled(ctx);
      if (!STORED_NAME.test(doc.name)) throw new BackupError('manifest-damaged', `The manifest of ${manifest.id} names a document file ${doc.name}.`);
      const all = Buffer.from(doc.chunkIds, 'base64');
      const parts: Buffer[] = [];
      for (let at = 0; at < all.length; at += 16) {
        const id = all.subarray(at, at + 16);
        const loc = index.get(id.toString('hex'));
        if (!loc) throw new BackupError('chunk-missing', `A chunk of a document file of ${manifest.id} is not in the store.`);
        parts.push(decodeChunk(keys, reader.read(loc), id));
      }
      const bytes = Buffer.concat(parts);
      if (bytes.length !== doc.bytes || createHash('sha256').update(bytes).digest('hex') !== doc.sha256) {
        throw new BackupError('checksum', `A document file of ${manifest.id} does not add up to what the snapshot recorded.`);
      }
      onFile(doc, bytes);
    }
  } finally {
    reader.close();
  }
}

/** Writes each document back into `outDir` (the staged store folder), each flushed under a temp name and renamed. */
export function restoreDocuments(storeDir: string, manifest: Manifest, keys: BackupKeys, outDir: string, ctx: OpContext): number {
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  let count = 0;
  readSnapshotDocuments(storeDir, manifest, keys, ctx, (doc, bytes) => {
    const folder = join(outDir, doc.name.slice(0, 2));
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const final = join(folder, doc.name);
    const tmp = tempName(final);
    const fd = openSync(tmp, 'w', 0o600);
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } catch (err) {
      closeSync(fd);
      removeQuietly(tmp);
      throw err;
    }
    closeSync(fd);
    renameSync(tmp, final);
    fsyncDir(folder);
    count++;
  });
  return count;
}
