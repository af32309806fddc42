import { readdir, readFile, stat, statfs } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { backupKeys } from './crypto';
import { BackupError, type BackupErrorReason } from './errors';
import { decodeSnap, infoOf, type SnapshotInfo } from './manifest';
import { storePaths } from './store-files';

export type SnapshotSummary =
  | { status: 'ok'; id: string; file: string; info: SnapshotInfo }
  | { status: 'damaged'; id: string; file: string; reason: BackupErrorReason; message: string };

/**
 * Every snapshot of a store, newest first; one unreadable .snap is listed as
 * damaged, never a failure of the list. Runs in the worker (index.ts): a
 * manifest of a 6 GB database lists 100 000 chunk ids (about 3 MB to parse).
 */
export async function listSnapshotsHere(storeDir: string, backupKey: Buffer): Promise<SnapshotSummary[]> {
  const keys = backupKeys(backupKey);
  const dir = storePaths(storeDir).snapshots;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.snap'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError('not-a-store', `${storeDir} holds no snapshots folder.`);
    throw err;
  }
  const list = await Promise.all(
    names.map(async (name): Promise<SnapshotSummary | null> => {
      const file = join(dir, name);
      const id = name.slice(0, -'.snap'.length);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        // Removed by retention between the listing and the read: not a snapshot any more.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
      try {
        return { status: 'ok', id, file, info: infoOf(decodeSnap(keys, text, file)) };
      } catch (err) {
        const e = err instanceof BackupError ? err : new BackupError('manifest-damaged', (err as Error).message);
        return { status: 'damaged', id, file, reason: e.reason, message: e.message };
      }
    }),
  );
  // Ids start with the snapshot's UTC time, so their order is time order even for a damaged one.
  return list.filter((s): s is SnapshotSummary => s !== null).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

const isStore = async (dir: string) => (await stat(join(dir, 'store.json')).catch(() => null))?.isFile() === true;

/**
 * What the user pointed at, as stores: a store folder; a folder holding
 * ReceptionDesk-* stores (a USB disk's top folder: all of them); or one
 * .snap file (its store, and that snapshot's id).
 */
export async function resolveStore(path: string): Promise<{ stores: string[]; snapshotId: string | null }> {
  const s = await stat(path).catch(() => null);
  if (!s) throw new BackupError('not-found', `${path} does not exist.`);
  if (s.isFile()) {
    const store = dirname(dirname(path));
    if (!path.endsWith('.snap') || basename(dirname(path)) !== 'snapshots' || !(await isStore(store))) {
      throw new BackupError('not-a-store', `${path} is not a snapshot file inside a backup store.`);
    }
    return { stores: [store], snapshotId: basename(path).slice(0, -'.snap'.length) };
  }
  if (await isStore(path)) return { stores: [path], snapshotId: null };
  const children = (await readdir(path)).filter((n) => n.startsWith('ReceptionDesk-')).sort();
  const stores: string[] = [];
  for (const c of children) if (await isStore(join(path, c))) stores.push(join(path, c));
  if (stores.length === 0) throw new BackupError('not-a-store', `${path} holds no Reception Desk backups.`);
  return { stores, snapshotId: null };
}

export interface StoreUsage {
  packBytes: number;
  indexBytes: number;
  snapshotBytes: number;
  snapshotCount: number;
  totalBytes: number;
  /** Space left for the current user on the store's volume, and the volume's size. */
  freeBytes: number;
  volumeBytes: number;
}

async function sizes(dir: string, suffix: string): Promise<{ bytes: number; count: number }> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(suffix));
  const all = await Promise.all(names.map((n) => stat(join(dir, n)).then((s) => s.size, () => 0)));
  return { bytes: all.reduce((a, b) => a + b, 0), count: names.length };
}

export async function storeUsage(storeDir: string): Promise<StoreUsage> {
  const paths = storePaths(storeDir);
  const [packs, idx, snaps, fsInfo] = await Promise.all([sizes(paths.packs, '.pack'), sizes(paths.packs, '.idx'), sizes(paths.snapshots, '.snap'), statfs(storeDir)]);
  return {
    packBytes: packs.bytes,
    indexBytes: idx.bytes,
    snapshotBytes: snaps.bytes,
    snapshotCount: snaps.count,
    totalBytes: packs.bytes + idx.bytes + snaps.bytes,
    freeBytes: fsInfo.bavail * fsInfo.bsize,
    volumeBytes: fsInfo.blocks * fsInfo.bsize,
  };
}
