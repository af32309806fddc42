import type Database from 'better-sqlite3';
import { SEARCH_KEYS_VERSION } from '../../contract/search-keys';
import { nameKeys, orgKeys, type NameKeys } from '../services/visitors/pinyin';

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
  table: 'visitors' | 'clients';
  keys: (name: string) => NameKeys;
}
const KEYED_TABLES: KeyedTable[] = [
  { table: 'visitors', keys: nameKeys },
  { table: 'clients', keys: orgKeys },
];

function storedVersion(sqlite: Database.Database): number {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SEARCH_KEYS_VERSION_KEY) as string | undefined;
  const parsed = value === undefined ? 0 : Number(JSON.parse(value));
  return Number.isFinite(parsed) ? parsed : 0;
}

/**
 * Re-makes every row's pinyin keys (live and soft-deleted) from its name, in
 * batches of BATCH rows, each in its own transaction, walking the primary key.
 * A crash part-way leaves some rows re-keyed and the version unchanged, so the
 * next start simply does it again: keys are a pure function of the name, so
 * doing it twice is the same as doing it once. Only the derived key columns
 * change (not updated_at: the record itself did not change, and another desk
 * computes the same keys from the same name).
 */
function rekeyTable(sqlite: Database.Database, { table, keys }: KeyedTable): number {
  const page = sqlite.prepare(`SELECT id, name, name_pinyin AS full, name_initials AS initials FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`);
  const update = sqlite.prepare(`UPDATE ${table} SET name_pinyin = ?, name_initials = ? WHERE id = ?`);
  const rekeyBatch = sqlite.transaction((rows: { id: string; name: string; full: string; initials: string }[]) => {
    let changed = 0;
    for (const row of rows) {
      const next = keys(row.name);
      if (next.full === row.full && next.initials === row.initials) continue;
      update.run(next.full, next.initials, row.id);
      changed++;
    }
    return changed;
  });
  let changed = 0;
  let after = '';
  for (;;) {
    const rows = page.all(after, BATCH) as { id: string; name: string; full: string; initials: string }[];
    if (rows.length === 0) return changed;
    changed += rekeyBatch(rows);
    after = rows[rows.length - 1]!.id;
  }
}

export interface SearchKeysMigration {
  /** Rows whose keys changed, per table; null when the keys were already current. */
  changed: Record<KeyedTable['table'], number> | null;
}

/** Brings stored pinyin keys to SEARCH_KEYS_VERSION (today: keys made before ü was kept lost it: 吕 was `l`). */
export function migrateSearchKeys(sqlite: Database.Database, deviceId: string, now: Date): SearchKeysMigration {
  if (storedVersion(sqlite) >= SEARCH_KEYS_VERSION) return { changed: null };
  const changed = { visitors: 0, clients: 0 };
  for (const keyed of KEYED_TABLES) changed[keyed.table] = rekeyTable(sqlite, keyed);
  sqlite
    .prepare(
      `INSERT INTO settings (key, value, updated_at, device_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, device_id = excluded.device_id`,
    )
    .run(SEARCH_KEYS_VERSION_KEY, JSON.stringify(SEARCH_KEYS_VERSION), now.toISOString(), deviceId);
  return { changed };
}

/** Every data migration, in order; run by createCore right after the schema migrations. */
export function runDataMigrations(sqlite: Database.Database, deviceId: string, now: Date): void {
  migrateSearchKeys(sqlite, deviceId, now);
}
