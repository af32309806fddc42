import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseMissingError, DatabaseTooNewError, openDatabase } from '../../db/open';
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
    first.sqlite.prepare('INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES (?,?,?,?,?,?,?)').run('v1', stamp, stamp, 'd', '张伟', 'zhangwei', 'zw');
    first.sqlite
      .prepare("INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, badge_no, visit_day) VALUES ('t1', @created_at, @updated_at, @device_id, 'v1', 'walk_in', 'on_site', '李娜', 'V1', '2026-11-27')")
      .run(common);
    const createPeople = first.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'people'").pluck().get() as string;
    first.sqlite.close();

    // A later version whose migration rebuilds the parent table, as drizzle-kit does for some changes.
    const next = join(dir, 'migrations-next');
    cpSync(MIGRATIONS, next, { recursive: true });
    const journal = JSON.parse(readFileSync(join(next, 'meta', '_journal.json'), 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_rebuild_people' });
    writeFileSync(join(next, 'meta', '_journal.json'), JSON.stringify(journal));
    writeFileSync(
      join(next, '9999_rebuild_people.sql'),
      [
        `${createPeople.replace('"people"', '`__new_people`')};`,
        'INSERT INTO `__new_people` SELECT * FROM `people`;',
        'DROP TABLE `people`;',
        'ALTER TABLE `__new_people` RENAME TO `people`;',
      ].join('\n--> statement-breakpoint\n'),
    );
    const second = await openDatabase({ file, migrationsFolder: next, backupsDir: join(dir, 'b') });
    // The one backup in the backups folder, taken before the rebuild.
    expect(readdirSync(join(dir, 'b')).map((f) => join(dir, 'b', f))).toEqual([second.preMigrationBackup]);
    expect(second.sqlite.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 1 });
    expect(second.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    second.sqlite.close();
    const backup = new Database(second.preMigrationBackup!, { readonly: true });
    expect(backup.prepare('SELECT name FROM people').pluck().all()).toEqual(['张伟']);
    backup.close();
    expect(readdirSync(join(dir, 'b'))).toHaveLength(1);
    // The backup holds the same confidential data: owner-only folder and file.
    expect(statSync(join(dir, 'b')).mode & 0o777).toBe(0o700);
    expect(statSync(second.preMigrationBackup!).mode & 0o777).toBe(0o600);
  });

  it('a refused newer database loses none of the commits in its -wal, and is left without -wal or -shm', async () => {
    const dir = fresh();
    const file = join(dir, 'a.sqlite3');
    const { sqlite } = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b') });
    sqlite.pragma('wal_autocheckpoint = 0');
    sqlite.pragma('user_version = 99');
    // The newer app crashed: its last commits are only in the -wal.
    const crashed = join(dir, 'crashed');
    mkdirSync(crashed);
    cpSync(file, join(crashed, 'a.sqlite3'));
    cpSync(`${file}-wal`, join(crashed, 'a.sqlite3-wal'));
    sqlite.close();
    await expect(openDatabase({ file: join(crashed, 'a.sqlite3'), migrationsFolder: MIGRATIONS, backupsDir: join(crashed, 'b') })).rejects.toBeInstanceOf(DatabaseTooNewError);
    // SQLite folded the -wal into the file on close; nothing of ours deleted it first.
    expect(readdirSync(crashed)).toEqual(['a.sqlite3']);
    const after = new Database(join(crashed, 'a.sqlite3'), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(99);
    after.close();
  });

  it('a new database whose migration fails leaves no file behind, so the next start begins clean', async () => {
    const dir = fresh();
    const broken = join(dir, 'migrations-broken');
    cpSync(MIGRATIONS, broken, { recursive: true });
    const journal = JSON.parse(readFileSync(join(broken, 'meta', '_journal.json'), 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_broken' });
    writeFileSync(join(broken, 'meta', '_journal.json'), JSON.stringify(journal));
    writeFileSync(join(broken, '9999_broken.sql'), 'CREATE TABLE `people` (`id` text);');
    const file = join(dir, 'data', 'a.sqlite3');
    mkdirSync(join(dir, 'data'));
    await expect(openDatabase({ file, migrationsFolder: broken, backupsDir: join(dir, 'data', 'b') })).rejects.toThrow(/Failed to run the query 'CREATE TABLE `people`/);
    expect(readdirSync(join(dir, 'data'))).toEqual([]);
  });

  it('where data is expected, a missing file is refused without creating one', async () => {
    const dir = fresh();
    const file = join(dir, 'a.sqlite3');
    await expect(openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(dir, 'b'), mustHoldData: true })).rejects.toBeInstanceOf(DatabaseMissingError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
