import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readSnapshotHeader, resolveStore, restoreSnapshot, snapshotFile, type SnapshotInfo } from '../../backup';
import type { ServiceContext } from '../../core/context';
import { writeFileAtomic } from '../../core/atomic-file';
import { AppError } from '../../core/errors';
import { DataKeyStore, WrongPassphraseError, type KeyRing } from '../../security/data-key-store';
import type { SnapshotKeys } from '../../security/backup-key';
import { jobsOf } from './jobs';
import { localStore, RESTORE_FILES } from './paths';
import { destructionsSince, type CarriedDestruction } from '../retention';
import { asAppError } from './problems';
import { readRecord } from './status-file';
import { snapshotView } from './snapshot-view';
import { goodOnes, listStore, storeSnapshots, takeSnapshot } from './snapshots';

/** What the next start reads to put a restored database in place and record it (main/app/pending-restore.ts). */
export interface RestoreMarker {
  snapshotId: string;
  snapshotAt: string;
  /** Who asked: an administrator in the app, or the first-run wizard on a new PC. */
  by: string;
  via: 'app' | 'first-run' | 'rescue';
  /** The snapshot of the state replaced, so the restore can be undone (in the app only). */
  savedAs: string | null;
  /** Destructions carried out after the snapshot, to carry out again on it (main/services/retention/reapply.ts). */
  destructions?: CarriedDestruction[];
}

/**
 * Writes the restored database and its key file beside the live ones, then
 * the marker, last: until the marker exists nothing is decided, and once it
 * does the next start finishes the swap even after a crash (pending-restore.ts).
 */
async function stage(ctx: ServiceContext, storeDir: string, snapshot: SnapshotInfo, backupKey: Buffer, keys: SnapshotKeys, ring: KeyRing, marker: RestoreMarker): Promise<void> {
  try {
    await restoreSnapshot({ storeDir, id: snapshot.id, backupKey, outFile: join(ctx.dataDir, RESTORE_FILES.database), documentsOut: join(ctx.dataDir, RESTORE_FILES.documents) });
  } catch (err) {
    throw asAppError(err);
  }
  ctx.runtime.keys.stageRestoredKeyFile(keys, ring).commit();
  writeFileAtomic(join(ctx.dataDir, RESTORE_FILES.marker), JSON.stringify(marker, null, 2), 0o600);
}

/**
 * Restores a local snapshot in place: the current state is snapshotted first
 * (`savedAs`, which restores like any other), then the chosen one is written
 * and checked beside the live database, and the desk restarts on it.
 */
export async function restoreInApp(ctx: ServiceContext, id: string): Promise<{ restarting: true; savedAs: string }> {
  const backupKey = ctx.runtime.backupKey();
  const snapshot = goodOnes(await storeSnapshots(ctx)).find((s) => s.id === id);
  if (!snapshot) throw new AppError('NOT_FOUND', 'No such snapshot.');
  const destructions = destructionsSince(ctx.db, snapshot.createdAt);
  const saved = await takeSnapshot(ctx, 'restore');
  const storeDir = localStore(ctx.dataDir);
  const keys = readSnapshotHeader(snapshotFile(storeDir, id)).keys as SnapshotKeys;
  const ring = DataKeyStore.openSnapshotKeysWithBackupKey(keys, backupKey);
  const run = jobsOf(ctx.runtime).start('restore', null, ctx.now(), () =>
    stage(ctx, storeDir, snapshot, backupKey, keys, ring, { snapshotId: id, snapshotAt: snapshot.createdAt, by: ctx.session.operatorName, via: 'app', savedAs: saved.id, destructions }),
  );
  if (!run) throw new AppError('CONFLICT', 'A backup operation is already running.', { reason: 'busy' });
  await run;
  ctx.restart();
  return { restarting: true, savedAs: saved.id };
}

interface OpenedStore {
  storeDir: string;
  backupKey: Buffer;
  snapshots: SnapshotInfo[];
}

/** The backup key of a store, opened with the passphrase through one of its snapshots' keys (the backup key never changes). */
async function openWithPassphrase(storeDir: string, passphrase: string): Promise<Buffer | null> {
  const names = (await readdir(join(storeDir, 'snapshots')).catch(() => [] as string[])).filter((n) => n.endsWith('.snap')).sort().reverse();
  for (const name of names) {
    let keys: SnapshotKeys;
    try {
      keys = readSnapshotHeader(join(storeDir, 'snapshots', name)).keys as SnapshotKeys;
    } catch {
      // A damaged file: another snapshot's keys open the store as well.
      continue;
    }
    try {
      return (await DataKeyStore.openSnapshotKeys(keys, passphrase)).backupKey;
    } catch (err) {
      if (err instanceof WrongPassphraseError) throw new AppError('WRONG_PASSPHRASE', 'That recovery passphrase does not open these backups.');
    }
  }
  return null;
}

/** The stores in a chosen folder (a store, a USB disk's top folder, or one .snap file), opened with the passphrase. */
async function openStores(folder: string, passphrase: string): Promise<{ stores: OpenedStore[]; snapshotId: string | null }> {
  let found: { stores: string[]; snapshotId: string | null };
  try {
    found = await resolveStore(folder);
  } catch (err) {
    throw asAppError(err);
  }
  const stores: OpenedStore[] = [];
  for (const storeDir of found.stores) {
    const backupKey = await openWithPassphrase(storeDir, passphrase);
    if (backupKey) stores.push({ storeDir, backupKey, snapshots: goodOnes(await listStore(storeDir, backupKey)) });
  }
  if (stores.every((s) => s.snapshots.length === 0)) throw new AppError('NOT_FOUND', 'No backup was found in that folder.', { reason: 'noBackups' });
  return { stores, snapshotId: found.snapshotId };
}

export async function findBackups(ctx: ServiceContext, folder: string, passphrase: string) {
  const { stores, snapshotId } = await openStores(folder, passphrase);
  const record = readRecord(ctx.dataDir);
  // A .snap file chosen: that snapshot only.
  const chosen = (s: SnapshotInfo) => snapshotId === null || s.id === snapshotId;
  return { stores: stores.map((s) => ({ folder: s.storeDir, snapshots: s.snapshots.filter(chosen).map((x) => snapshotView(x, record)) })) };
}

/**
 * First run on a new PC (or a desk whose data could not be opened, `rescue`):
 * the chosen snapshot and its keys, opened by the recovery passphrase alone.
 */
export async function restoreFirstRun(ctx: ServiceContext, folder: string, snapshotId: string, passphrase: string, via: 'first-run' | 'rescue' = 'first-run'): Promise<{ restarting: true }> {
  const { stores } = await openStores(folder, passphrase);
  const store = stores.find((s) => s.snapshots.some((x) => x.id === snapshotId));
  const snapshot = store?.snapshots.find((x) => x.id === snapshotId);
  if (!store || !snapshot) throw new AppError('NOT_FOUND', 'No such snapshot in that folder.');
  const keys = readSnapshotHeader(snapshotFile(store.storeDir, snapshotId)).keys as SnapshotKeys;
  const { ring } = await DataKeyStore.openSnapshotKeys(keys, passphrase);
  const run = jobsOf(ctx.runtime).start('restore', null, ctx.now(), () =>
    stage(ctx, store.storeDir, snapshot, store.backupKey, keys, ring, { snapshotId, snapshotAt: snapshot.createdAt, by: via === 'rescue' ? 'rescue' : 'setup', via, savedAs: null }),
  );
  if (!run) throw new AppError('CONFLICT', 'A restore is already running.', { reason: 'busy' });
  try {
    await run;
  } finally {
    for (const { key } of ring.keys) key.fill(0);
  }
  ctx.restart({ unsealPassphrase: passphrase });
  return { restarting: true };
}
