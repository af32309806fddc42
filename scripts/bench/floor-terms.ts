import type Database from 'better-sqlite3';
import { hasTable } from './floor-db';
import { nameReadings } from '../../main/search/pinyin';
import { documentTerms } from '../../main/search/terms';

/** The tokens the search index keeps for a new visitor (main/search's own rule), so the check-in floor writes an index entry of the same size. */
export function visitorTerms(name: string, company: string, phone: string): string {
  return documentTerms({ main: name, others: [company], phones: [phone], pinyin: nameReadings(name) });
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
