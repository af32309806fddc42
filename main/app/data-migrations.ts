import type Database from 'better-sqlite3';
import { phone } from '../../contract/fields';
import { SEARCH_KEYS_VERSION } from '../../contract/search-keys';
import { catchUpSearchIndex, queueFullRebuild, SEARCH_INDEX_VERSION } from '../search';
import { rebuildDayPeaks, rebuildReportSummaries } from './report-summaries';
import { nameKeys, orgKeys, type NameKeys } from '../search/pinyin';

/*
 * Data migrations: changes to stored values that SQL alone cannot make (the
 * drizzle migrations change the schema). Each has a version kept in the
 * settings table and runs once at start, after the schema migrations.
 */

/** The settings row that holds the search keys' version (a JSON number). */
export const SEARCH_KEYS_VERSION_KEY = 'dataVersion.searchKeys';
/** Rows per transaction: short enough never to hold the file for long, large enough to be quick. */
const BATCH = 2000;

interface KeyedTable {
  table: 'people' | 'clients';
  keys: (name: string) => NameKeys;
}
const KEYED_TABLES: KeyedTable[] = [
  { table: 'people', keys: nameKeys },
  { table: 'clients', keys: orgKeys },
];

function storedVersion(sqlite: Database.Database, key: string): number {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  const parsed = value === undefined ? 0 : Number(JSON.parse(value));
  return Number.isFinite(parsed) ? parsed : 0;
}

function storeVersion(sqlite: Database.Database, key: string, version: number, deviceId: string, now: Date): void {
  sqlite
    .prepare(
      `INSERT INTO settings (key, value, updated_at, device_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, device_id = excluded.device_id`,
    )
    .run(key, JSON.stringify(version), now.toISOString(), deviceId);
}

type Row = Record<string, string>;

/**
 * Rewrites rows of a table in batches of BATCH, each in its own transaction,
 * walking the primary key; `next` returns the columns to change, or null. A
 * crash part-way leaves some rows rewritten and the version unchanged, so the
 * next start simply does it again: each rewrite is a pure function of the row
 * (doing it twice is the same as doing it once). updated_at is left alone: the
 * record itself did not change, and another desk derives the same values.
 */
function rewriteRows(sqlite: Database.Database, table: string, columns: string[], next: (row: Row) => Row | null): number {
  const page = sqlite.prepare(`SELECT id, ${columns.join(', ')} FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`);
  const updates = new Map<string, Database.Statement>();
  const update = (names: string[]) => {
    const sql = `UPDATE ${table} SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`;
    if (!updates.has(sql)) updates.set(sql, sqlite.prepare(sql));
    return updates.get(sql)!;
  };
  const rewriteBatch = sqlite.transaction((rows: Row[]) => {
    let changed = 0;
    for (const row of rows) {
      const changes = next(row);
      if (!changes) continue;
      const names = Object.keys(changes);
      update(names).run(...names.map((n) => changes[n]), row.id);
      changed++;
    }
    return changed;
  });
  let changed = 0;
  let after = '';
  for (;;) {
    const rows = page.all(after, BATCH) as Row[];
    if (rows.length === 0) return changed;
    changed += rewriteBatch(rows);
    after = rows[rows.length - 1]!.id!;
  }
}

/** Every row's pinyin keys (live and soft-deleted) made again from its name. */
function rekeyTable(sqlite: Database.Database, { table, keys }: KeyedTable): number {
  return rewriteRows(sqlite, table, ['name', 'name_pinyin', 'name_initials'], (row) => {
    const next = keys(row.name!);
    return next.full === row.name_pinyin && next.initials === row.name_initials ? null : { name_pinyin: next.full, name_initials: next.initials };
  });
}

export interface SearchKeysMigration {
  /** Rows whose keys changed, per table; null when the keys were already current. */
  changed: Record<KeyedTable['table'], number> | null;
}

/** Brings stored pinyin keys to SEARCH_KEYS_VERSION (today: keys made before ü was kept lost it: 吕 was `l`). */
export function migrateSearchKeys(sqlite: Database.Database, deviceId: string, now: Date): SearchKeysMigration {
  if (storedVersion(sqlite, SEARCH_KEYS_VERSION_KEY) >= SEARCH_KEYS_VERSION) return { changed: null };
  const changed = { people: 0, clients: 0 };
  for (const keyed of KEYED_TABLES) changed[keyed.table] = rekeyTable(sqlite, keyed);
  storeVersion(sqlite, SEARCH_KEYS_VERSION_KEY, SEARCH_KEYS_VERSION, deviceId, now);
  return { changed };
}

/** The settings row that holds the stored phones' version. */
export const PHONES_VERSION_KEY = 'dataVersion.phones';
/** 1: the canonical forms of contract/fields.ts normalizePhone (landlines keep their area-code dash). */
const PHONES_VERSION = 1;

/**
 * Brings visitors' stored phones to the one canonical form new input gets, so
 * `01065123456` saved before and `(010) 6512-3456` typed now are the same phone
 * to people.find. A stored value that does not read as a phone is left as it is.
 */
export function migratePhones(sqlite: Database.Database, deviceId: string, now: Date): { changed: number | null } {
  if (storedVersion(sqlite, PHONES_VERSION_KEY) >= PHONES_VERSION) return { changed: null };
  const changed = rewriteRows(sqlite, 'people', ['phone'], (row) => {
    const parsed = phone.safeParse(row.phone);
    return parsed.success && parsed.data !== row.phone ? { phone: parsed.data } : null;
  });
  storeVersion(sqlite, PHONES_VERSION_KEY, PHONES_VERSION, deviceId, now);
  return { changed };
}

/** Every data migration, in order; run by createCore right after the schema migrations. */
export function runDataMigrations(sqlite: Database.Database, deviceId: string, now: Date): void {
  migrateSearchKeys(sqlite, deviceId, now);
  migratePhones(sqlite, deviceId, now);
  migrateSearchIndex(sqlite, deviceId, now);
  migrateReportSummaries(sqlite, deviceId, now);
}

/** The settings row that holds the search index's version (its rules for making terms). */
export const SEARCH_INDEX_VERSION_KEY = 'dataVersion.searchIndex';

/**
 * Brings the search index to SEARCH_INDEX_VERSION (rebuilt from every row when
 * the rules change), then indexes whatever rows are still waiting: those the
 * schema migration queued, or a bulk load wrote. Runs after the other data
 * migrations, whose rewrites of names and phones the triggers queued too.
 */
export function migrateSearchIndex(sqlite: Database.Database, deviceId: string, now: Date): { indexed: number } {
  if (storedVersion(sqlite, SEARCH_INDEX_VERSION_KEY) < SEARCH_INDEX_VERSION) {
    queueFullRebuild(sqlite);
    storeVersion(sqlite, SEARCH_INDEX_VERSION_KEY, SEARCH_INDEX_VERSION, deviceId, now);
  }
  return { indexed: catchUpSearchIndex(sqlite) };
}

/** The settings row that holds the reports' summaries' version (db/schema/reports.ts). */
export const REPORT_SUMMARIES_VERSION_KEY = 'dataVersion.reportSummaries';
/**
 * 1: visit_stats and visit_day_peaks (migration 0014); their triggers keep them from then on.
 * 2: the days' peaks swept again once after 0019, whose triggers agree with the sweep on ties and imported past
 *    visits, so the days kept before agree too.
 */
const REPORT_SUMMARIES_VERSION = 2;

/**
 * Counts the visits already on file into the reports' summaries, once (a
 * database from before 0014, or one a bulk load filled with the triggers
 * off): all of them made from scratch, so a crash part-way only means doing
 * it again. A file kept by the triggers of 0014 (version 1) has only its
 * days' peaks swept again: 0019 changed nothing else (8.5 s at ten years,
 * where the whole rebuild takes 69 s).
 */
export function migrateReportSummaries(sqlite: Database.Database, deviceId: string, now: Date): { rebuilt: 'all' | 'peaks' | null } {
  const version = storedVersion(sqlite, REPORT_SUMMARIES_VERSION_KEY);
  if (version >= REPORT_SUMMARIES_VERSION) return { rebuilt: null };
  // A schema from before 0014 (the same code on an older release's migrations) has no summaries to fill yet.
  if (!sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'visit_stats'`).get()) return { rebuilt: null };
  if (version === 1) rebuildDayPeaks(sqlite);
  else rebuildReportSummaries(sqlite);
  storeVersion(sqlite, REPORT_SUMMARIES_VERSION_KEY, REPORT_SUMMARIES_VERSION, deviceId, now);
  return { rebuilt: version === 1 ? 'peaks' : 'all' };
}
