import type Database from 'better-sqlite3';
import { nameReadings, orgKeys } from './pinyin';
import type { SearchDocument } from './terms';

/** What the app finds through the one search engine; each has its own FTS5 table `search_<kind>`. */
export const SEARCH_KINDS = ['people', 'clients', 'plans', 'staff'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface KindSource {
  /** The table the documents describe (its rows are joined as `e` when a search is filtered). */
  table: string;
  /** The documents of these rows; a row that is gone or soft-deleted has none (and leaves the index). */
  load(sqlite: Database.Database, ids: readonly string[]): Map<string, SearchDocument>;
  /**
   * How rows waiting to be indexed are ordered, oldest activity first, over the
   * row `e`: a rebuilt index ranks them as the desk saw them, not as they were stored.
   */
  recency: string;
}

type Row = Record<string, string | null>;

function rowsOf(sqlite: Database.Database, select: string, ids: readonly string[]): Row[] {
  return sqlite.prepare(`${select} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[];
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
  recency: `coalesce((SELECT max(v.check_in_at) FROM visits v WHERE v.person_id = e.id), e.created_at)`,
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
  recency: 'e.updated_at',
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
  recency: 'e.updated_at',
};

const staff: KindSource = {
  table: 'users',
  load: (sqlite, ids) =>
    new Map(
      rowsOf(sqlite, 'SELECT id, name, login, department FROM users WHERE deleted_at IS NULL AND id', ids).map((r) => [
        r.id!,
        { main: r.name!, others: [r.login ?? '', r.department ?? ''], pinyin: nameReadings(r.name!) },
      ]),
    ),
  recency: 'e.updated_at',
};

export const KIND_SOURCES: Record<SearchKind, KindSource> = { people, clients, plans, staff };
