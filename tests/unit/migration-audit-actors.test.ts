import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, migrationsBefore } from '../helpers/migrations-before';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const insertEntry = (actor: string, n: number) => `
  INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash, device_seq, prev_id)
  VALUES ('e${n}', '2026-11-20T01:00:0${n}.000Z', 'd', '${actor}', 'visit.checkIn', 'visit', NULL, '{}', '0', '0', ${n}, NULL);`;

describe('migration 0017 (the audit filter reads its actors from audit_actors, each down its own index)', () => {
  it('fills audit_actors from the log already there, its trigger keeps it, and the log gains the (actor, at) index', async () => {
    dir = mkdtempSync(join(tmpdir(), 'reception-audit-actors-'));
    const file = join(dir, 'a.sqlite3');
    const before = await openDatabase({ file, migrationsFolder: migrationsBefore(dir, '0017'), backupsDir: join(dir, 'b') });
    before.sqlite.exec([insertEntry('王管理', 1), insertEntry('王管理', 2), insertEntry('system', 3)].join(''));
    before.sqlite.close();

    const after = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    const db = after.sqlite;
    try {
      const actors = () => db.prepare('SELECT actor FROM audit_actors ORDER BY actor').pluck().all();
      expect(actors()).toEqual(['system', '王管理']);
      db.exec(insertEntry('李前台', 4) + insertEntry('王管理', 5));
      expect(actors()).toEqual(['system', '李前台', '王管理']);
      const plan = db.prepare("EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE actor = '李前台' ORDER BY at DESC LIMIT 5").all() as { detail: string }[];
      expect(plan.map((p) => p.detail)).toContainEqual(expect.stringMatching(/INDEX audit_log_actor \(actor=\?\)/));
      // The entries themselves are untouched (the log's hash chain covers them).
      expect(db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });
});
