import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, migrationsBefore } from '../helpers/migrations-before';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const insertEntry = (action: string, n: number) => `
  INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash, device_seq, prev_id)
  VALUES ('e${n}', '2026-11-20T01:00:0${n}.000Z', 'd', 'admin', '${action}', 'visit', NULL, '{}', '0', '0', ${n}, NULL);`;

describe('migration 0009 (the audit filter reads its actions from audit_actions)', () => {
  it('fills audit_actions from the log already there, and its trigger keeps it as entries are written', async () => {
    dir = mkdtempSync(join(tmpdir(), 'reception-audit-actions-'));
    const file = join(dir, 'a.sqlite3');
    const before = await openDatabase({ file, migrationsFolder: migrationsBefore(dir, '0009'), backupsDir: join(dir, 'b') });
    before.sqlite.exec([insertEntry('visit.checkIn', 1), insertEntry('visit.checkIn', 2), insertEntry('user.create', 3)].join(''));
    before.sqlite.close();

    const after = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    const db = after.sqlite;
    try {
      const actions = () => db.prepare('SELECT action FROM audit_actions ORDER BY action').pluck().all();
      expect(actions()).toEqual(['user.create', 'visit.checkIn']);
      db.exec(insertEntry('visit.checkOut', 4) + insertEntry('visit.checkIn', 5));
      expect(actions()).toEqual(['user.create', 'visit.checkIn', 'visit.checkOut']);
      // The entries themselves are untouched (the log's hash chain covers them).
      expect(db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(5);
    } finally {
      db.close();
    }
  });
});
