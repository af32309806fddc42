import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ClientCursor } from '../../../contract/clients';
import { pinyinQuery } from '../../../contract/search-keys';
import { TIER_RANK, tierRank } from '../../../db/schema/clients';
import type { ServiceContext } from '../../core/context';
import { countCapped, foreignCursor, pageOf } from '../../core/key-paging';
import type { ReadDb } from '../../core/write-path';
import { selectClientRows, toSummary } from './client-rows';

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Name characters, full pinyin or initials (prefix, index-backed via GLOB), or part of a tag. */
function matchQuery(query: string): SQL {
  const like = `%${escapeLike(query)}%`;
  const conditions: SQL[] = [
    sql`c.name LIKE ${like} ESCAPE '\\'`,
    sql`EXISTS (SELECT 1 FROM json_each(c.tags) j WHERE j.value LIKE ${like} ESCAPE '\\')`,
  ];
  // Folded as the keys are: lv, lu and lü all find 吕.
  const letters = pinyinQuery(query, true);
  if (letters) {
    conditions.push(sql`c.name_pinyin GLOB ${`${letters}*`}`, sql`c.name_initials GLOB ${`${letters}*`}`);
  }
  return sql.join(conditions, sql` OR `);
}

const RANK = tierRank(sql`c.tier`);

interface Found {
  ids: string[];
  nextCursor: string | null;
}

/**
 * Browsing: VIP before key before normal, then by pinyin, read by key down
 * clients_directory (tier rank, name_pinyin, id). One tier: that rank only,
 * in pinyin order (SQLite keeps the index order only when told the rank is fixed).
 */
function browseClients(db: ReadDb, tier: keyof typeof TIER_RANK | undefined, cursor: ClientCursor | undefined, limit: number): Found {
  if (cursor !== undefined && !Array.isArray(cursor)) throw foreignCursor();
  const parts: SQL[] = [sql`c.deleted_at IS NULL`];
  let order = sql`${RANK}, c.name_pinyin, c.id`;
  if (tier) {
    parts.push(sql`${RANK} = ${TIER_RANK[tier]}`);
    order = sql`c.name_pinyin, c.id`;
    if (cursor) parts.push(sql`c.name_pinyin >= ${cursor[1]} AND (c.name_pinyin, c.id) > (${cursor[1]}, ${cursor[2]})`);
  } else if (cursor) {
    // The plain `>=` bounds the index range; the row value settles the rest.
    parts.push(sql`${RANK} >= ${cursor[0]} AND (${RANK}, c.name_pinyin, c.id) > (${cursor[0]}, ${cursor[1]}, ${cursor[2]})`);
  }
  const rows = db.all<{ id: string; rank: number; pinyin: string }>(
    sql`SELECT c.id, ${RANK} AS rank, c.name_pinyin AS pinyin FROM clients c WHERE ${sql.join(parts, sql` AND `)} ORDER BY ${order} LIMIT ${limit + 1}`,
  );
  const page = pageOf(rows, limit, (r) => [r.rank, r.pinyin, r.id]);
  return { ids: page.rows.map((r) => r.id), nextCursor: page.nextCursor };
}

/** Searching: an exact name first, then by tier and pinyin; a few pages deep at most, so the cursor is an offset. Swap the engine here. */
function searchClients(db: ReadDb, where: SQL, query: string, cursor: ClientCursor | undefined, limit: number): Found {
  if (Array.isArray(cursor)) throw foreignCursor();
  const offset = cursor?.offset ?? 0;
  const rows = db.all<{ id: string }>(sql`
    SELECT c.id FROM clients c WHERE ${where} AND (${matchQuery(query)})
    ORDER BY (c.name = ${query}) DESC, ${RANK}, c.name_pinyin, c.id LIMIT ${limit + 1} OFFSET ${offset}`);
  const page = pageOf(rows, limit, () => ({ offset: offset + limit }));
  return { ids: page.rows.map((r) => r.id), nextCursor: page.nextCursor };
}

/** The directory page: an exact name first, then VIP before key before normal, then by pinyin. */
export function listClients(ctx: ServiceContext, input: Parsed<'clients', 'list'>): Output<'clients', 'list'> {
  const query = input.query?.trim() ?? '';
  const where = sql.join([sql`c.deleted_at IS NULL`, ...(input.tier ? [sql`c.tier = ${input.tier}`] : [])], sql` AND `);
  const found = query === '' ? browseClients(ctx.db, input.tier, input.cursor, input.limit) : searchClients(ctx.db, where, query, input.cursor, input.limit);
  const count = input.count ? countCapped(ctx.db, sql`clients c WHERE ${where}${query === '' ? sql`` : sql` AND (${matchQuery(query)})`}`) : undefined;
  const rows = new Map(
    found.ids.length === 0 ? [] : selectClientRows(ctx.db, sql`c.id IN (${sql.join(found.ids.map((id) => sql`${id}`), sql`, `)})`).map((r) => [r.id, r]),
  );
  return { items: found.ids.map((id) => toSummary(rows.get(id)!)), nextCursor: found.nextCursor, ...(count && { count }) };
}
