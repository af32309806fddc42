import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRetention, createSnapshot, listSnapshots, restoreSnapshot, selectRetained, storeUsage, type RetentionItem } from '../../main/backup';
import { addRows, counts, makeDb, sha256File } from '../helpers/backup-db';

/** Local time, as a person reads the calendar (the rules bucket by local day, week and month). */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();
const item = (id: string, createdAt: string, reason = 'scheduled'): RetentionItem => ({ id, createdAt, reason });

describe('selectRetained', () => {
  it('keeps the newest of each of the last N days, weeks and months that have snapshots', () => {
    // Every day from 1 Jan to 31 Mar 2026, twice a day.
    const list: RetentionItem[] = [];
    for (let t = new Date(2026, 0, 1); t <= new Date(2026, 2, 31); t.setDate(t.getDate() + 1)) {
      list.push(item(`m-${t.getMonth() + 1}-${t.getDate()}`, at(t.getFullYear(), t.getMonth() + 1, t.getDate(), 9)));
      list.push(item(`e-${t.getMonth() + 1}-${t.getDate()}`, at(t.getFullYear(), t.getMonth() + 1, t.getDate(), 18)));
    }
    const { keep, remove } = selectRetained(list, { daily: 3, weekly: 2, monthly: 3 }, new Date(2026, 2, 31, 20));
    // Days: 31, 30, 29 Mar (evenings). Weeks: ISO week of Mon 30 Mar (newest: 31 Mar) and of Mon 23 Mar (newest: Sun 29 Mar).
    // Months: March (31st), February (28th), January (31st). And everything of the last 24 hours: this morning's too.
    expect(keep.sort()).toEqual(['e-1-31', 'e-2-28', 'e-3-29', 'e-3-30', 'e-3-31', 'm-3-31'].sort());
    expect(keep.length + remove.length).toBe(list.length);
  });

  it('keeps every snapshot of the last 24 hours, then one a day (a manual one this morning is there to restore this afternoon)', () => {
    const list = [item('yesterday-9', at(2026, 3, 1, 9)), item('yesterday-18', at(2026, 3, 1, 18)), item('today-9', at(2026, 3, 2, 9)), item('today-12', at(2026, 3, 2, 12))];
    const { keep } = selectRetained(list, { daily: 7, weekly: 0, monthly: 0 }, new Date(2026, 2, 2, 13));
    expect(keep.sort()).toEqual(['today-12', 'today-9', 'yesterday-18'].sort());
  });

  it('counts only periods that have a snapshot: a month switched off does not empty the history', () => {
    const list = [item('a', at(2026, 1, 10)), item('b', at(2026, 1, 11)), item('c', at(2026, 3, 1))];
    expect(selectRetained(list, { daily: 2, weekly: 0, monthly: 0 }, new Date(2026, 2, 2)).keep.sort()).toEqual(['b', 'c']);
  });

  it('always keeps the newest, restore and migration snapshots for 30 days, and anything whose time it cannot read', () => {
    const list = [
      item('old-restore', at(2026, 1, 1), 'restore'),
      item('recent-migration', at(2026, 2, 20), 'migration'),
      item('x', 'not a date'),
      item('plain', at(2026, 2, 21)),
      item('newest', at(2026, 3, 1)),
    ];
    const { keep, remove } = selectRetained(list, { daily: 0, weekly: 0, monthly: 0 }, new Date(2026, 2, 2));
    expect(keep.sort()).toEqual(['newest', 'recent-migration', 'x']);
    expect(remove.sort()).toEqual(['old-restore', 'plain']);
  });

  it('buckets ISO weeks across a year end (Mon 29 Dec 2025 – Sun 4 Jan 2026 is one week)', () => {
    const list = [item('mon', at(2025, 12, 29)), item('sun', at(2026, 1, 4)), item('prev', at(2025, 12, 28))];
    expect(selectRetained(list, { daily: 0, weekly: 2, monthly: 0 }, new Date(2026, 0, 5)).keep.sort()).toEqual(['prev', 'sun']);
  });
});

describe('applyRetention', () => {
  let dir: string;
  let dbFile: string;
  let storeDir: string;
  const key = randomBytes(32);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rd-backup-ret-'));
    dbFile = join(dir, 'reception.sqlite3');
    storeDir = join(dir, 'store');
    makeDb(dbFile, { people: 3000, blobBytes: 400 });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const snapshotOn = (day: number, reason = 'scheduled', packLimit = 128 * 1024) =>
    createSnapshot({ dbFile, storeDir, backupKey: key, keysHeader: null, reason, appVersion: 't', deviceId: 'dev-0001', now: new Date(2026, 0, day, 12), packLimit });

  it('removes what the policy drops, frees their packs, and every kept snapshot still restores whole', async () => {
    const taken = [];
    for (let day = 1; day <= 10; day++) {
      const db = new Database(dbFile);
      addRows(db, 300, 400);
      // Rewrites many existing pages each day, so old snapshots own chunks no later one shares.
      db.prepare('UPDATE people SET note = randomblob(400) WHERE id % 10 = ?').run(day % 10);
      db.close();
      taken.push(await snapshotOn(day));
    }
    const before = await storeUsage(storeDir);
    const result = await applyRetention(storeDir, key, { daily: 3, weekly: 0, monthly: 0 }, new Date(2026, 0, 10, 13));
    expect(result.kept.sort()).toEqual(taken.slice(7).map((s) => s.id).sort());
    expect(result.removed.sort()).toEqual(taken.slice(0, 7).map((s) => s.id).sort());
    const after = await storeUsage(storeDir);
    expect(after.snapshotCount).toBe(3);
    expect(result.freedBytes).toBe(before.totalBytes - after.totalBytes);
    expect(after.totalBytes).toBeLessThan(before.totalBytes * 0.7);
    for (const s of taken.slice(7)) {
      const out = join(dir, `${s.id}.sqlite3`);
      await restoreSnapshot({ storeDir, id: s.id, backupKey: key, outFile: out });
      expect(sha256File(readFileSync(out))).toBe(s.sha256);
      expect(counts(out).people).toBe(s.counts.people);
    }
  });

  it('rewrites a pack whose chunks are mostly dead, keeping its live ones', async () => {
    makeDb((dbFile = join(dir, 'blobs.sqlite3')), { people: 3000, blobBytes: 2000 });
    const setup = new Database(dbFile);
    // Pages of one table written together: chunks that stay the same when every person's row changes (about 10 % of the file).
    setup.exec('CREATE TABLE archive (id INTEGER PRIMARY KEY, data BLOB); INSERT INTO archive (data) SELECT randomblob(2000) FROM people WHERE id <= 300');
    setup.close();
    // One pack for the whole first snapshot.
    const first = await snapshotOn(1, 'scheduled', 64 * 1024 * 1024);
    const db = new Database(dbFile);
    // Every person's row changes (their pages sit between those of visits and audit_log): the first pack keeps only archive's chunks live.
    db.prepare('UPDATE people SET note = randomblob(2000)').run();
    db.close();
    const second = await snapshotOn(2, 'scheduled', 64 * 1024 * 1024);
    const packsBefore = readdirSync(join(storeDir, 'packs'));
    const result = await applyRetention(storeDir, key, { daily: 1, weekly: 0, monthly: 0 }, new Date(2026, 0, 3));
    expect(result.removed).toEqual([first.id]);
    expect(result.repacked).toBe(1);
    // The old pack and its index gave way to a smaller pack with an index.
    expect(readdirSync(join(storeDir, 'packs'))).toHaveLength(packsBefore.length);
    expect(readdirSync(join(storeDir, 'packs'))).not.toEqual(packsBefore);
    expect((await listSnapshots(storeDir, key)).map((s) => s.id)).toEqual([second.id]);
    const out = join(dir, 'second.sqlite3');
    await restoreSnapshot({ storeDir, id: second.id, backupKey: key, outFile: out });
    expect(sha256File(readFileSync(out))).toBe(second.sha256);
  });

  it('keeps a restore snapshot for 30 days even beyond the policy', async () => {
    const safety = await snapshotOn(1, 'restore');
    await snapshotOn(2);
    await snapshotOn(3);
    const result = await applyRetention(storeDir, key, { daily: 1, weekly: 0, monthly: 0 }, new Date(2026, 0, 4));
    expect(result.kept).toContain(safety.id);
    expect(result.removed).toHaveLength(1);
  });
});
