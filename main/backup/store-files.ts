import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError } from './errors';

/** The store format this engine writes and reads (store.json, .snap, manifest). */
export const FORMAT = 1;
export const CHUNK_SIZE = 65536;

export interface StoreInfo {
  format: number;
  chunkSize: number;
  deviceId: string;
  createdAt: string;
}

export const storePaths = (storeDir: string) => ({
  info: join(storeDir, 'store.json'),
  snapshots: join(storeDir, 'snapshots'),
  packs: join(storeDir, 'packs'),
  tmp: join(storeDir, 'tmp'),
  lock: join(storeDir, 'lock'),
});

export const snapFile = (storeDir: string, id: string) => join(storePaths(storeDir).snapshots, `${id}.snap`);

/** A name that cannot collide with another writer's temp, and that clean-up recognises. */
export const tempName = (file: string) => `${file}.${randomBytes(4).toString('hex')}.tmp`;

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function removeQuietly(path: string): void {
  rmSync(path, { force: true, recursive: true });
}

/** Written under a temp name, flushed, renamed, and the rename flushed: after a crash the file is whole or absent. */
export function writeFileDurably(file: string, data: Buffer | string, dir: string): void {
  const tmp = tempName(file);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      const buf = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    removeQuietly(tmp);
    throw err;
  }
  fsyncDir(dir);
}

export function readStoreInfo(storeDir: string): StoreInfo {
  const { info } = storePaths(storeDir);
  if (!existsSync(info)) throw new BackupError('not-a-store', `${storeDir} holds no backup store (no store.json).`);
  let parsed: StoreInfo;
  try {
    parsed = JSON.parse(readFileSync(info, 'utf8')) as StoreInfo;
  } catch (err) {
    throw new BackupError('not-a-store', `${info} cannot be read: ${(err as Error).message}`);
  }
  if (typeof parsed.format !== 'number') throw new BackupError('not-a-store', `${info} names no format.`);
  if (parsed.format > FORMAT) throw new BackupError('newer-format', `The store ${storeDir} was written by a newer app (format ${parsed.format}).`);
  return parsed;
}

/** Opens the store, creating its folders and store.json on first use (owner-only: it holds the desk's data, encrypted). */
export function ensureStore(storeDir: string, deviceId: string, now: Date): StoreInfo {
  const paths = storePaths(storeDir);
  mkdirSync(storeDir, { recursive: true, mode: 0o700 });
  for (const dir of [paths.snapshots, paths.packs, paths.tmp]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(paths.info)) {
    const info: StoreInfo = { format: FORMAT, chunkSize: CHUNK_SIZE, deviceId, createdAt: now.toISOString() };
    writeFileDurably(paths.info, JSON.stringify(info, null, 2), storeDir);
  }
  return readStoreInfo(storeDir);
}

/**
 * What a crashed or killed run left: temp files (*.tmp), the temp database
 * copies, and packs whose index never got renamed into place. Called only
 * while holding the store's lock, so no live writer owns them.
 */
export function removeLeftovers(storeDir: string): void {
  const paths = storePaths(storeDir);
  if (existsSync(paths.tmp)) for (const name of readdirSync(paths.tmp)) removeQuietly(join(paths.tmp, name));
  for (const dir of [storeDir, paths.snapshots, paths.packs]) {
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir);
    for (const name of names) if (name.endsWith('.tmp')) removeQuietly(join(dir, name));
    if (dir !== paths.packs) continue;
    const present = new Set(names);
    for (const name of names) {
      // A pack is written, then its index: a pack without an index is a run that died between the two renames.
      if (name.endsWith('.pack') && !present.has(name.replace(/\.pack$/, '.idx'))) removeQuietly(join(dir, name));
      if (name.endsWith('.idx') && !present.has(name.replace(/\.idx$/, '.pack'))) removeQuietly(join(dir, name));
    }
  }
}
