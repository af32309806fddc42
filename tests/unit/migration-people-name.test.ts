import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, migrationsBefore } from '../helpers/migrations-before';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 0005 (the person row is `people`)', () => {
  it('renames the table, the visit column and their indexes, keeping every row and every reference', async () => {
    dir = mkdtempSync(join(tmpdir(), 'reception-people-name-'));
    const file = join(dir, 'a.sqlite3');
    const before = await openDatabase({ file, migrationsFolder: migrationsBefore(dir, '0005'), backupsDir: join(dir, 'b') });
    const at = '2026-11-20T01:00:00.000Z';
    const sync = `'${at}', '${at}', 'd'`;
    before.sqlite.exec(`
      INSERT INTO visitors (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES ('p1', ${sync}, '张伟', 'zhangwei', 'zw');
      INSERT INTO visitors (id, created_at, updated_at, device_id, deleted_at, name, name_pinyin, name_initials, merged_into) VALUES ('p2', ${sync}, '${at}', '张 伟', 'zhangwei', 'zw', 'p1');
      INSERT INTO visit_plans (id, created_at, updated_at, device_id, title, level, status, expected_headcount, needs) VALUES ('pl1', ${sync}, '来访', 'vip', 'draft', 1, '{}');
      INSERT INTO plan_guests (id, created_at, updated_at, device_id, plan_id, person_id, needs) VALUES ('g1', ${sync}, 'pl1', 'p1', '{}');
      INSERT INTO visits (id, created_at, updated_at, device_id, visitor_id, kind, status, host, badge_no, visit_day, plan_id)
        VALUES ('t1', ${sync}, 'p1', 'planned', 'checked_out', '李娜', 'V2611200001', '2026-11-20', 'pl1');
    `);
    before.sqlite.close();

    const after = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    const db = after.sqlite;
    try {
      expect(db.prepare('SELECT id, merged_into AS mergedInto FROM people ORDER BY id').all()).toEqual([
        { id: 'p1', mergedInto: null },
        { id: 'p2', mergedInto: 'p1' },
      ]);
      expect(db.prepare('SELECT person_id FROM visits').pluck().all()).toEqual(['p1']);
      expect(db.prepare('SELECT person_id FROM plan_guests').pluck().all()).toEqual(['p1']);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Every reference, index and trigger follows the new names: nothing in the schema still says `visitors` or `visitor_id`.
      const stale = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%visitors%' OR sql LIKE '%visitors%' OR sql LIKE '%visitor_id%' OR name = 'visits_visitor'").pluck().all();
      expect(stale).toEqual([]);
      // visits_person became visits_person_check_in and visits_person_status in 0008_list_indexes; people_directory came in 0009,
      // people_birthday_month_day (care reminders) in 0011, visits_person_day (the reports' summaries) in 0014.
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' AND (tbl_name = 'people' OR name LIKE 'visits_person%') ORDER BY name").pluck().all();
      expect(indexes).toEqual(['people_birthday_month_day', 'people_client', 'people_directory', 'people_id_number_index', 'people_name', 'people_name_initials', 'people_name_pinyin', 'people_phone', 'visits_person_check_in', 'visits_person_day', 'visits_person_status']);
      // The foreign keys are enforced against the renamed table.
      expect(() => db.prepare(`INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, badge_no, visit_day) VALUES ('t2', ${sync}, 'nobody', 'walk_in', 'on_site', '李娜', 'V2', '2026-11-20')`).run()).toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      db.close();
    }
  });
});
