import type Database from 'better-sqlite3';
import { nameKeys, nameReadings, orgKeys } from './pinyin';
import type { SearchDocument } from './terms';
import { preparedOnce } from '../../db/statement-cache';

/** What the app finds through the one search engine; each has its own FTS5 table `search_<kind>`. */
export const SEARCH_KINDS = ['people', 'clients', 'plans', 'staff', 'incidents', 'feedback', 'followups', 'documents'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface KindSource {
  /** The table the documents describe (its rows are joined as `e` when a search is filtered); none for staff names. */
  table: string | null;
  /** The documents of these rows; a row that is gone or soft-deleted has none (and leaves the index). */
  load(sqlite: Database.Database, ids: readonly string[]): Map<string, SearchDocument>;
  /**
   * When a waiting row was last active, as SQL over its id `d.entity_id`: rows
   * are indexed oldest first, so a rebuilt index ranks them as the desk saw
   * them, not as they were stored.
   */
  recency: string;
}

type Row = Record<string, string | null>;

function rowsOf(sqlite: Database.Database, select: string, ids: readonly string[]): Row[] {
  // The same text on every write of a kind: prepared once per connection, not per flush.
  return preparedOnce(sqlite, `${select} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[];
}

function tagsOf(json: string | null): string[] {
  try {
    const tags: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

const people: KindSource = {
  table: 'people',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(sqlite, 'SELECT id, name, company, phone, name_pinyin, name_initials FROM people WHERE deleted_at IS NULL AND id', ids).map((r) => [
        r.id!,
        // The stored keys are the surname reading; a heteronym's everyday reading is added.
        { main: r.name!, others: [r.company ?? ''], phones: [r.phone ?? ''], pinyin: nameReadings(r.name!, { full: r.name_pinyin!, initials: r.name_initials! }) },
      ]),
    ),
  recency: `coalesce((SELECT max(v.check_in_at) FROM visits v WHERE v.person_id = d.entity_id), (SELECT created_at FROM people WHERE id = d.entity_id))`,
};

const clients: KindSource = {
  table: 'clients',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(sqlite, 'SELECT id, name, tags, name_pinyin, name_initials FROM clients WHERE deleted_at IS NULL AND id', ids).map((r) => [
        r.id!,
        { main: r.name!, others: tagsOf(r.tags ?? null), pinyin: [{ full: r.name_pinyin!, initials: r.name_initials! }] },
      ]),
    ),
  recency: '(SELECT updated_at FROM clients WHERE id = d.entity_id)',
};

const plans: KindSource = {
  table: 'visit_plans',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(sqlite, 'SELECT p.id, p.title, c.name AS client FROM visit_plans p LEFT JOIN clients c ON c.id = p.client_id WHERE p.deleted_at IS NULL AND p.id', ids).map((r) => [
        r.id!,
        { main: r.title!, others: [r.client ?? ''], pinyin: [orgKeys(r.title!)] },
      ]),
    ),
  recency: '(SELECT updated_at FROM visit_plans WHERE id = d.entity_id)',
};

/** Where a name serves: on a plan's team (lead or stand-in), with the phone given there. */
const TEAM_SERVICE = `SELECT primary_name AS name, primary_phone AS phone, updated_at FROM plan_team WHERE deleted_at IS NULL
  UNION ALL SELECT backup_name, backup_phone, updated_at FROM plan_team WHERE deleted_at IS NULL AND backup_name <> ''`;

/**
 * Staff are found by name, as they are written on teams: the document's id is
 * the name itself, present while a live team row or a staff account carries it.
 * Its phone is the one last given on a team; an account adds login and department.
 */
const staff: KindSource = {
  table: null,
  load: (sqlite, names) => {
    const json = JSON.stringify(names);
    const served = sqlite
      .prepare(`SELECT name, phone FROM (${TEAM_SERVICE}) WHERE name IN (SELECT value FROM json_each(?)) ORDER BY updated_at`)
      .all(json) as { name: string; phone: string }[];
    const accounts = sqlite.prepare('SELECT name, login, department FROM users WHERE deleted_at IS NULL AND name IN (SELECT value FROM json_each(?))').all(json) as Row[];
    const docs = new Map<string, SearchDocument>();
    const docOf = (name: string) => docs.get(name) ?? docs.set(name, { main: name, others: [], phones: [], pinyin: nameReadings(name) }).get(name)!;
    for (const s of served) if (s.phone || !docs.has(s.name)) Object.assign(docOf(s.name), s.phone ? { phones: [s.phone] } : {});
    for (const a of accounts) Object.assign(docOf(a.name!), { others: [a.login ?? '', a.department ?? ''] });
    return docs;
  },
  recency: `(SELECT max(updated_at) FROM (${TEAM_SERVICE}) WHERE name = d.entity_id)`,
};

/** Pinyin of the names an after-visit record is also found by (the visitor's, the client's). */
function alsoReadAs(person: string | null | undefined, client: string | null | undefined) {
  return [...(person ? [nameKeys(person)] : []), ...(client ? [orgKeys(client)] : [])];
}

/** Incidents: by code and title, and by the visitor, the caller and the client they concern. */
const incidents: KindSource = {
  table: 'incidents',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(
        sqlite,
        `SELECT i.id, i.title, i.code, i.contact_name, i.contact_phone, p.name AS person, c.name AS client
         FROM incidents i LEFT JOIN people p ON p.id = i.person_id LEFT JOIN clients c ON c.id = i.client_id
         WHERE i.deleted_at IS NULL AND i.id`,
        ids,
      ).map((r) => [
        r.id!,
        {
          main: r.title!,
          others: [r.code!, r.person ?? '', r.contact_name ?? '', r.client ?? ''],
          phones: [r.contact_phone ?? ''],
          pinyin: [orgKeys(r.title!), ...alsoReadAs(r.person ?? r.contact_name, r.client)],
        },
      ]),
    ),
  recency: '(SELECT updated_at FROM incidents WHERE id = d.entity_id)',
};

/** Feedback responses: by who gave it, the client, and the words of the comments. */
const feedback: KindSource = {
  table: 'feedback_responses',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(
        sqlite,
        `SELECT f.id, f.respondent_name, f.comment_text, p.name AS person, c.name AS client, r.code
         FROM feedback_responses f LEFT JOIN people p ON p.id = f.person_id LEFT JOIN clients c ON c.id = f.client_id
           LEFT JOIN feedback_requests r ON r.id = f.request_id
         WHERE f.deleted_at IS NULL AND f.id`,
        ids,
      ).map((r) => {
        const who = r.person ?? (r.respondent_name || null);
        return [
          r.id!,
          { main: who ?? r.client ?? '', others: [r.client ?? '', r.code ?? '', (r.comment_text ?? '').slice(0, 200)], pinyin: alsoReadAs(who, r.client) },
        ];
      }),
    ),
  recency: '(SELECT updated_at FROM feedback_responses WHERE id = d.entity_id)',
};

/** Follow-up sequences: by title and client. */
const followups: KindSource = {
  table: 'followup_plans',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(
        sqlite,
        `SELECT f.id, f.title, c.name AS client, f.owner_name FROM followup_plans f JOIN clients c ON c.id = f.client_id WHERE f.deleted_at IS NULL AND f.id`,
        ids,
      ).map((r) => [r.id!, { main: r.title!, others: [r.client ?? '', r.owner_name ?? ''], pinyin: [orgKeys(r.title!), ...alsoReadAs(null, r.client)] }]),
    ),
  recency: '(SELECT updated_at FROM followup_plans WHERE id = d.entity_id)',
};

/**
 * Characters of a file's text that are searched. Every 1-3 character piece of
 * the text is a token, so the whole of a 500-page contract would cost
 * megabytes per document; the first pages hold what people search a file by
 * (its parties, subject, dates), and title, tags and notes are searched whole.
 */
export const DOCUMENT_TEXT_SEARCHED = 4000;

/**
 * Archive documents: by title (and its pinyin), code, tags, notes, the names
 * of the client and person it is linked to, and the words of the version in
 * force. A confidential document's text is never indexed (DESIGN15); the
 * document itself is found only by those who may see it (the list filters).
 */
const documents: KindSource = {
  table: 'documents',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(
        sqlite,
        `SELECT d.id, d.title, d.code, d.notes, c.name AS client, p.name AS person,
           (SELECT json_group_array(tag) FROM document_tags t WHERE t.document_id = d.id) AS tags,
           CASE WHEN d.security = 'confidential' THEN NULL
             ELSE (SELECT substr(x.text, 1, ${DOCUMENT_TEXT_SEARCHED}) FROM document_versions v JOIN document_texts x ON x.content_hash = v.content_hash WHERE v.id = d.current_version_id)
           END AS body
         FROM documents d LEFT JOIN clients c ON c.id = d.client_id LEFT JOIN people p ON p.id = d.person_id
         WHERE d.deleted_at IS NULL AND d.id`,
        ids,
      ).map((r) => [
        r.id!,
        {
          main: r.title!,
          others: [r.code!, ...tagsOf(r.tags ?? null), r.notes ?? '', r.client ?? '', r.person ?? '', r.body ?? ''],
          pinyin: [orgKeys(r.title!), ...alsoReadAs(r.person, r.client)],
        },
      ]),
    ),
  recency: '(SELECT updated_at FROM documents WHERE id = d.entity_id)',
};

export const KIND_SOURCES: Record<SearchKind, KindSource> = { people, clients, plans, staff, incidents, feedback, followups, documents };
