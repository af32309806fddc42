import { sql } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { MATCH_COUNT_CAP } from '../../search';
import { searchPeopleIds } from '../visitors';
import { selectPersonSummaries } from './person-rows';

/** A page of the people a query finds, ranked by the search engine (exact, starts-with, contains; recent first). */
function pageMatches(ctx: ServiceContext, query: string, input: Parsed<'people', 'list'>): { total: number; ids: string[] } {
  const filter = input.withoutClient ? sql`e.client_id IS NULL` : undefined;
  const ids = searchPeopleIds(ctx, { query, limit: input.limit, offset: input.offset, filter });
  const total = searchPeopleIds(ctx, { query, limit: MATCH_COUNT_CAP, filter }).length;
  return { total, ids };
}

/** A page of everyone on file, by pinyin. */
function pageEveryone(ctx: ServiceContext, input: Parsed<'people', 'list'>): { total: number; ids: string[] } {
  const where = input.withoutClient ? sql`v.deleted_at IS NULL AND v.client_id IS NULL` : sql`v.deleted_at IS NULL`;
  const total = ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM people v WHERE ${where}`)?.n ?? 0;
  const ids = ctx.db
    .all<{ id: string }>(sql`SELECT v.id FROM people v WHERE ${where} ORDER BY v.name_pinyin, v.id LIMIT ${input.limit} OFFSET ${input.offset}`)
    .map((r) => r.id);
  return { total, ids };
}

/**
 * The directory's people page: everyone on file, walk-ins included, found the
 * way the desk finds a returning visitor. Counted and paged in SQL (the
 * directory may hold 100 000 people): the page's ids are picked on the bare
 * table (by the pinyin index when nothing is typed), and only those rows get
 * their organization and visit counts. An exact name comes first, then by pinyin.
 */
export function listPeople(ctx: ServiceContext, input: Parsed<'people', 'list'>): Output<'people', 'list'> {
  const query = input.query?.trim() ?? '';
  const { total, ids } = query === '' ? pageEveryone(ctx, input) : pageMatches(ctx, query, input);
  if (ids.length === 0) return { total, items: [] };
  const rows = new Map(selectPersonSummaries(ctx.db, sql`v.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`).map((p) => [p.id, p]));
  return { total, items: ids.map((id) => rows.get(id)!) };
}
