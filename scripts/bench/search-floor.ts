import type Database from 'better-sqlite3';
import { foldSearchText } from '../../contract/search-keys';
import { hasTable } from './floor-db';
import { pinyinOf, type Keystroke, type SearchChannel } from './search-inputs';

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

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;
const HAN = /\p{Script=Han}/u;

/** Characters anywhere: the gram itself up to 3 characters, then every 3-gram of it (AND). */
function grams(text: string): string {
  const chars = [...text];
  if (chars.length <= 3) return quote(`g_${chars.join('')}`);
  const parts: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) parts.push(quote(`g_${chars.slice(i, i + 3).join('')}`));
  return [...new Set(parts)].join(' AND ');
}

/** The FTS5 query that answers one keystroke of a class. */
export function matchFor(k: Keystroke): string {
  // The form the index compares in (main/search: NFKC, folded as pinyin keys are, only letters and digits).
  const t = foldSearchText(k.text.normalize('NFKC')).replace(/[^\p{L}\p{N}]+/gu, '');
  switch (k.cls) {
    case 'name':
      return [...t].length <= 3 ? quote(`s_${t}`) : quote(`e_${t}`);
    case 'pinyin':
    case 'clientPinyin':
      return quote(`p_${t.slice(0, 8)}`);
    case 'initials':
      return quote(`i_${t}`);
    case 'mixed': {
      const han = [...t].filter((c) => HAN.test(c)).join('');
      const latin = [...t].filter((c) => !HAN.test(c)).join('');
      return latin ? `${quote(`s_${han}`)} AND ${quote(`p_${foldSearchText(pinyinOf(han) + latin).slice(0, 8)}`)}` : quote(`s_${han}`);
    }
    case 'phone':
    case 'company':
    case 'client':
    case 'plan':
      return grams(t);
  }
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
  return { run: (k) => stmt.all(matchFor(k)), sql };
}
