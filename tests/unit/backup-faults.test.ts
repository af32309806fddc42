import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshot, listSnapshots, restoreSnapshot, syncToTarget, targetStoreDir, type SnapshotInfo } from '../../main/backup';
import { addRows, counts, integrity, makeDb, sha256File } from '../helpers/backup-db';

const CHILD = resolve(import.meta.dirname, '..', 'helpers', 'backup-snapshot-child.ts');
const key = randomBytes(32);
let dir: string;
let dbFile: string;
let storeDir: string;
const mounts: string[] = [];

/** A small tmpfs: a disk that really fills up. Needs root (mount(2)); elsewhere the tests that need one are skipped, saying why. */
function mountTmpfs(path: string, sizeMb: number, readOnly = false): void {
  mkdirSync(path, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m${readOnly ? ',ro' : ''}`, 'tmpfs', path]);
  if (r.status !== 0) throw new Error(`mount failed: ${r.stderr}`);
  mounts.push(path);
}
const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'rd-mount-probe-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  if (!ok) console.warn('backup-faults: cannot mount a tmpfs here (not root / EPERM): the full-disk and read-only tests are skipped.');
  return ok;
})();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rd-backup-fault-'));
  dbFile = join(dir, 'reception.sqlite3');
  storeDir = join(dir, 'store');
});
afterEach(() => {
  for (const m of mounts.splice(0).reverse()) spawnSync('umount', ['-l', m]);
  rmSync(dir, { recursive: true, force: true });
});

const snapshot = (extra: { storeDir?: string; tempDir?: string; now?: Date } = {}) =>
  createSnapshot({ dbFile, storeDir, backupKey: key, keysHeader: null, reason: 'scheduled', appVersion: 't', deviceId: 'dev-0001', ...extra });

async function restoresWhole(info: SnapshotInfo, from = storeDir) {
  const out = join(dir, `check-${info.id}.sqlite3`);
  await restoreSnapshot({ storeDir: from, id: info.id, backupKey: key, outFile: out });
  expect(sha256File(readFileSync(out))).toBe(info.sha256);
  expect(counts(out).people).toBe(info.counts.people);
  rmSync(out);
}

/** Files of a store with their sizes: to show a failure changed nothing. */
function listing(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, n.name);
      if (n.isDirectory()) walk(p);
      else out.push(`${p.slice(root.length)}:${statSync(p).size}`);
    }
  };
  walk(root);
  return out.sort();
}
const temps = (root: string) => listing(root).filter((f) => /\.tmp:|\/tmp\/[^:]+:/.test(f));

function grow(people: number, blobBytes: number) {
  const db = new Database(dbFile);
  addRows(db, people, blobBytes);
  db.close();
}

describe('backup engine: process killed during a snapshot', () => {
  for (const killAt of ['copy', 'chunk'] as const) {
    it(`kill -9 during the ${killAt} phase: the source is sound with every committed row, earlier snapshots restore, the next snapshot succeeds and cleans up`, { timeout: 180_000 }, async () => {
      makeDb(dbFile, { people: 4000, blobBytes: 5000 });
      const earlier = await snapshot();
      grow(16000, 5000); // about 100 MB
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ dbFile, storeDir, key: key.toString('hex'), packLimit: 8 * 1024 * 1024 })], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      // The desk keeps writing while the backup runs.
      const writer = new Database(dbFile);
      writer.pragma('busy_timeout = 5000');
      let committed = counts(dbFile).people as number;
      let killed = false;
      const lines = createInterface({ input: child.stdout });
      for await (const line of lines) {
        const p = JSON.parse(line) as { phase?: string; done?: number; total?: number };
        addRows(writer, 5, 300);
        committed += 5;
        const due = killAt === 'copy' ? p.phase === 'copy' : p.phase === 'chunk' && (p.done ?? 0) > (p.total ?? 1) * 0.4;
        if (due) {
          child.kill('SIGKILL');
          killed = true;
          break;
        }
      }
      lines.close();
      await exited;
      expect(killed).toBe(true);
      addRows(writer, 5, 300);
      committed += 5;
      writer.close();

      expect(integrity(dbFile)).toBe('ok');
      expect(counts(dbFile).people).toBe(committed);
      expect((await listSnapshots(storeDir, key)).map((s) => s.id)).toEqual([earlier.id]);
      await restoresWhole(earlier);
      const next = await snapshot();
      expect(next.counts.people).toBe(committed);
      expect(temps(storeDir)).toEqual([]);
      expect(listing(storeDir).filter((f) => f.startsWith('/lock'))).toEqual([]);
      await restoresWhole(next);
      await restoresWhole(earlier);
    });
  }
});

describe.skipIf(!canMount)('backup engine: a full disk', () => {
  it('fails cleanly when the temp copy does not fit, and when the packs do not: earlier snapshots intact and restorable', async () => {
    mountTmpfs(storeDir, 20);
    makeDb(dbFile, { people: 1600, blobBytes: 5000 }); // about 8 MB, incompressible
    const earlier = await snapshot();
    const before = listing(storeDir);
    grow(3200, 5000); // about 24 MB: the copy alone overflows the 12 MB left
    await expect(snapshot()).rejects.toMatchObject({ reason: 'disk-full' });
    expect(listing(storeDir)).toEqual(before.filter((f) => !f.startsWith('/lock')));
    // The copy elsewhere, the packs on the full disk: ENOSPC while writing a pack.
    const tempDir = join(dir, 'tmp-elsewhere');
    mkdirSync(tempDir);
    await expect(snapshot({ tempDir })).rejects.toMatchObject({ reason: 'disk-full' });
    expect(listing(storeDir)).toEqual(before.filter((f) => !f.startsWith('/lock')));
    expect(readdirSync(tempDir)).toEqual([]);
    expect((await listSnapshots(storeDir, key)).map((s) => s.id)).toEqual([earlier.id]);
    await restoresWhole(earlier);
  });
});

describe('backup engine: a second place', () => {
  it('copies the store to a folder, only what is missing the next time, and restores from there', async () => {
    makeDb(dbFile, { people: 20000 });
    const first = await snapshot({ now: new Date(2026, 0, 1, 12) });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const one = await syncToTarget({ storeDir, targetRoot: usb, deviceId: 'dev-0001-xyz', backupKey: key, now: new Date(2026, 0, 1, 13) });
    expect(one).toMatchObject({ ok: true, snapshots: 1 });
    grow(10, 200);
    const second = await snapshot({ now: new Date(2026, 0, 2, 12) });
    const two = await syncToTarget({ storeDir, targetRoot: usb, deviceId: 'dev-0001-xyz', backupKey: key, now: new Date(2026, 0, 2, 13) });
    expect(two).toMatchObject({ ok: true, snapshots: 2 });
    if (!one.ok || !two.ok) throw new Error('sync failed');
    expect(two.copiedBytes).toBeLessThan(one.copiedBytes / 4);
    const there = targetStoreDir(usb, 'dev-0001-xyz');
    expect(there).toBe(join(usb, 'ReceptionDesk-dev-0001'));
    expect(temps(there)).toEqual([]);
    await restoresWhole(first, there);
    await restoresWhole(second, there);
    // Retention is mirrored there.
    const three = await syncToTarget({ storeDir, targetRoot: usb, deviceId: 'dev-0001-xyz', backupKey: key, policy: { daily: 0, weekly: 0, monthly: 0 }, now: new Date(2026, 0, 2, 14) });
    expect(three).toMatchObject({ ok: true, copiedBytes: 0, snapshots: 1 });
  });

  it('says a missing target is missing, and touches nothing', async () => {
    makeDb(dbFile, { people: 500 });
    await snapshot();
    const before = listing(storeDir);
    expect(await syncToTarget({ storeDir, targetRoot: join(dir, 'unplugged'), deviceId: 'dev-0001', backupKey: key })).toMatchObject({ ok: false, reason: 'missing' });
    expect(listing(storeDir)).toEqual(before);
  });

  it.skipIf(!canMount)('says a full target is full and a read-only one is read-only; the local store stays untouched', async () => {
    makeDb(dbFile, { people: 1600, blobBytes: 5000 });
    const info = await snapshot();
    const before = listing(storeDir);
    const small = join(dir, 'small-usb');
    mountTmpfs(small, 4);
    const full = await syncToTarget({ storeDir, targetRoot: small, deviceId: 'dev-0001', backupKey: key });
    expect(full).toMatchObject({ ok: false, reason: 'full' });
    expect(temps(small)).toEqual([]);
    expect(listing(storeDir)).toEqual(before);

    const ro = join(dir, 'ro-usb');
    mountTmpfs(ro, 16, true);
    expect(await syncToTarget({ storeDir, targetRoot: ro, deviceId: 'dev-0001', backupKey: key })).toMatchObject({ ok: false, reason: 'read-only' });

    // A stick that was fine, then turned read-only (write-protect switch; a failing medium remounted ro).
    const turned = join(dir, 'turned-usb');
    mountTmpfs(turned, 32);
    expect(await syncToTarget({ storeDir, targetRoot: turned, deviceId: 'dev-0001', backupKey: key })).toMatchObject({ ok: true });
    expect(spawnSync('mount', ['-o', 'remount,ro', turned]).status).toBe(0);
    grow(10, 200);
    await snapshot();
    const after = listing(storeDir);
    expect(await syncToTarget({ storeDir, targetRoot: turned, deviceId: 'dev-0001', backupKey: key })).toMatchObject({ ok: false, reason: 'read-only' });
    expect(listing(storeDir)).toEqual(after);
    // What reached it before still restores from there (read-only media need no lock).
    await restoresWhole(info, targetStoreDir(turned, 'dev-0001'));
  });
});
