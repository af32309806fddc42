import { createHash } from 'node:crypto';
import { backupKeys } from './crypto';
import { decodeChunk } from './chunk-record';
import { BackupError } from './errors';
import { chunkIdList, readManifest, type Manifest } from './manifest';
import { buildIndex, readPackTables, type ChunkLocation } from './pack-index';
import { PackReader } from './pack-reader';
import { stopIfCancelled, throttled, type OpContext, type Phase } from './progress';
import { readStoreInfo, snapFile, storePaths } from './store-files';

/** A snapshot's manifest and where each of its chunks lies; refuses before any read when a chunk is not in the store. */
export function openSnapshot(storeDir: string, id: string, backupKey: Buffer): { manifest: Manifest; locations: ChunkLocation[]; ids: Buffer[] } {
  readStoreInfo(storeDir);
  if (!/^[\w-]+$/.test(id)) throw new BackupError('not-found', `${id} is not a snapshot id.`);
  const keys = backupKeys(backupKey);
  const manifest = readManifest(keys, snapFile(storeDir, id));
  const ids = chunkIdList(manifest);
  const index = buildIndex(readPackTables(storePaths(storeDir).packs));
  const locations = ids.map((chunkId) => {
    const loc = index.get(chunkId.toString('hex'));
    if (!loc) throw new BackupError('chunk-missing', `The chunk ${chunkId.toString('hex')} of ${id} is not in the store.`);
    return loc;
  });
  return { manifest, locations, ids };
}

/**
 * Every chunk of a snapshot in file order, each decrypted and checked against
 * its id; then the whole file's length and SHA-256 against the manifest.
 */
export function readSnapshotChunks(storeDir: string, id: string, backupKey: Buffer, ctx: OpContext, phase: Phase, onChunk: (plain: Buffer) => void): Manifest {
  const { manifest, locations, ids } = openSnapshot(storeDir, id, backupKey);
  const keys = backupKeys(backupKey);
  const reader = new PackReader(storePaths(storeDir).packs);
  const hash = createHash('sha256');
  const report = throttled(ctx, phase, manifest.dbBytes);
  let bytes = 0;
  try {
    locations.forEach((loc, i) => {
      if (i % 64 === 0) stopIfCancelled(ctx);
      const plain = decodeChunk(keys, reader.read(loc), ids[i] as Buffer);
      hash.update(plain);
      onChunk(plain);
      bytes += plain.length;
      report(bytes);
    });
  } finally {
    reader.close();
  }
  if (bytes !== manifest.dbBytes || hash.digest('hex') !== manifest.sha256) {
    throw new BackupError('checksum', `The chunks of ${id} do not add up to the file the snapshot recorded (length or SHA-256 differs).`);
  }
  return manifest;
}
