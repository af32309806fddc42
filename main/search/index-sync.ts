import type Database from 'better-sqlite3';
import { preparedOnce } from '../../db/statement-cache';
import { KIND_SOURCES, SEARCH_KINDS, type SearchKind } from './kinds';
import { documentTerms, documentText } from './terms';

/*
 * How the index stays in step. SQL triggers (migration 0007) put every row a
 * write inserts, changes or deletes into `search_dirty`, and a visit's person
 * with it (a check-in makes them recent); the write path then calls
 * `flushSearchIndex` inside the same transaction, before it commits. A write
 * cannot forget the index (the trigger is in the file, not in a service), and
 * the index never shows what a rolled-back write did.
 *
 * Each document's FTS rowid is its recency sequence: re-indexed rows take the
 * next number, so the newest activity has the biggest rowid and a search reads
 * `ORDER BY rowid DESC` and stops after the rows it shows.
 */

/** Rows re-indexed per transaction when catching up (start-up, a rebuild, after a bulk load). */
const BATCH = 2000;

const ftsTable = (kind: SearchKind) => `search_${kind}`;

interface Statements {
  oldSeq: Database.Statement;
  deleteFts: Database.Statement;
  insertFts: Database.Statement;
  nextSeq: Database.Statement;
  upsertDoc: Database.Statement;
  deleteDoc: Database.Statement;
  clean: Database.Statement;
}

const prepared = new WeakMap<Database.Database, Map<SearchKind, Statements>>();

function statements(sqlite: Database.Database, kind: SearchKind): Statements {
  let byKind = prepared.get(sqlite);
  if (!byKind) prepared.set(sqlite, (byKind = new Map()));
  let s = byKind.get(kind);
  if (!s) {
    const fts = ftsTable(kind);
    s = {
      oldSeq: sqlite.prepare('SELECT seq FROM search_docs WHERE kind = ? AND entity_id = ?').pluck(),
      deleteFts: sqlite.prepare(`DELETE FROM ${fts} WHERE rowid = ?`),
      insertFts: sqlite.prepare(`INSERT INTO ${fts} (rowid, terms) VALUES (?, ?)`),
      nextSeq: sqlite.prepare('SELECT coalesce(max(seq), 0) + 1 FROM search_docs WHERE kind = ?').pluck(),
      upsertDoc: sqlite.prepare(
        `INSERT INTO search_docs (kind, entity_id, seq, text) VALUES (?, ?, ?, ?)
         ON CONFLICT (kind, entity_id) DO UPDATE SET seq = excluded.seq, text = excluded.text`,
      ),
      deleteDoc: sqlite.prepare('DELETE FROM search_docs WHERE kind = ? AND entity_id = ?'),
      clean: sqlite.prepare('DELETE FROM search_dirty WHERE kind = ? AND entity_id = ?'),
    };
    byKind.set(kind, s);
  }
  return s;
}

/** Re-indexes these rows of a kind, in the order given (the last becomes the most recent). */
function reindex(sqlite: Database.Database, kind: SearchKind, ids: readonly string[]): void {
  const s = statements(sqlite, kind);
  const docs = KIND_SOURCES[kind].load(sqlite, ids);
  let seq = s.nextSeq.get(kind) as number;
  for (const id of ids) {
    const old = s.oldSeq.get(kind, id) as number | undefined;
    if (old !== undefined) s.deleteFts.run(old);
    const doc = docs.get(id);
    if (doc) {
      s.insertFts.run(seq, documentTerms(doc));
      s.upsertDoc.run(kind, id, seq, documentText(doc));
      seq++;
    } else if (old !== undefined) {
      s.deleteDoc.run(kind, id);
    }
    s.clean.run(kind, id);
  }
}

/** Indexes whatever this transaction's writes marked (a handful of rows): called by the write path before commit. */
export function flushSearchIndex(sqlite: Database.Database): void {
  const dirty = preparedOnce(sqlite, 'SELECT kind, entity_id AS id FROM search_dirty').all() as { kind: SearchKind; id: string }[];
  if (dirty.length === 0) return;
  for (const kind of SEARCH_KINDS) {
    const ids = dirty.filter((d) => d.kind === kind).map((d) => d.id);
    if (ids.length) reindex(sqlite, kind, ids);
  }
}

/** Rows waiting for the index, per kind, oldest activity first. */
function backlog(sqlite: Database.Database, kind: SearchKind): string[] {
  const source = KIND_SOURCES[kind];
  return sqlite
    .prepare(`SELECT d.entity_id FROM search_dirty d WHERE d.kind = ? ORDER BY ${source.recency} NULLS FIRST, d.entity_id`)
    .pluck()
    .all(kind) as string[];
}

export interface CatchUpProgress {
  kind: SearchKind;
  done: number;
  total: number;
}

/**
 * Indexes every row still waiting, in batches of BATCH each in its own
 * transaction: after a bulk load, an upgrade or a rebuild. A crash part-way
 * leaves the rest waiting, and the next start carries on.
 */
export function catchUpSearchIndex(sqlite: Database.Database, onProgress?: (p: CatchUpProgress) => void): number {
  let total = 0;
  // Only the kinds with rows waiting: a start with nothing to do reads one small table, not every kind's recency.
  const waiting = new Set(sqlite.prepare('SELECT DISTINCT kind FROM search_dirty').pluck().all() as SearchKind[]);
  for (const kind of SEARCH_KINDS.filter((k) => waiting.has(k))) {
    const ids = backlog(sqlite, kind);
    const batch = sqlite.transaction((slice: string[]) => reindex(sqlite, kind, slice));
    for (let i = 0; i < ids.length; i += BATCH) {
      batch(ids.slice(i, i + BATCH));
      onProgress?.({ kind, done: Math.min(i + BATCH, ids.length), total: ids.length });
    }
    total += ids.length;
  }
  return total;
}

/** Every id of a kind, for a rebuild. */
const QUEUE_ALL: Record<SearchKind, string> = {
  people: "SELECT 'people', id FROM people",
  clients: "SELECT 'clients', id FROM clients",
  plans: "SELECT 'plans', id FROM visit_plans",
  staff: "SELECT 'staff', name FROM users UNION SELECT 'staff', primary_name FROM plan_team UNION SELECT 'staff', backup_name FROM plan_team WHERE backup_name <> ''",
  incidents: "SELECT 'incidents', id FROM incidents",
  feedback: "SELECT 'feedback', id FROM feedback_responses",
  followups: "SELECT 'followups', id FROM followup_plans",
  documents: "SELECT 'documents', id FROM documents",
};

/** Drops every document and queues every row again: when the rules that make terms change. */
export function queueFullRebuild(sqlite: Database.Database): void {
  // A kind whose tables a later migration brings is not there yet on an older schema (a desk on the previous release).
  const present = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_%'").pluck().all() as string[]);
  sqlite.transaction(() => {
    for (const kind of SEARCH_KINDS.filter((k) => present.has(ftsTable(k)))) {
      sqlite.prepare(`INSERT INTO ${ftsTable(kind)} (${ftsTable(kind)}) VALUES ('delete-all')`).run();
      sqlite.prepare(`INSERT OR IGNORE INTO search_dirty (kind, entity_id) ${QUEUE_ALL[kind]}`).run();
    }
    sqlite.prepare('DELETE FROM search_docs').run();
  })();
}
