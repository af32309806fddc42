import type Database from 'better-sqlite3';
import { planSearch } from '../../main/search';
import { hasTable } from './floor-db';
import type { Keystroke, SearchChannel } from './search-inputs';

/**
 * The raw-SQL floor of a search keystroke: the search index's own tables
 * (main/search, migration 0007_search: per kind an FTS5 table over tokens
 * s_/e_/p_/i_/g_/t_, its rowid the recency order, and search_docs mapping rowid
 * to entity), asked for the one token that answers the keystroke, newest first,
 * with the columns the list shows. Where those tables are missing there is no
 * floor ("floor n/a"): a LIKE scan is no floor.
 */
const KIND: Record<SearchChannel, { kind: string; table: string; columns: string; limit: number }> = {
  'visitors.search': { kind: 'people', table: 'people', columns: 'e.id, e.name, e.company, e.phone, e.id_number_mask', limit: 8 },
  'people.list': { kind: 'people', table: 'people', columns: 'e.id, e.name, e.company, e.phone, e.id_number_mask', limit: 20 },
  'clients.list': { kind: 'clients', table: 'clients', columns: 'e.id, e.name, e.tier', limit: 20 },
  'plans.list': { kind: 'plans', table: 'visit_plans', columns: 'e.id, e.title, e.status, e.arrival_at', limit: 20 },
};

export function listLimit(channel: SearchChannel): number {
  return KIND[channel].limit;
}

/**
 * The FTS5 expression that answers one keystroke: the engine's own reading of
 * the query (main/search planSearch), its first tier that finds anyone — one
 * statement, where the app may ask several tiers and merge them.
 */
function matchFor(db: Database.Database, fts: string, k: Keystroke): string {
  // A tier's tokens alone (without the text check some tiers add) find at least what the app finds.
  const tiers = planSearch(k.text);
  const probe = db.prepare(`SELECT 1 FROM ${fts} WHERE ${fts} MATCH ? LIMIT 1`);
  return (tiers.find((t) => probe.get(t.match) !== undefined) ?? tiers.at(-1))?.match ?? '"g_"';
}

export interface SearchFloor {
  run: (k: Keystroke) => unknown[];
  sql: string;
}

/** The floor's statement for a channel, or null with the reason when the index's tables are not in the file. */
export function searchFloor(db: Database.Database, channel: SearchChannel): SearchFloor | { missing: string } {
  const { kind, table, columns, limit } = KIND[channel];
  const fts = `search_${kind}`;
  if (!hasTable(db, fts) || !hasTable(db, 'search_docs')) return { missing: `floor n/a: no ${fts}/search_docs tables in this file (search index not built)` };
  const sql = `SELECT ${columns} FROM (
      SELECT d.entity_id AS id, f.rowid AS r FROM ${fts} f JOIN search_docs d ON d.kind = '${kind}' AND d.seq = f.rowid
      WHERE ${fts} MATCH ? ORDER BY f.rowid DESC LIMIT ${limit}
    ) m JOIN ${table} e ON e.id = m.id ORDER BY m.r DESC`;
  const stmt = db.prepare(sql);
  // Each keystroke's expression is worked out once, outside the timing.
  const matches = new Map<Keystroke, string>();
  const match = (k: Keystroke) => matches.get(k) ?? matches.set(k, matchFor(db, fts, k)).get(k)!;
  return { run: (k) => stmt.all(match(k)), sql };
}
