import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, openDatabase } from '../../db/open';
import { REPO_ROOT } from '../helpers/test-core';

const MIGRATIONS = join(REPO_ROOT, 'db', 'migrations');
const fresh = () => mkdtempSync(join(tmpdir(), 'reception-db-'));

describe('openDatabase', () => {
  it('creates an owner-only WAL database with foreign keys on', async () => {
    const dir = fresh();
    const { sqlite, preMigrationBackup } = await openDatabase({ file: join(dir, 'a.sqlite3'), migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // Every migration applied: user_version counts them.
    const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    expect(preMigrationBackup).toBeNull();
    sqlite.close();
    expect(statSync(join(dir, 'a.sqlite3')).mode & 0o777).toBe(0o600);
  });

  it('refuses a database from a newer version and leaves the file untouched', async () => {
    const dir = fresh();
    const file = join(dir, 'a.sqlite3');
    const { sqlite } = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    sqlite.pragma('user_version = 99');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    await expect(openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') })).rejects.toBeInstanceOf(DatabaseTooNewError);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
    expect(existsSync(join(dir, 'b'))).toBe(false);
  });

  it('backs up before migrating, and a table rebuild keeps child rows', async () => {
    const dir = fresh();
    const file = join(dir, 'a.sqlite3');
    const first = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    const stamp = '2026-11-27T00:00:00.000Z';
    const common = { created_at: stamp, updated_at: stamp, device_id: 'd' };
    first.sqlite.prepare('INSERT INTO visitors (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES (?,?,?,?,?,?,?)').run('v1', stamp, stamp, 'd', '张伟', 'zhangwei', 'zw');
    first.sqlite
      .prepare("INSERT INTO visits (id, created_at, updated_at, device_id, visitor_id, kind, status, host, badge_no, visit_day) VALUES ('t1', @created_at, @updated_at, @device_id, 'v1', 'walk_in', 'on_site', '李娜', 'V1', '2026-11-27')")
      .run(common);
    const createVisitors = first.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'visitors'").pluck().get() as string;
    first.sqlite.close();

    // A later version whose migration rebuilds the parent table, as drizzle-kit does for some changes.
    const next = join(dir, 'migrations-next');
    cpSync(MIGRATIONS, next, { recursive: true });
    const journal = JSON.parse(readFileSync(join(next, 'meta', '_journal.json'), 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_rebuild_visitors' });
    writeFileSync(join(next, 'meta', '_journal.json'), JSON.stringify(journal));
    writeFileSync(
      join(next, '9999_rebuild_visitors.sql'),
      [
        `${createVisitors.replace('`visitors`', '`__new_visitors`')};`,
        'INSERT INTO `__new_visitors` SELECT * FROM `visitors`;',
        'DROP TABLE `visitors`;',
        'ALTER TABLE `__new_visitors` RENAME TO `visitors`;',
      ].join('\n--> statement-breakpoint\n'),
    );
    const second = await openDatabase({ file, migrationsFolder: next, backupsDir: join(dir, 'b') });
    // The one backup in the backups folder, taken before the rebuild.
    expect(readdirSync(join(dir, 'b')).map((f) => join(dir, 'b', f))).toEqual([second.preMigrationBackup]);
    expect(second.sqlite.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 1 });
    expect(second.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    second.sqlite.close();
    const backup = new Database(second.preMigrationBackup!, { readonly: true });
    expect(backup.prepare('SELECT name FROM visitors').pluck().all()).toEqual(['张伟']);
    backup.close();
    expect(readdirSync(join(dir, 'b'))).toHaveLength(1);
  });
});
