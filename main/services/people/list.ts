import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { visitorMatch } from '../visitors/search';
import { selectPersonSummaries } from './person-rows';

/**
 * The directory's people page: everyone on file, walk-ins included, found the
 * way the desk finds a returning visitor. Counted and paged in SQL (the
 * directory may hold 100 000 people); an exact name comes first, then by pinyin.
 */
export function listPeople(ctx: ServiceContext, input: Parsed<'people', 'list'>): Output<'people', 'list'> {
  const query = input.query?.trim() ?? '';
  const parts: SQL[] = [sql`1 = 1`];
  if (query !== '') parts.push(sql`(${visitorMatch(ctx, query)})`);
  if (input.withoutClient) parts.push(sql`v.client_id IS NULL`);
  const where = sql.join(parts, sql` AND `);
  const total = ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM visitors v WHERE v.deleted_at IS NULL AND (${where})`)?.n ?? 0;
  const items = selectPersonSummaries(
    ctx.db,
    where,
    sql`ORDER BY (v.name = ${query}) DESC, v.name_pinyin, v.id LIMIT ${input.limit} OFFSET ${input.offset}`,
  );
  return { total, items };
}
