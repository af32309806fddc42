import type Database from 'better-sqlite3';
import { hasTable } from './floor-db';
import { pinyinOf } from './search-inputs';

const grams = (text: string): string[] => {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) for (let n = 1; n <= 3 && i + n <= chars.length; n++) out.push(chars.slice(i, i + n).join(''));
  return out;
};
const prefixes = (text: string, max: number): string[] => [...text].slice(0, max).map((_, i) => [...text].slice(0, i + 1).join(''));

/**
 * About the tokens the search index keeps for a new visitor (main/search's
 * markers: pieces, name prefixes, exact name, pinyin and initials prefixes,
 * phone), so the check-in floor writes an index entry of the same size.
 */
export function visitorTerms(name: string, company: string, phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const full = pinyinOf(name);
  const initials = [...name].map((c) => pinyinOf(c)[0] ?? '').join('');
  const terms = new Set([
    ...[name, company, digits].flatMap(grams).map((g) => `g_${g}`),
    ...prefixes(name, 3).map((p) => `s_${p}`),
    `e_${name}`,
    `f_${full}`,
    ...prefixes(full, 8).map((p) => `p_${p}`),
    `n_${initials}`,
    ...prefixes(initials, 6).map((p) => `i_${p}`),
    `t_${digits}`,
  ]);
  return [...terms].join(' ');
}

/**
 * A scratch copy of the people search index (same FTS5 definition, same
 * documents table) when the file has one: the floor of a check-in keeps an
 * index too. Null when the file has no search index.
 */
export function scratchSearchIndex(db: Database.Database): { add: (seq: number, id: string, terms: string) => void; drop: string } | null {
  if (!hasTable(db, 'search_people') || !hasTable(db, 'search_docs')) return null;
  const fts = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'search_people'`).pluck().get() as string;
  db.exec(fts.replace(/search_people/, 'bench_floor_search'));
  db.exec('CREATE TABLE bench_floor_docs (entity_id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, text TEXT NOT NULL) WITHOUT ROWID');
  const row = db.prepare('INSERT INTO bench_floor_search (rowid, terms) VALUES (?, ?)');
  const doc = db.prepare('INSERT INTO bench_floor_docs (entity_id, seq, text) VALUES (?, ?, ?)');
  return {
    add: (seq, id, terms) => {
      row.run(seq, terms);
      doc.run(id, seq, terms);
    },
    drop: 'DROP TABLE bench_floor_search; DROP TABLE bench_floor_docs;',
  };
}
