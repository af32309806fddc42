import { sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../core/write-path';
import { KIND_SOURCES, type SearchKind } from './kinds';
import { planSearch, type SearchTier } from './query-plan';

export interface SearchRequest {
  kind: SearchKind;
  query: string;
  /** How many ids to return, best first. */
  limit: number;
  /** How many of the best to skip (a next page of results). */
  offset?: number;
  /** A condition on the found row, aliased `e` (e.g. `e.client_id IS NULL`). */
  filter?: SQL;
}

/** What a document must satisfy to be in a tier: the index's tokens, then the text checks they approximate. */
function tierChecks(fts: SQL, tier: SearchTier): SQL[] {
  const checks: SQL[] = [sql`${fts} MATCH ${tier.match}`];
  if (tier.contains) checks.push(sql`instr(d.text, ${tier.contains}) > 0`);
  if (tier.startsWith) checks.push(sql`substr(d.text, 1, ${[...tier.startsWith].length}) = ${tier.startsWith}`);
  return checks;
}

/** One tier's best `take` ids in recency order: the FTS5 table is read newest first and stops there. */
function tierIds(db: ReadDb, kind: SearchKind, tier: SearchTier, take: number, filter: SQL | undefined): string[] {
  const fts = sql.raw(`search_${kind}`);
  const checks = tierChecks(fts, tier);
  const table = KIND_SOURCES[kind].table;
  if (filter && !table) throw new Error(`A search of ${kind} cannot be filtered: it has no table.`);
  const join = filter ? sql`JOIN ${sql.raw(table!)} e ON e.id = d.entity_id` : sql``;
  if (filter) checks.push(filter);
  return db
    .all<{ id: string }>(
      sql`SELECT d.entity_id AS id FROM ${fts} JOIN search_docs d ON d.kind = ${kind} AND d.seq = ${fts}.rowid ${join}
        WHERE ${sql.join(checks, sql` AND `)} ORDER BY ${fts}.rowid DESC LIMIT ${take}`,
    )
    .map((r) => r.id);
}

/**
 * The ids matching a typed query, ranked: exact before starts-with before
 * contains, and within each the most recently active first. Each tier is
 * asked for no more than the page still needs (plus what earlier tiers may
 * have already given), so a keystroke costs the rows it shows.
 */
export function searchIds(db: ReadDb, request: SearchRequest): string[] {
  const want = (request.offset ?? 0) + request.limit;
  const found = new Set<string>();
  for (const tier of planSearch(request.query)) {
    if (found.size >= want) break;
    for (const id of tierIds(db, request.kind, tier, want, request.filter)) {
      found.add(id);
      if (found.size >= want) break;
    }
  }
  return [...found].slice(request.offset ?? 0, want);
}

/** Matches are counted no further than this: past it a list says "more than". */
export const MATCH_COUNT_CAP = 1000;

/**
 * How many rows match, counted no further than `cap` (a count of every match
 * for one character would read a fifth of the directory): the caller shows
 * "more than cap" beyond it.
 */
export function countMatches(db: ReadDb, request: Omit<SearchRequest, 'limit' | 'offset'>, cap = MATCH_COUNT_CAP): number {
  return searchIds(db, { ...request, limit: cap, offset: 0 }).length;
}

/**
 * Every id a query matches, as an SQL subquery, for a list that keeps its own
 * order and filters (plans by date and status). Unranked and unbounded: only
 * for kinds that stay small (a few thousand plans in ten years), never people.
 */
export function matchingIdsSql(kind: Exclude<SearchKind, 'people'>, query: string): SQL {
  const fts = sql.raw(`search_${kind}`);
  const tiers = planSearch(query);
  if (tiers.length === 0) return sql`SELECT NULL WHERE 0`;
  return sql.join(
    tiers.map((tier) => sql`SELECT d.entity_id FROM ${fts} JOIN search_docs d ON d.kind = ${kind} AND d.seq = ${fts}.rowid WHERE ${sql.join(tierChecks(fts, tier), sql` AND `)}`),
    sql` UNION `,
  );
}
