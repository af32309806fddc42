import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { visitorMatch } from '../visitors';
import { selectPersonSummaries } from './person-rows';

/**
 * The directory's people page: everyone on file, walk-ins included, found the
 * way the desk finds a returning visitor. Counted and paged in SQL (the
 * directory may hold 100 000 people): the page's ids are picked on the bare
 * table (by the pinyin index when nothing is typed), and only those rows get
 * their organization and visit counts. An exact name comes first, then by pinyin.
 */
export function listPeople(ctx: ServiceContext, input: Parsed<'people', 'list'>): Output<'people', 'list'> {
  const query = input.query?.trim() ?? '';
  const parts: SQL[] = [sql`v.deleted_at IS NULL`];
  if (query !== '') parts.push(sql`(${visitorMatch(ctx, query)})`);
  if (input.withoutClient) parts.push(sql`v.client_id IS NULL`);
  const where = sql.join(parts, sql` AND `);
  const total = ctx.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM people v WHERE ${where}`)?.n ?? 0;
  const order = query === '' ? sql`v.name_pinyin, v.id` : sql`(v.name = ${query}) DESC, v.name_pinyin, v.id`;
  const ids = ctx.db
    .all<{ id: string }>(sql`SELECT v.id FROM people v WHERE ${where} ORDER BY ${order} LIMIT ${input.limit} OFFSET ${input.offset}`)
    .map((r) => r.id);
  if (ids.length === 0) return { total, items: [] };
  const rows = new Map(selectPersonSummaries(ctx.db, sql`v.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`).map((p) => [p.id, p]));
  return { total, items: ids.map((id) => rows.get(id)!) };
}
