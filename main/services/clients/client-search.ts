import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ClientCursor } from '../../../contract/clients';
import { COUNT_CAP, type CappedCount } from '../../../contract/key-paging';
import { TIER_RANK, tierRank } from '../../../db/schema/clients';
import type { ServiceContext } from '../../core/context';
import { countCapped, foreignCursor, pageOf } from '../../core/key-paging';
import type { ReadDb } from '../../core/write-path';
import { selectClientRows, toSummary } from './client-rows';
import { searchIds } from '../../search';

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

/**
 * Searching: name characters, full pinyin or initials, or part of a tag, ranked
 * by the search engine (exact, starts-with, contains; most recently changed
 * first); a few pages deep at most, so the cursor is an offset.
 */
function searchClients(db: ReadDb, filter: SQL | undefined, query: string, cursor: ClientCursor | undefined, limit: number): Found {
  if (Array.isArray(cursor)) throw foreignCursor();
  const offset = cursor?.offset ?? 0;
  const ids = searchIds(db, { kind: 'clients', query, limit: limit + 1, offset, filter });
  const page = pageOf(ids, limit, () => ({ offset: offset + limit }));
  return { ids: page.rows, nextCursor: page.nextCursor };
}

/** How many clients a query finds, counted through the index no further than COUNT_CAP. */
function countMatches(db: ReadDb, filter: SQL | undefined, query: string): CappedCount {
  const n = searchIds(db, { kind: 'clients', query, limit: COUNT_CAP + 1, filter }).length;
  return { n: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
}

/** The directory page: a query ranks by the search engine; browsing goes VIP before key before normal, then by pinyin. */
export function listClients(ctx: ServiceContext, input: Parsed<'clients', 'list'>): Output<'clients', 'list'> {
  const query = input.query?.trim() ?? '';
  const where = sql.join([sql`c.deleted_at IS NULL`, ...(input.tier ? [sql`c.tier = ${input.tier}`] : [])], sql` AND `);
  const filter = input.tier ? sql`e.tier = ${input.tier}` : undefined;
  const found = query === '' ? browseClients(ctx.db, input.tier, input.cursor, input.limit) : searchClients(ctx.db, filter, query, input.cursor, input.limit);
  const count = !input.count ? undefined : query === '' ? countCapped(ctx.db, sql`clients c WHERE ${where}`) : countMatches(ctx.db, filter, query);
  const rows = new Map(
    found.ids.length === 0 ? [] : selectClientRows(ctx.db, sql`c.id IN (${sql.join(found.ids.map((id) => sql`${id}`), sql`, `)})`).map((r) => [r.id, r]),
  );
  return { items: found.ids.map((id) => toSummary(rows.get(id)!)), nextCursor: found.nextCursor, ...(count && { count }) };
}
