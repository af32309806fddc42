import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshot, listSnapshots, restoreSnapshot, verifySnapshot, type SnapshotInfo } from '../../main/backup';
import { backupKeys, chunkIdOf } from '../../main/backup/crypto';
import { encodeChunk } from '../../main/backup/chunk-record';
import { encodeSnap, readManifest } from '../../main/backup/manifest';
import { PackWriter } from '../../main/backup/pack-writer';
import { makeDb, sha256File } from '../helpers/backup-db';

let dir: string;
let storeDir: string;
let out: string;
let info: SnapshotInfo;
const key = randomBytes(32);
const snap = () => join(storeDir, 'snapshots', `${info.id}.snap`);
const packs = () => readdirSync(join(storeDir, 'packs')).filter((n) => n.endsWith('.pack')).map((n) => join(storeDir, 'packs', n));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rd-backup-bad-'));
  storeDir = join(dir, 'store');
  out = join(dir, 'out', 'restored.sqlite3');
  const dbFile = join(dir, 'reception.sqlite3');
  makeDb(dbFile, { people: 4000 });
  (await import('node:fs')).mkdirSync(join(dir, 'out'));
  info = await createSnapshot({ dbFile, storeDir, backupKey: key, keysHeader: null, reason: 'manual', appVersion: 't', deviceId: 'dev-0001' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A refused restore leaves the target folder as it was: no output, no temp. */
async function refused(reason: string, backupKey = key) {
  await expect(restoreSnapshot({ storeDir, id: info.id, backupKey, outFile: out })).rejects.toMatchObject({ reason });
  expect(readdirSync(join(dir, 'out'))).toEqual([]);
  expect(existsSync(join(storeDir, 'lock'))).toBe(false);
}

function flipByte(file: string, at: number) {
  const buf = readFileSync(file);
  buf[at] = (buf[at] as number) ^ 0x01;
  writeFileSync(file, buf);
}

describe('backup engine: damaged or foreign snapshots are refused', () => {
  it('refuses a flipped byte in a pack (chunk-damaged), and verify says so', async () => {
    const pack = packs()[0] as string;
    flipByte(pack, Math.floor(statSync(pack).size / 2));
    await refused('chunk-damaged');
    expect(await verifySnapshot(storeDir, info.id, key)).toMatchObject({ ok: false, reason: 'chunk-damaged' });
  });

  it('refuses a flipped byte in the manifest (manifest-damaged), and lists the snapshot as damaged', async () => {
    const text = readFileSync(snap(), 'utf8');
    const at = text.indexOf('"body":"') + 40;
    writeFileSync(snap(), text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    await refused('manifest-damaged');
    expect(await listSnapshots(storeDir, key)).toMatchObject([{ status: 'damaged', id: info.id, reason: 'manifest-damaged' }]);
  });

  it('refuses a manifest cut short (a torn copy)', async () => {
    writeFileSync(snap(), readFileSync(snap()).subarray(0, 200));
    await refused('manifest-damaged');
  });

  it('refuses a missing pack (chunk-missing)', async () => {
    for (const p of packs()) unlinkSync(p);
    await refused('chunk-missing');
  });

  it('refuses with another backup key (wrong-key)', async () => {
    await refused('wrong-key', randomBytes(32));
    expect(await listSnapshots(storeDir, randomBytes(32))).toMatchObject([{ status: 'damaged', reason: 'wrong-key' }]);
  });

  it('refuses a store or snapshot written by a newer app (newer-format)', async () => {
    const text = JSON.parse(readFileSync(snap(), 'utf8')) as { format: number };
    writeFileSync(snap(), JSON.stringify({ ...text, format: 2 }));
    await refused('newer-format');
    const storeJson = join(storeDir, 'store.json');
    writeFileSync(storeJson, JSON.stringify({ ...JSON.parse(readFileSync(storeJson, 'utf8')), format: 2 }));
    await expect(restoreSnapshot({ storeDir, id: info.id, backupKey: key, outFile: out })).rejects.toMatchObject({ reason: 'newer-format' });
  });

  it('refuses chunks that do not add up to the recorded file (checksum)', async () => {
    const keys = backupKeys(key);
    const manifest = readManifest(keys, snap());
    writeFileSync(snap(), encodeSnap(keys, { ...manifest, sha256: sha256File(Buffer.from('another file')) }, null));
    await refused('checksum');
  });

  it('refuses a restored file that is not a sound database (integrity)', async () => {
    // A "snapshot" of bytes that are no database, sealed with the right key and checksum: only the integrity check can catch it.
    const keys = backupKeys(key);
    const junk = Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(4096 * 4 - 16)]);
    const writer = new PackWriter(join(storeDir, 'packs'));
    const ids = [0, 1].map((i) => {
      const plain = junk.subarray(i * 8192, i * 8192 + 8192);
      const id = chunkIdOf(keys, plain);
      writer.add(id, encodeChunk(keys, id, plain));
      return id;
    });
    writer.finish();
    const manifest = readManifest(keys, snap());
    writeFileSync(snap(), encodeSnap(keys, { ...manifest, dbBytes: junk.length, sha256: sha256File(junk), chunkCount: 2, chunkIds: Buffer.concat(ids).toString('base64') }, null));
    await refused('integrity');
  });

  it('leaves an existing file at the output path untouched when refusing', async () => {
    writeFileSync(out, 'the current database');
    const pack = packs()[0] as string;
    const fd = openSync(pack, 'r+');
    writeSync(fd, Buffer.alloc(64), 0, 64, 100);
    closeSync(fd);
    await expect(restoreSnapshot({ storeDir, id: info.id, backupKey: key, outFile: out })).rejects.toMatchObject({ reason: 'chunk-damaged' });
    expect(readdirSync(join(dir, 'out'))).toEqual(['restored.sqlite3']);
    expect(readFileSync(out, 'utf8')).toBe('the current database');
  });
});
