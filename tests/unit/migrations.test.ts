import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { runDataMigrations } from '../../main/app/data-migrations';
import { REPO_ROOT } from '../helpers/test-core';

/**
 * Every earlier schema version, with rows in every table it has, migrated to
 * the newest by the app's own path (openDatabase, then the data migrations):
 * no row may be lost or re-keyed. Driven by the journal and by what SQLite says
 * about each table, so a new migration is covered without touching this file.
 */

const MIGRATIONS = join(REPO_ROOT, 'db', 'migrations');
const ROWS_PER_TABLE = 3;

interface JournalEntry {
  idx: number;
  tag: string;
}
const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] } & Record<string, unknown>;

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string;
}
type Row = Record<string, unknown>;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reception-migrations-'));
  dirs.push(dir);
  return dir;
}

/** A migrations folder that stops after the first `count` migrations: the app as it shipped then. */
function folderUpTo(count: number): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'meta'));
  for (const file of readdirSync(MIGRATIONS)) if (file.endsWith('.sql')) copyFileSync(join(MIGRATIONS, file), join(dir, file));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  return dir;
}

/** A database file at schema version `count`, made the way that version's app made it. */
function databaseAt(count: number): string {
  const file = join(tempDir(), 'reception.sqlite3');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  migrate(drizzle(sqlite), { migrationsFolder: folderUpTo(count) });
  sqlite.pragma(`user_version = ${count}`);
  sqlite.close();
  return file;
}

/**
 * The tables that hold the app's data. Not: SQLite's and drizzle's own, virtual
 * tables and their shadow tables (`search_people_data` ...), and the search
 * index's tables (`search_*`), which are derived from the others (triggers and
 * the start-up catch-up fill them; a rebuild makes them again).
 */
function userTables(sqlite: Database.Database): string[] {
  const virtual = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  return (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'search\\_%' ESCAPE '\\' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const columnsOf = (sqlite: Database.Database, table: string) => sqlite.prepare(`PRAGMA table_info(${quote(table)})`).all() as Column[];
const foreignKeysOf = (sqlite: Database.Database, table: string) => sqlite.prepare(`PRAGMA foreign_key_list(${quote(table)})`).all() as ForeignKey[];

/** Parents before children, so every foreign key can point at a row that exists. */
function parentsFirst(sqlite: Database.Database, tables: string[]): string[] {
  const done: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (done.includes(table) || path.includes(table)) return;
    for (const fk of foreignKeysOf(sqlite, table)) if (fk.table !== table) visit(fk.table, [...path, table]);
    done.push(table);
  };
  for (const table of tables) visit(table, []);
  return done;
}

/** A value of the column's kind, distinct per table, column and row (unique indexes hold). */
function valueFor(table: string, column: Column, i: number): unknown {
  const type = column.type.toUpperCase();
  if (type.includes('INT')) return column.pk ? i + 1 : i % 2;
  if (type.includes('REAL') || type.includes('NUM')) return i + 0.5;
  if (type.includes('BLOB')) return Buffer.from(`${table}.${column.name}.${i}`);
  // JSON columns default to an empty list or object: a row keeps that shape.
  if (column.dflt_value === "'[]'" || column.dflt_value === "'{}'") return column.dflt_value.slice(1, -1);
  if (/_at$/.test(column.name)) return new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString();
  if (/(^|_)day$/.test(column.name)) return `2026-01-0${1 + i}`;
  return `${table}.${column.name}.${i}`;
}

/** Fills every table with rows whose foreign keys point at real parents; returns what went in. */
function fill(sqlite: Database.Database): Record<string, Row[]> {
  const inserted: Record<string, Row[]> = {};
  for (const table of parentsFirst(sqlite, userTables(sqlite))) {
    const columns = columnsOf(sqlite, table);
    const fks = foreignKeysOf(sqlite, table);
    const rows: Row[] = [];
    for (let i = 0; i < ROWS_PER_TABLE; i++) {
      const row: Row = {};
      for (const column of columns) {
        const fk = fks.find((f) => f.from === column.name);
        if (fk && fk.table === table) row[column.name] = column.notnull ? valueFor(table, columns.find((c) => c.name === fk.to)!, 0) : null;
        else if (fk) row[column.name] = inserted[fk.table]![i % inserted[fk.table]!.length]![fk.to];
        else row[column.name] = valueFor(table, column, i);
      }
      const names = Object.keys(row);
      sqlite.prepare(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => row[n]));
      rows.push(row);
    }
    inserted[table] = rows;
  }
  return inserted;
}

/** The columns that say which row is which and whose it is: the key, the foreign keys, uniquely indexed columns. */
function keyColumns(sqlite: Database.Database, table: string): string[] {
  const keys = new Set(columnsOf(sqlite, table).filter((c) => c.pk).map((c) => c.name));
  for (const fk of foreignKeysOf(sqlite, table)) keys.add(fk.from);
  for (const index of sqlite.prepare(`PRAGMA index_list(${quote(table)})`).all() as { name: string; unique: number }[]) {
    if (!index.unique) continue;
    for (const c of sqlite.prepare(`PRAGMA index_info(${quote(index.name)})`).all() as { name: string | null }[]) if (c.name) keys.add(c.name);
  }
  return [...keys].sort();
}

/**
 * Where a table and its columns live after the migrations past `version`: the
 * renames those migrations make (ALTER TABLE … RENAME TO / RENAME COLUMN),
 * read from their SQL, so a renaming migration is followed without editing this file.
 */
function renamedAfter(version: number): { table: (t: string) => string; column: (t: string, c: string) => string } {
  const tables = new Map<string, string>();
  const columns = new Map<string, string>();
  const current = (t: string) => [...tables.entries()].find(([, now]) => now === t)?.[0] ?? t;
  for (const entry of journal.entries.slice(version)) {
    const sqlText = readFileSync(join(MIGRATIONS, `${entry.tag}.sql`), 'utf8');
    for (const m of sqlText.matchAll(/ALTER TABLE [`"]?(\w+)[`"]? RENAME (?:COLUMN [`"]?(\w+)[`"]? )?TO [`"]?(\w+)[`"]?/gi)) {
      const [, table, from, to] = m as unknown as [string, string, string | undefined, string];
      const original = current(table);
      if (from === undefined) {
        tables.set(original, to);
        continue;
      }
      // A column renamed twice keeps its first name as the key.
      const first = [...columns.entries()].find(([k, now]) => k.startsWith(`${original}.`) && now === from)?.[0] ?? `${original}.${from}`;
      columns.set(first, to);
    }
  }
  return { table: (t) => tables.get(t) ?? t, column: (t, c) => columns.get(`${t}.${c}`) ?? c };
}

function keyRows(sqlite: Database.Database, table: string, columns: string[]): Row[] {
  return sqlite.prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY ${columns.map(quote).join(', ')}`).all() as Row[];
}

describe('migrations', () => {
  it('the journal lists every migration file, in order', () => {
    const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort();
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    expect(journal.entries.map((e) => e.idx)).toEqual(journal.entries.map((_, i) => i));
  });

  /** Summaries the start-up data migration rebuilds from scratch (main/app/report-summaries.ts): their filled rows are not kept, by design. */
  const REBUILT_FROM_VISITS = new Set(['visit_stats', 'visit_day_peaks']);
  // Version N: the first N migrations applied. The newest version needs no migrating.
  const versions = journal.entries.slice(0, -1).map((_, i) => i + 1);
  it.each(versions)('a database at version %i keeps every row, with its keys, when migrated to the newest', async (version) => {
    const file = databaseAt(version);
    const before = new Database(file);
    before.pragma('foreign_keys = ON');
    const inserted = fill(before);
    const keys = Object.fromEntries(Object.keys(inserted).map((t) => [t, keyColumns(before, t)]));
    const expected = Object.fromEntries(Object.keys(inserted).map((t) => [t, keyRows(before, t, keys[t]!)]));
    expect(before.pragma('foreign_key_check')).toEqual([]);
    before.close();

    const opened = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(tempDir(), 'backups'), mustHoldData: true });
    try {
      runDataMigrations(opened.sqlite, 'migration-test', new Date('2026-11-27T09:00:00Z'));
      expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
      expect(opened.preMigrationBackup).not.toBeNull();
      const renamed = renamedAfter(version);
      for (const table of Object.keys(inserted)) {
        // The reports' visit summaries are derived: the data migration makes them again from the visits (none counted here).
        if (REBUILT_FROM_VISITS.has(table)) continue;
        // Every row is still there under the same keys (under their new names where a migration renamed them);
        // the data migrations may add their own (settings keeps their versions).
        const now = keys[table]!.map((c) => renamed.column(table, c));
        const rows = keyRows(opened.sqlite, renamed.table(table), now).map((r) => Object.fromEntries(keys[table]!.map((c, i) => [c, r[now[i]!]])));
        expect(rows, `${table} rows`).toEqual(expect.arrayContaining(expected[table]!));
      }
      expect(opened.sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      opened.sqlite.close();
    }
  });

  it('fills every table of the newest schema too (the filler keeps up with new tables)', async () => {
    const file = join(tempDir(), 'reception.sqlite3');
    const opened = await openDatabase({ file, migrationsFolder: MIGRATIONS, backupsDir: join(tempDir(), 'backups') });
    try {
      opened.sqlite.pragma('foreign_keys = ON');
      const inserted = fill(opened.sqlite);
      expect(Object.keys(inserted).sort()).toEqual(userTables(opened.sqlite));
      // audit_actions and audit_actors also get one row per distinct action and actor written to audit_log, by their triggers.
      const byTrigger: Record<string, number> = { audit_actions: ROWS_PER_TABLE, audit_actors: ROWS_PER_TABLE };
      for (const table of Object.keys(inserted)) {
        expect(opened.sqlite.prepare(`SELECT COUNT(*) FROM ${quote(table)}`).pluck().get(), table).toBe(ROWS_PER_TABLE + (byTrigger[table] ?? 0));
      }
    } finally {
      opened.sqlite.close();
    }
  });
});
