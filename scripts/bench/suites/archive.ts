import type Database from 'better-sqlite3';
import { planSearch } from '../../../main/search';
import { orgKeys } from '../../../main/search/pinyin';
import type { BenchCore } from '../bench-core';
import { floorSamples, hasTable, planOf } from '../floor-db';
import { opResult, type OpResult } from '../results';
import { sampleOver, timeOnce } from '../stats';

const GROUP = 'archive';
const PAGE = 50;
/** The browse floor: the page's keys along documents_doc_date (the app then reads each row's summary). */
const ORDER = `ORDER BY d.doc_date DESC, d.id DESC LIMIT ${PAGE + 1}`;
/** A word the generator puts only inside files' text (scripts/generate/archive-history.ts TEXT_ONLY_WORDS). */
const TEXT_ONLY_WORD = '白泽';

interface Case {
  name: string;
  input: Record<string, unknown>;
  floorSql: string;
  floorParams: unknown[];
  floorNote: string;
  /** What the figure means: the inputs, the rows found. */
  detail?: Record<string, unknown>;
  /** A document the search must find (within its first 200). */
  expectId?: string;
}

/** The FTS expression of the first tier that finds something (as search-floor.ts reads a keystroke). */
function firstMatch(db: Database.Database, query: string): string {
  const probe = db.prepare('SELECT 1 FROM search_documents WHERE search_documents MATCH ? LIMIT 1');
  const tiers = planSearch(query);
  return (tiers.find((t) => probe.get(t.match) !== undefined) ?? tiers.at(-1))?.match ?? '"g_"';
}

/**
 * The archive's documents tab at tens of thousands of documents (issue 15):
 * the first page unfiltered and under each filter, the search by a title's
 * Chinese words, its full pinyin and initials and by a word only a file's text
 * holds, the tag cloud, the tree with counts, one document opened — each
 * beside the raw SQL that answers the same question on the same file, with
 * the plans SQLite picks. The storage check reads every file: timed once.
 */
export async function benchArchive(bench: BenchCore, db: Database.Database, rounds: number, opts: { storageCheck: boolean }): Promise<OpResult[]> {
  if (!hasTable(db, 'documents')) return [];
  const documents = db.prepare('SELECT count(*) FROM documents WHERE deleted_at IS NULL').pluck().get() as number;
  if (documents === 0) return [];
  const detail = {
    documents,
    versions: db.prepare('SELECT count(*) FROM document_versions').pluck().get() as number,
    texts: db.prepare('SELECT count(*) FROM document_texts').pluck().get() as number,
  };
  const folder = db
    .prepare("SELECT f.id, f.name_zh AS name FROM archive_folders f WHERE f.parent_id IS NULL AND f.deleted_at IS NULL ORDER BY f.sort LIMIT 1")
    .get() as { id: string; name: string };
  const subtree = db
    .prepare('WITH RECURSIVE t(id) AS (SELECT ? UNION ALL SELECT f.id FROM archive_folders f JOIN t ON f.parent_id = t.id) SELECT id FROM t')
    .pluck()
    .all(folder.id) as string[];
  const leaf = db
    .prepare("SELECT d.folder_id FROM documents d JOIN archive_folders f ON f.id = d.folder_id WHERE f.level = 'projectStage' GROUP BY d.folder_id ORDER BY count(*) LIMIT 1")
    .pluck()
    .get() as string;
  const tag = db.prepare('SELECT tag FROM document_tags GROUP BY tag ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
  const rareTag = db.prepare('SELECT tag FROM document_tags GROUP BY tag ORDER BY count(*) LIMIT 1').pluck().get() as string;
  const minutes = db.prepare("SELECT id FROM document_classes WHERE built_in_key = 'minutes'").pluck().get() as string;
  const lastDay = db.prepare('SELECT max(doc_date) FROM documents').pluck().get() as string;
  const yearBefore = `${Number(lastDay.slice(0, 4)) - 1}${lastDay.slice(4)}`;
  // The client with the most documents (a search that fills pages), and one of its ordinary documents the search must find.
  const titled = db
    .prepare(
      `SELECT d.id, d.title, c.name AS client FROM documents d JOIN clients c ON c.id = d.client_id
       WHERE d.security <> 'confidential' AND d.client_id = (SELECT client_id FROM documents WHERE client_id IS NOT NULL GROUP BY client_id ORDER BY count(*) DESC LIMIT 1)
       ORDER BY d.doc_date DESC LIMIT 1`,
    )
    .get() as { id: string; title: string; client: string };
  const keys = orgKeys(titled.client);

  const browse = (name: string, input: Record<string, unknown>, where: string, params: unknown[], note: string): Case => ({
    name,
    input,
    floorSql: `SELECT d.id, d.doc_date FROM documents d WHERE d.deleted_at IS NULL${where ? ` AND ${where}` : ''} ${ORDER}`,
    floorParams: params,
    floorNote: note,
  });
  const search = (name: string, query: string, note: string, expectId?: string): Case => ({
    name,
    ...(expectId && { expectId }),
    input: { query },
    floorSql: `SELECT m.id FROM (SELECT d.entity_id AS id, f.rowid AS r FROM search_documents f JOIN search_docs d ON d.kind = 'documents' AND d.seq = f.rowid
        WHERE search_documents MATCH ? ORDER BY f.rowid DESC LIMIT ${PAGE + 1}) m JOIN documents e ON e.id = m.id WHERE e.deleted_at IS NULL ORDER BY m.r DESC`,
    floorParams: [firstMatch(db, query)],
    floorNote: note,
    detail: { query },
  });
  const cases: Case[] = [
    browse('archive.list (first page, no filter)', {}, '', [], 'floor: the first page of keys along documents_doc_date'),
    browse(
      `archive.list (folder ${folder.name} and below)`,
      { folderId: folder.id },
      'd.folder_id IN (SELECT value FROM json_each(?))',
      [JSON.stringify(subtree)],
      'floor: the page of keys of the subtree’s folders',
    ),
    browse('archive.list (one project-stage folder)', { folderId: leaf }, 'd.folder_id = ?', [leaf], 'floor: the page of keys along documents_folder'),
    browse(`archive.list (tag ${tag}, the most used)`, { tag }, 'd.id IN (SELECT document_id FROM document_tags WHERE tag = ?)', [tag], 'floor: the page of keys of the tag’s documents'),
    browse(`archive.list (tag ${rareTag}, the least used)`, { tag: rareTag }, 'd.id IN (SELECT document_id FROM document_tags WHERE tag = ?)', [rareTag], 'floor: the page of keys of the tag’s documents'),
    browse(
      'archive.list (class minutes, the last year)',
      { classId: minutes, from: yearBefore, to: lastDay },
      'd.class_id = ? AND d.doc_date >= ? AND d.doc_date <= ?',
      [minutes, yearBefore, lastDay],
      'floor: the page of keys along documents_class',
    ),
    browse(
      'archive.list (pending only)',
      { pending: true },
      "d.id IN (SELECT document_id FROM document_versions WHERE status = 'pending' AND deleted_at IS NULL)",
      [],
      'floor: the page of keys of documents with a pending version',
    ),
    search(`archive.list (search ${titled.client}, a title’s Chinese words)`, titled.client, 'floor: the first tier’s tokens in search_documents, newest first', titled.id),
    search('archive.list (search 会议纪要)', '会议纪要', 'floor: the first tier’s tokens in search_documents, newest first'),
    search(`archive.list (search ${keys.full}, full pinyin)`, keys.full, 'floor: the first tier’s tokens in search_documents, newest first', titled.id),
    search(`archive.list (search ${keys.initials}, initials)`, keys.initials, 'floor: the first tier’s tokens in search_documents, newest first', titled.id),
    search(`archive.list (search ${TEXT_ONLY_WORD}, only inside files)`, TEXT_ONLY_WORD, 'floor: the first tier’s tokens in search_documents, newest first'),
  ];

  const results: OpResult[] = [];
  for (const c of cases) {
    const stmt = db.prepare(c.floorSql);
    const found = (await bench.call<{ items: { id: string }[] }>('archive.list', c.input)).items;
    const expected = c.expectId && (await bench.call<{ items: { id: string }[] }>('archive.list', { ...c.input, limit: 200 })).items.some((d) => d.id === c.expectId);
    results.push(
      opResult({
        group: GROUP,
        name: c.name,
        budget: 'none',
        app: await sampleOver([c.input], (input) => bench.call('archive.list', input), { rounds }),
        floor: floorSamples([c.floorParams], (p) => stmt.all(...p), rounds),
        floorNote: c.floorNote,
        // The floor finds the page's keys; the app also reads 50 summaries (folder path, tags, version, links): context, not a bound.
        floorBound: false,
        detail: { ...detail, ...c.detail, rows: found.length, ...(c.expectId && { findsTheDocument: expected }), floorRows: stmt.all(...c.floorParams).length, floorPlan: planOf(db, c.floorSql, c.floorParams) },
      }),
    );
  }

  const tagsSql = 'SELECT t.tag, count(*) AS documents FROM document_tags t GROUP BY t.tag ORDER BY documents DESC, t.tag';
  const tags = db.prepare(tagsSql);
  results.push(
    opResult({
      group: GROUP,
      name: 'archive.tags (every tag with its count)',
      budget: 'none',
      app: await sampleOver([0], () => bench.call('archive.tags', {}), { rounds }),
      floor: floorSamples([0], () => tags.all(), rounds),
      floorNote: 'floor: the tags counted along document_tags_tag, without the visibility join',
      floorBound: false,
      detail: { floorPlan: planOf(db, tagsSql, []) },
    }),
  );
  const foldersSql = 'SELECT d.folder_id, count(*) AS n FROM documents d WHERE d.deleted_at IS NULL AND d.folder_id IS NOT NULL GROUP BY d.folder_id';
  const folders = db.prepare(foldersSql);
  results.push(
    opResult({
      group: GROUP,
      name: 'archive.folders (the tree with counts)',
      budget: 'none',
      app: await sampleOver([0], () => bench.call('archive.folders', {}), { rounds }),
      floor: floorSamples([0], () => folders.all(), rounds),
      floorNote: 'floor: documents counted per folder along documents_folder',
      floorBound: false,
      detail: { floorPlan: planOf(db, foldersSql, []) },
    }),
  );
  const ids = db.prepare('SELECT d.id FROM documents d WHERE d.id IN (SELECT document_id FROM document_versions WHERE version_no = 3) ORDER BY d.id LIMIT 20').pluck().all() as string[];
  const getSql = 'SELECT d.*, (SELECT json_group_array(tag) FROM document_tags t WHERE t.document_id = d.id) AS tags FROM documents d WHERE d.id = ?';
  const versionsSql = 'SELECT * FROM document_versions WHERE document_id = ? ORDER BY version_no';
  const get = db.prepare(getSql);
  const versions = db.prepare(versionsSql);
  results.push(
    opResult({
      group: GROUP,
      name: 'archive.get (documents with three versions)',
      budget: 'none',
      app: await sampleOver(ids, (id) => bench.call('archive.get', { id }), { rounds }),
      floor: floorSamples(ids, (id) => [get.get(id), versions.all(id)], rounds),
      floorNote: 'floor: the document row with its tags, and its versions',
      floorBound: false,
      detail: { documents: ids.length, floorPlan: [...planOf(db, getSql, [ids[0]]), ...planOf(db, versionsSql, [ids[0]])] },
    }),
  );

  if (opts.storageCheck) {
    // Reads and decrypts every file: once, never in the loop.
    let check = { files: 0, bytes: 0, intact: false };
    const ms = await timeOnce(async () => {
      check = await bench.call<{ files: number; bytes: number; intact: boolean }>('storage.check', {});
    });
    results.push(
      opResult({
        group: GROUP,
        name: 'storage.check (every file read once)',
        budget: 'none',
        app: [ms],
        floor: null,
        floorNote: 'floor n/a: reads and decrypts every stored file; timed once',
        detail: { files: check.files, bytes: check.bytes, intact: check.intact, filesPerSecond: Math.round(check.files / (ms / 1000)), mbPerSecond: Math.round((check.bytes / 1048576 / (ms / 1000)) * 10) / 10 },
      }),
    );
  }
  return results;
}
