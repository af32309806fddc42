import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { PersonCursor } from '../../../contract/clients';
import type { ServiceContext } from '../../core/context';
import { countCapped, foreignCursor, pageOf } from '../../core/key-paging';
import type { ReadDb } from '../../core/write-path';
import { visitorMatch } from '../visitors';
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
 * Searching: the desk's visitor match, an exact name first, then by pinyin.
 * Ranked results are read a few pages deep at most, so the cursor is an offset.
 * The one place the directory's search is asked: swap the engine here.
 */
function searchPeople(ctx: ServiceContext, where: SQL, query: string, cursor: PersonCursor | undefined, limit: number): Found {
  if (Array.isArray(cursor)) throw foreignCursor();
  const offset = cursor?.offset ?? 0;
  const rows = ctx.db.all<{ id: string }>(sql`
    SELECT v.id FROM people v WHERE ${where} AND (${visitorMatch(ctx, query)})
    ORDER BY (v.name = ${query}) DESC, v.name_pinyin, v.id LIMIT ${limit + 1} OFFSET ${offset}`);
  const page = pageOf(rows, limit, () => ({ offset: offset + limit }));
  return { ids: page.rows.map((r) => r.id), nextCursor: page.nextCursor };
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
  const found = query === '' ? browsePeople(ctx.db, where, input.cursor, input.limit) : searchPeople(ctx, where, query, input.cursor, input.limit);
  const count = input.count ? countCapped(ctx.db, sql`people v WHERE ${where}${query === '' ? sql`` : sql` AND (${visitorMatch(ctx, query)})`}`) : undefined;
  const rows = new Map(
    found.ids.length === 0 ? [] : selectPersonSummaries(ctx.db, sql`v.id IN (${sql.join(found.ids.map((id) => sql`${id}`), sql`, `)})`).map((p) => [p.id, p]),
  );
  return { items: found.ids.map((id) => rows.get(id)!), nextCursor: found.nextCursor, ...(count && { count }) };
}
