import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { IV_BYTES, keyCheck, open, seal, TAG_BYTES, type BackupKeys } from './crypto';
import { BackupError } from './errors';
import { FORMAT } from './store-files';
import type { SnapshotDocument } from './documents';

/** The newest entry of the copy's audit log (by seq), as the chain's head at snapshot time. */
export interface AuditHead {
  id: string;
  hash: string;
  deviceId: string;
  deviceSeq: number;
}

/** What a snapshot is, as the manifest tells it (everything but the chunk list). */
export interface SnapshotInfo {
  id: string;
  createdAt: string;
  reason: string;
  appVersion: string;
  deviceId: string;
  /** The copy's PRAGMA user_version. */
  schemaVersion: number;
  pageSize: number;
  dbBytes: number;
  /** Hex SHA-256 of the whole database file as snapshotted. */
  sha256: string;
  /** Which of SQLite's checks passed on the copy (see checks.ts for the choice). */
  integrity: 'integrity_check' | 'quick_check';
  /** Rows per user table. */
  counts: Record<string, number>;
  auditHead: AuditHead | null;
  /** The caller's JSON (for example the audit seal), kept verbatim. */
  extra: unknown;
  chunkCount: number;
  /** Chunks this snapshot added to the store, and their stored (compressed, encrypted) bytes. */
  newChunks: number;
  newBytes: number;
  durationMs: number;
}

export interface Manifest extends SnapshotInfo {
  format: number;
  /** The chunk ids in file order, 16 bytes each, concatenated and base64-encoded (a 6 GB file: 100 000 ids, 2 MB). */
  chunkIds: string;
  /** The document store's files the database names (documents.ts); absent in snapshots from before the archive. */
  documents?: SnapshotDocument[];
}

/** The .snap file: the snapshot's keys in clear (a new PC needs them before anything can be opened), the manifest sealed. */
interface SnapFile {
  format: number;
  id: string;
  keyCheck: string;
  keys: unknown;
  body: string;
}

/** Sortable by time: '20261128T045512345Z-a1b2c3'. */
export function newSnapshotId(at: Date): string {
  return `${at.toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`;
}

const aad = (id: string) => Buffer.from(`reception-desk/snapshot/${id}`);

export function encodeSnap(keys: BackupKeys, manifest: Manifest, keysHeader: unknown): string {
  const sealed = seal(keys.manifest, gzipSync(Buffer.from(JSON.stringify(manifest))), aad(manifest.id));
  const snap: SnapFile = {
    format: FORMAT,
    id: manifest.id,
    keyCheck: keyCheck(keys),
    keys: keysHeader,
    body: Buffer.concat([sealed.iv, sealed.tag, sealed.data]).toString('base64'),
  };
  return JSON.stringify(snap);
}

function parseSnap(text: string, file: string): SnapFile {
  let snap: SnapFile;
  try {
    snap = JSON.parse(text) as SnapFile;
  } catch {
    throw new BackupError('manifest-damaged', `${file} is not readable JSON (damaged or cut short).`);
  }
  if (typeof snap !== 'object' || snap === null || typeof snap.format !== 'number' || typeof snap.id !== 'string') {
    throw new BackupError('manifest-damaged', `${file} lacks its format or id.`);
  }
  if (snap.format > FORMAT) throw new BackupError('newer-format', `${file} was written by a newer app (format ${snap.format}).`);
  if (typeof snap.body !== 'string' || typeof snap.keyCheck !== 'string') throw new BackupError('manifest-damaged', `${file} lacks its sealed manifest.`);
  return snap;
}

/** The clear part of a .snap: its id and the keys a new PC opens it with. No key needed. */
export function readSnapshotHeader(file: string): { id: string; keys: unknown } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new BackupError('not-found', `${file} cannot be read: ${(err as Error).message}`);
  }
  const snap = parseSnap(text, file);
  return { id: snap.id, keys: snap.keys };
}

export function decodeSnap(keys: BackupKeys, text: string, file: string): Manifest {
  const snap = parseSnap(text, file);
  if (snap.keyCheck !== keyCheck(keys)) throw new BackupError('wrong-key', `${file} was sealed with another backup key.`);
  let manifest: Manifest;
  try {
    const body = Buffer.from(snap.body, 'base64');
    const plain = open(keys.manifest, { iv: body.subarray(0, IV_BYTES), tag: body.subarray(IV_BYTES, IV_BYTES + TAG_BYTES), data: body.subarray(IV_BYTES + TAG_BYTES) }, aad(snap.id));
    manifest = JSON.parse(gunzipSync(plain).toString('utf8')) as Manifest;
  } catch {
    throw new BackupError('manifest-damaged', `The manifest in ${file} fails its authentication check (changed on disk).`);
  }
  if (manifest.id !== snap.id) throw new BackupError('manifest-damaged', `${file} holds the manifest of another snapshot (${manifest.id}).`);
  if (manifest.format > FORMAT) throw new BackupError('newer-format', `${file} was written by a newer app (format ${manifest.format}).`);
  return manifest;
}

export function readManifest(keys: BackupKeys, file: string): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new BackupError('manifest-damaged', `${file} cannot be read: ${(err as Error).message}`);
  }
  return decodeSnap(keys, text, file);
}

/** The manifest's chunk ids, one Buffer each, in file order. */
export function chunkIdList(manifest: Manifest): Buffer[] {
  const all = Buffer.from(manifest.chunkIds, 'base64');
  if (all.length !== manifest.chunkCount * 16) throw new BackupError('manifest-damaged', `The manifest of ${manifest.id} lists ${all.length / 16} chunks, not ${manifest.chunkCount}.`);
  return Array.from({ length: manifest.chunkCount }, (_, i) => all.subarray(i * 16, i * 16 + 16));
}

export function infoOf(manifest: Manifest): SnapshotInfo {
  const { format: _format, chunkIds: _chunkIds, documents: _documents, ...info } = manifest;
  return info;
}
