import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { countMatches, searchIds } from '../../search';
import { selectClientRows, toSummary } from './client-rows';
import type { ReadDb } from '../../core/write-path';

function countClients(db: ReadDb, where: SQL): number {
  const row = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM clients c WHERE c.deleted_at IS NULL AND (${where})`);
  return row?.n ?? 0;
}

/** Name characters, full pinyin or initials, or part of a tag: ranked by the search engine. */
function listMatches(ctx: ServiceContext, query: string, input: Parsed<'clients', 'list'>): Output<'clients', 'list'> {
  const filter = input.tier ? sql`e.tier = ${input.tier}` : undefined;
  const ids = searchIds(ctx.db, { kind: 'clients', query, limit: input.limit, offset: input.offset, filter });
  const total = countMatches(ctx.db, { kind: 'clients', query, filter });
  if (ids.length === 0) return { total, items: [] };
  const rows = new Map(selectClientRows(ctx.db, sql`c.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`, sql``).map((r) => [r.id, r]));
  return { total, items: ids.flatMap((id) => (rows.has(id) ? [toSummary(rows.get(id)!)] : [])) };
}

/** The directory page: a query ranks by the search engine; otherwise VIP before key before normal, then by pinyin. */
export function listClients(ctx: ServiceContext, input: Parsed<'clients', 'list'>): Output<'clients', 'list'> {
  const query = input.query?.trim() ?? '';
  if (query !== '') return listMatches(ctx, query, input);
  const where = input.tier ? sql`c.tier = ${input.tier}` : sql`1 = 1`;
  const rows = selectClientRows(
    ctx.db,
    where,
    sql`ORDER BY CASE c.tier WHEN 'vip' THEN 0 WHEN 'key' THEN 1 ELSE 2 END, c.name_pinyin, c.id
      LIMIT ${input.limit} OFFSET ${input.offset}`,
  );
  return { total: countClients(ctx.db, where), items: rows.map(toSummary) };
}
