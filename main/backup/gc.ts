import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { backupKeys } from './crypto';
import { BackupError } from './errors';
import { chunkIdList, readManifest, type Manifest } from './manifest';
import { documentChunkIds } from './documents';
import { buildIndex, readPackTables, type PackTable } from './pack-index';
import { PackReader } from './pack-reader';
import { PackWriter } from './pack-writer';
import { stopIfCancelled, type OpContext } from './progress';
import { selectRetained, type RetentionPolicy } from './retention';
import { fsyncDir, readStoreInfo, removeLeftovers, storePaths } from './store-files';

export interface RetentionResult {
  removed: string[];
  kept: string[];
  freedBytes: number;
  /** Packs rewritten because most of their bytes were dead. */
  repacked: number;
}

/** A pack with less than this share of live bytes is rewritten, so removed snapshots really give their space back. */
export const REPACK_BELOW = 0.3;

const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/** Every readable manifest of the store. A damaged one is skipped (it cannot be restored, so it holds nothing live); a wrong key or a newer format stops everything. */
function readManifests(storeDir: string, backupKey: Buffer): Manifest[] {
  const keys = backupKeys(backupKey);
  const dir = storePaths(storeDir).snapshots;
  const manifests: Manifest[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.snap')) : []) {
    try {
      manifests.push(readManifest(keys, join(dir, name)));
    } catch (err) {
      if (err instanceof BackupError && err.reason === 'manifest-damaged') continue;
      throw err;
    }
  }
  return manifests;
}

function removePack(packsDir: string, packId: string): number {
  const freed = size(join(packsDir, `${packId}.pack`)) + size(join(packsDir, `${packId}.idx`));
  // Index first: a crash in between leaves a pack without index, which clean-up removes.
  unlinkSync(join(packsDir, `${packId}.idx`));
  unlinkSync(join(packsDir, `${packId}.pack`));
  return freed;
}

/**
 * Retention, then garbage collection (DESIGN12.md): manifests removed first
 * (durably), then packs no kept snapshot needs are deleted and mostly-dead
 * packs rewritten. A live chunk is never dropped: a pack goes only after the
 * new pack holding its live chunks is in place.
 */
export function runRetention(job: { storeDir: string; backupKey: Buffer; policy: RetentionPolicy; now: string }, ctx: OpContext): RetentionResult {
  readStoreInfo(job.storeDir);
  removeLeftovers(job.storeDir);
  const paths = storePaths(job.storeDir);
  const manifests = readManifests(job.storeDir, job.backupKey);
  const { keep, remove } = selectRetained(manifests, job.policy, new Date(job.now));
  let freedBytes = 0;
  for (const id of remove) {
    const file = join(paths.snapshots, `${id}.snap`);
    freedBytes += size(file);
    unlinkSync(file);
  }
  if (remove.length > 0) fsyncDir(paths.snapshots);
  stopIfCancelled(ctx);

  const kept = new Set(keep);
  const live = new Set<string>();
  for (const m of manifests) if (kept.has(m.id)) for (const id of [...chunkIdList(m), ...documentChunkIds(m)]) live.add(id.toString('hex'));
  const tables = readPackTables(paths.packs);
  const index = buildIndex(tables);
  const sparse: PackTable[] = [];
  for (const t of tables) {
    // A chunk counts as live only where the index reads it from: a copy in a second pack (a repack cut short) is dead weight.
    const liveEntries = t.entries.filter((e) => live.has(e.id.toString('hex')) && index.get(e.id.toString('hex'))?.packId === t.packId);
    const packBytes = size(join(paths.packs, `${t.packId}.pack`));
    const liveBytes = liveEntries.reduce((n, e) => n + e.length, 0);
    if (liveBytes === 0) freedBytes += removePack(paths.packs, t.packId);
    else if (liveBytes < packBytes * REPACK_BELOW) sparse.push({ packId: t.packId, entries: liveEntries });
  }
  if (sparse.length > 0) {
    const writer = new PackWriter(paths.packs);
    const reader = new PackReader(paths.packs);
    try {
      for (const t of sparse) {
        stopIfCancelled(ctx);
        for (const e of t.entries) freedBytes -= writer.add(e.id, reader.read({ packId: t.packId, offset: e.offset, length: e.length }));
      }
      const written = writer.finish();
      freedBytes -= written.reduce((n, p) => n + size(join(paths.packs, `${p.packId}.idx`)), 0);
    } catch (err) {
      writer.abort();
      throw err;
    } finally {
      reader.close();
    }
    for (const t of sparse) freedBytes += removePack(paths.packs, t.packId);
  }
  fsyncDir(paths.packs);
  return { removed: remove, kept: keep, freedBytes, repacked: sparse.length };
}
