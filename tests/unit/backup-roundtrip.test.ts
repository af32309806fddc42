import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BackupError,
  createSnapshot,
  listSnapshots,
  pingWorker,
  readSnapshotHeader,
  resolveStore,
  restoreSnapshot,
  storeUsage,
  verifySnapshot,
  type BackupProgress,
} from '../../main/backup';
import { StoreLock } from '../../main/backup/lock';
import { addRows, counts, makeDb, sha256File } from '../helpers/backup-db';

let dir: string;
let dbFile: string;
let storeDir: string;
const key = randomBytes(32);
const base = () => ({ dbFile, storeDir, backupKey: key, keysHeader: { dataKeys: { '1': 'wrapped' }, current: 1 }, reason: 'manual', appVersion: '0.1.0', deviceId: 'a1b2c3d4-desk' });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-backup-'));
  dbFile = join(dir, 'reception.sqlite3');
  storeDir = join(dir, 'store');
  makeDb(dbFile, { people: 3000 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const leftovers = () => [...readdirSync(join(storeDir, 'tmp')), ...readdirSync(join(storeDir, 'packs')), ...readdirSync(dir)].filter((n) => n.endsWith('.tmp') || n.endsWith('.sqlite3-journal'));

describe('backup engine: snapshot and restore', () => {
  it('starts its worker from the sources (tsx)', async () => {
    expect(await pingWorker()).toBe('pong');
  });

  it('restores a snapshot to the exact file it recorded, with the same rows, audit head and progress on the way', async () => {
    const phases = new Set<string>();
    const info = await createSnapshot({ ...base(), extra: { seal: { deviceSeq: 3000 } }, onProgress: (p: BackupProgress) => phases.add(p.phase) });
    expect([...phases]).toEqual(['copy', 'check', 'chunk', 'readback']);
    expect(info).toMatchObject({ integrity: 'integrity_check', schemaVersion: 10, pageSize: 4096, counts: { people: 3000, visits: 3000, audit_log: 3000 }, extra: { seal: { deviceSeq: 3000 } } });
    expect(info.auditHead).toMatchObject({ deviceId: 'device-1', deviceSeq: 3000 });
    expect(info.newChunks).toBe(info.chunkCount);

    const out = join(dir, 'restored.sqlite3');
    const restored = await restoreSnapshot({ storeDir, id: info.id, backupKey: key, outFile: out });
    expect(restored.id).toBe(info.id);
    const bytes = readFileSync(out);
    expect(bytes.length).toBe(info.dbBytes);
    expect(sha256File(bytes)).toBe(info.sha256);
    expect(counts(out)).toEqual(counts(dbFile));
    const rows = (f: string) => new Database(f, { readonly: true }).prepare('SELECT id, name, hex(note) AS note FROM people ORDER BY id').all();
    expect(rows(out)).toEqual(rows(dbFile));
    expect(leftovers()).toEqual([]);
    expect(readSnapshotHeader(join(storeDir, 'snapshots', `${info.id}.snap`))).toEqual({ id: info.id, keys: base().keysHeader });
  });

  it('stores only the changed chunks of a next snapshot, and each snapshot restores whole on its own', async () => {
    makeDb((dbFile = join(dir, 'bigger.sqlite3')), { people: 20000 });
    const first = await createSnapshot(base());
    const db = new Database(dbFile);
    addRows(db, 20);
    db.prepare("UPDATE people SET name = '改名' WHERE id = 7").run();
    db.close();
    const second = await createSnapshot(base());
    expect(second.chunkCount).toBeGreaterThan(80);
    expect(second.newChunks).toBeGreaterThan(0);
    // The changed pages: the new rows' leaves and index entries, the updated row, the header, b-tree parents.
    expect(second.newChunks).toBeLessThanOrEqual(10);
    expect(second.newBytes).toBeLessThan(first.newBytes / 8);
    expect((await listSnapshots(storeDir, key)).map((s) => s.id)).toEqual([second.id, first.id]);
    for (const s of [first, second]) {
      const out = join(dir, `${s.id}.sqlite3`);
      await restoreSnapshot({ storeDir, id: s.id, backupKey: key, outFile: out });
      expect(sha256File(readFileSync(out))).toBe(s.sha256);
      expect(counts(out).people).toBe(s.counts.people);
    }
    expect(first.counts.people).toBe(20000);
    expect(second.counts.people).toBe(20020);
  });

  it('verifies a snapshot by re-reading every chunk', async () => {
    const info = await createSnapshot(base());
    const seen: number[] = [];
    expect(await verifySnapshot(storeDir, info.id, key, (p) => seen.push(p.done))).toMatchObject({ ok: true, info: { id: info.id } });
    expect(seen.at(-1)).toBe(info.dbBytes);
  });

  it('stops on cancel with nothing added to the store and no temp left', async () => {
    makeDb((dbFile = join(dir, 'big.sqlite3')), { people: 20000, blobBytes: 600 });
    const before = await createSnapshot(base());
    const db = new Database(dbFile);
    db.prepare('UPDATE people SET note = randomblob(600)').run();
    db.close();
    const packsBefore = readdirSync(join(storeDir, 'packs')).sort();
    const abort = new AbortController();
    const run = createSnapshot({ ...base(), packLimit: 256 * 1024, signal: abort.signal, onProgress: (p) => p.phase === 'chunk' && p.done > 0 && abort.abort() });
    await expect(run).rejects.toMatchObject({ reason: 'cancelled' });
    expect(readdirSync(join(storeDir, 'packs')).sort()).toEqual(packsBefore);
    expect((await listSnapshots(storeDir, key)).map((s) => s.id)).toEqual([before.id]);
    expect(leftovers()).toEqual([]);
    expect(existsSync(join(storeDir, 'lock'))).toBe(false);
  });

  it('lets one operation run at a time, and takes over a lock whose process is gone', async () => {
    const held = StoreLock.acquire(storeDir);
    await expect(createSnapshot(base())).rejects.toMatchObject({ reason: 'locked' });
    held.release();
    // A lock left by a process that no longer exists (pid 2^22 + 1 is above Linux's pid_max).
    writeFileSync(join(storeDir, 'lock'), JSON.stringify({ pid: 4194305, host: (await import('node:os')).hostname(), token: 'x', since: new Date().toISOString() }));
    await expect(createSnapshot(base())).resolves.toMatchObject({ reason: 'manual' });
  });

  it('finds stores from a store folder, a parent folder of stores, or one .snap file', async () => {
    const info = await createSnapshot(base());
    expect(await resolveStore(storeDir)).toEqual({ stores: [storeDir], snapshotId: null });
    const usb = join(dir, 'usb');
    const other = join(usb, 'ReceptionDesk-a1b2c3d4');
    await createSnapshot({ ...base(), storeDir: other });
    await createSnapshot({ ...base(), storeDir: join(usb, 'ReceptionDesk-ffff0000') });
    expect(await resolveStore(usb)).toEqual({ stores: [other, join(usb, 'ReceptionDesk-ffff0000')], snapshotId: null });
    expect(await resolveStore(join(storeDir, 'snapshots', `${info.id}.snap`))).toEqual({ stores: [storeDir], snapshotId: info.id });
    await expect(resolveStore(join(dir, 'nowhere'))).rejects.toMatchObject({ reason: 'not-found' });
    await expect(resolveStore(dir)).rejects.toMatchObject({ reason: 'not-a-store' });
    await expect(resolveStore(dbFile)).rejects.toMatchObject({ reason: 'not-a-store' });
  });

  it('reports the space the store uses and the space left', async () => {
    await createSnapshot(base());
    const usage = await storeUsage(storeDir);
    expect(usage.snapshotCount).toBe(1);
    expect(usage.packBytes).toBeGreaterThan(100_000);
    expect(usage.totalBytes).toBe(usage.packBytes + usage.indexBytes + usage.snapshotBytes);
    expect(usage.freeBytes).toBeGreaterThan(0);
    expect(usage.volumeBytes).toBeGreaterThanOrEqual(usage.freeBytes);
  });

  it('refuses a snapshot of a source that is not there', async () => {
    await expect(createSnapshot({ ...base(), dbFile: join(dir, 'missing.sqlite3') })).rejects.toBeInstanceOf(BackupError);
    await expect(createSnapshot({ ...base(), dbFile: join(dir, 'missing.sqlite3') })).rejects.toMatchObject({ reason: 'source' });
  });
});
