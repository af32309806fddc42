import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { PersonCursor } from '../../../contract/clients';
import type { ServiceContext } from '../../core/context';
import { COUNT_CAP, type CappedCount } from '../../../contract/key-paging';
import { countCapped, foreignCursor, pageOf } from '../../core/key-paging';
import type { ReadDb } from '../../core/write-path';
import { searchPeopleIds } from '../visitors';
import { selectPersonSummaries } from './person-rows';

interface Found {
  ids: string[];
  nextCursor: string | null;
}

/**
 * Browsing: everyone in pinyin order, read by key down people_directory
 * (name_pinyin, id), so the 2 000th page costs what the first does.
 */
function browsePeople(db: ReadDb, where: SQL, cursor: PersonCursor | undefined, limit: number): Found {
  if (cursor !== undefined && !Array.isArray(cursor)) throw foreignCursor();
  // The plain `>=` bounds the index range; the row value settles people of the same pinyin.
  const after = cursor ? sql` AND v.name_pinyin >= ${cursor[0]} AND (v.name_pinyin, v.id) > (${cursor[0]}, ${cursor[1]})` : sql``;
  const rows = db.all<{ id: string; pinyin: string }>(
    sql`SELECT v.id, v.name_pinyin AS pinyin FROM people v WHERE ${where}${after} ORDER BY v.name_pinyin, v.id LIMIT ${limit + 1}`,
  );
  const page = pageOf(rows, limit, (r) => [r.pinyin, r.id]);
  return { ids: page.rows.map((r) => r.id), nextCursor: page.nextCursor };
}

/**
 * Searching: the search engine's ranking, as the desk finds a returning
 * visitor (exact, starts-with, contains; most recently seen first). Ranked
 * results are read a few pages deep at most, so the cursor is an offset.
 */
function searchPeople(ctx: ServiceContext, filter: SQL | undefined, query: string, cursor: PersonCursor | undefined, limit: number): Found {
  if (Array.isArray(cursor)) throw foreignCursor();
  const offset = cursor?.offset ?? 0;
  const ids = searchPeopleIds(ctx, { query, limit: limit + 1, offset, filter });
  const page = pageOf(ids, limit, () => ({ offset: offset + limit }));
  return { ids: page.rows, nextCursor: page.nextCursor };
}

/** How many people a query finds, counted through the index no further than COUNT_CAP. */
function countMatches(ctx: ServiceContext, filter: SQL | undefined, query: string): CappedCount {
  const n = searchPeopleIds(ctx, { query, limit: COUNT_CAP + 1, filter }).length;
  return { n: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
}

/**
 * The directory's people page: everyone on file, walk-ins included, found the
 * way the desk finds a returning visitor. The page's ids are picked on the
 * bare table, and only those rows get their organization and visit counts.
 */
export function listPeople(ctx: ServiceContext, input: Parsed<'people', 'list'>): Output<'people', 'list'> {
  const query = input.query?.trim() ?? '';
  const parts: SQL[] = [sql`v.deleted_at IS NULL`];
  if (input.withoutClient) parts.push(sql`v.client_id IS NULL`);
  const where = sql.join(parts, sql` AND `);
  // The search engine's rows are `e`; the page's filter on them.
  const filter = input.withoutClient ? sql`e.client_id IS NULL` : undefined;
  const found = query === '' ? browsePeople(ctx.db, where, input.cursor, input.limit) : searchPeople(ctx, filter, query, input.cursor, input.limit);
  const count = !input.count ? undefined : query === '' ? countCapped(ctx.db, sql`people v WHERE ${where}`) : countMatches(ctx, filter, query);
  const rows = new Map(
    found.ids.length === 0 ? [] : selectPersonSummaries(ctx.db, sql`v.id IN (${sql.join(found.ids.map((id) => sql`${id}`), sql`, `)})`).map((p) => [p.id, p]),
  );
  return { items: found.ids.map((id) => rows.get(id)!), nextCursor: found.nextCursor, ...(count && { count }) };
}
