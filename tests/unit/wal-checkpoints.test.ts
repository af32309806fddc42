import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WalCheckpoints } from '../../db/wal-checkpoints';
import { makeTestCore, WALK_IN } from '../helpers/test-core';

/*
 * Issue 17: no checkpoint runs inside a commit; the log is folded into the
 * file when the desk is idle, or right after a commit took it past its bound.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function walDb(): { sqlite: Database.Database; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reception-wal-'));
  dirs.push(dir);
  const file = join(dir, 'db.sqlite3');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.exec('CREATE TABLE t (x TEXT)');
  return { sqlite, file };
}

/** Frames in the log not yet copied into the file (a PASSIVE checkpoint that copies nothing tells them apart). */
function framesWaiting(file: string): number {
  const reader = new Database(file, { readonly: true });
  try {
    // A second connection sees the same wal-index: log frames minus the frames already checkpointed.
    const [row] = reader.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
    return row ? row.log - row.checkpointed : 0;
  } catch {
    return -1;
  } finally {
    reader.close();
  }
}

const write = (sqlite: Database.Database, rows: number, size = 100) => {
  const insert = sqlite.prepare('INSERT INTO t VALUES (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run('x'.repeat(size));
  })();
};

describe('WAL checkpoints off the commit path', () => {
  it('the app connection does not checkpoint inside a commit', async () => {
    const core = await makeTestCore();
    try {
      expect(core.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    } finally {
      await core.cleanup();
    }
  });

  it('checkpoints once the desk has been idle, not while commits keep coming', () => {
    const { sqlite, file } = walDb();
    let now = 0;
    const checkpoints = new WalCheckpoints(sqlite, `${file}-wal`, { idleMs: 2000, tickMs: 60_000, now: () => now });
    try {
      write(sqlite, 50);
      checkpoints.committed();
      now = 1500;
      checkpoints.tick();
      expect(checkpoints.ran.idle).toBe(0);
      expect(sqlite.pragma('wal_checkpoint(NOOP)')).toEqual([{ busy: 0, log: expect.any(Number), checkpointed: 0 }]);
      now = 3600;
      checkpoints.tick();
      expect(checkpoints.ran.idle).toBe(1);
      const [after] = sqlite.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
      expect(after!.log).toBeGreaterThan(0);
      expect(after!.checkpointed).toBe(after!.log);
      // Nothing new: the next looks do not checkpoint again.
      now = 9000;
      checkpoints.tick();
      expect(checkpoints.ran.idle).toBe(1);
    } finally {
      checkpoints.close();
      sqlite.close();
    }
  });

  it('checkpoints right after the commit that took the log past its bound, off the call (setImmediate)', async () => {
    const { sqlite, file } = walDb();
    const checkpoints = new WalCheckpoints(sqlite, `${file}-wal`, { idleMs: 60_000, tickMs: 60_000, boundBytes: 256 * 1024 });
    try {
      write(sqlite, 10);
      checkpoints.committed();
      await new Promise((done) => setImmediate(done));
      expect(checkpoints.ran.bound).toBe(0);
      write(sqlite, 100, 4000);
      expect(statSync(`${file}-wal`).size).toBeGreaterThan(256 * 1024);
      checkpoints.committed();
      // Not inside the call that committed: only once it has returned to the event loop.
      expect(checkpoints.ran.bound).toBe(0);
      await new Promise((done) => setImmediate(done));
      expect(checkpoints.ran.bound).toBe(1);
      const [row] = sqlite.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
      expect(row!.checkpointed).toBe(row!.log);
      // The log is reused from its start, so it stops growing.
      const size = statSync(`${file}-wal`).size;
      write(sqlite, 10);
      expect(statSync(`${file}-wal`).size).toBe(size);
    } finally {
      checkpoints.close();
      sqlite.close();
    }
  });

  it('commits back to back in one turn of the event loop still stop at twice the bound: the log has a limit', () => {
    const { sqlite, file } = walDb();
    const checkpoints = new WalCheckpoints(sqlite, `${file}-wal`, { idleMs: 60_000, tickMs: 60_000, boundBytes: 64 * 1024 });
    try {
      // No await between commits: the scheduled checkpoint never gets its turn.
      for (let i = 0; i < 30; i++) {
        write(sqlite, 10, 4000);
        checkpoints.committed();
        const { log, checkpointed } = checkpoints.frames();
        expect((log - checkpointed) * 4120).toBeLessThanOrEqual(2 * 64 * 1024 + 16 * 4120);
      }
      expect(checkpoints.ran.bound).toBeGreaterThan(1);
    } finally {
      checkpoints.close();
      sqlite.close();
    }
  });

  it('a reader holding the log back (a backup reading its one state) does not make every later commit checkpoint again', async () => {
    const { sqlite, file } = walDb();
    let now = 0;
    const checkpoints = new WalCheckpoints(sqlite, `${file}-wal`, { idleMs: 2000, tickMs: 60_000, boundBytes: 64 * 1024, now: () => now });
    const backup = new Database(file, { readonly: true });
    try {
      write(sqlite, 1);
      backup.exec('BEGIN');
      backup.prepare('SELECT count(*) FROM t').get();
      const tick = () => new Promise((done) => setImmediate(done));
      write(sqlite, 40, 4000);
      checkpoints.committed();
      await tick();
      expect(checkpoints.ran.bound).toBe(1);
      for (let i = 0; i < 5; i++) {
        write(sqlite, 1);
        checkpoints.committed();
        await tick();
      }
      // The reader kept its frames: no new try after each commit, only once another bound's worth of log came.
      expect(checkpoints.ran.bound).toBe(1);
      write(sqlite, 40, 4000);
      checkpoints.committed();
      await tick();
      expect(checkpoints.ran.bound).toBe(2);
      // The reader done, the next idle look copies the rest.
      backup.exec('COMMIT');
      now = 5000;
      checkpoints.tick();
      const { log, checkpointed } = checkpoints.frames();
      expect(log).toBeGreaterThan(0);
      expect(checkpointed).toBe(log);
    } finally {
      backup.close();
      checkpoints.close();
      sqlite.close();
    }
  });

  it('close folds the log away (TRUNCATE) and every commit survives', () => {
    const { sqlite, file } = walDb();
    const checkpoints = new WalCheckpoints(sqlite, `${file}-wal`, { tickMs: 60_000 });
    write(sqlite, 20);
    checkpoints.committed();
    checkpoints.close();
    expect(statSync(`${file}-wal`).size).toBe(0);
    sqlite.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM t').pluck().get()).toBe(20);
    reopened.close();
  });

  it('held (a file not yet verified after a crash), nothing is folded into the file, not even by the close; released, it is', () => {
    const { sqlite, file } = walDb();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const checkpoints = new WalCheckpoints(sqlite, `${file}-wal`, { tickMs: 60_000, idleMs: 0, boundBytes: 4096 });
    checkpoints.hold();
    const before = statSync(file).size;
    write(sqlite, 200, 1000);
    checkpoints.committed();
    checkpoints.tick();
    expect(checkpoints.run('PASSIVE')).toBeNull();
    // SQLite's own close of the last connection would fold the log in: closeDatabase keeps a read-only one open past it.
    checkpoints.closeDatabase();
    expect(sqlite.open).toBe(false);
    expect(statSync(file).size).toBe(before);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(200 * 1000);
    const reopened = new Database(file);
    expect(reopened.prepare('SELECT count(*) FROM t').pluck().get()).toBe(200);
    const again = new WalCheckpoints(reopened, `${file}-wal`, { tickMs: 60_000 });
    again.hold();
    again.release();
    again.closeDatabase();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(statSync(file).size).toBeGreaterThan(before + 200 * 1000);
  });

  it('a commit is durable before any checkpoint: a copy of the file and its log (a crash) holds it', async () => {
    const core = await makeTestCore();
    try {
      const visit = await core.call<{ id: string }>('visits.checkIn', WALK_IN);
      const file = join(core.dataDir, 'reception.sqlite3');
      expect(framesWaiting(file)).toBeGreaterThan(0);
      const crashed = mkdtempSync(join(tmpdir(), 'reception-crash-'));
      dirs.push(crashed);
      copyFileSync(file, join(crashed, 'db.sqlite3'));
      copyFileSync(`${file}-wal`, join(crashed, 'db.sqlite3-wal'));
      const replayed = new Database(join(crashed, 'db.sqlite3'));
      expect(replayed.prepare('SELECT count(*) FROM visits WHERE id = ?').pluck().get(visit.id)).toBe(1);
      replayed.close();
    } finally {
      await core.cleanup();
    }
  });
});
