import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { pinyinQuery } from '../../../contract/search-keys';
import type { ServiceContext } from '../../core/context';
import { selectClientRows, toSummary } from './client-rows';
import type { ReadDb } from '../../core/write-path';

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

function whereOf(input: Parsed<'clients', 'list'>): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  const query = input.query?.trim() ?? '';
  if (query !== '') parts.push(sql`(${matchQuery(query)})`);
  if (input.tier) parts.push(sql`c.tier = ${input.tier}`);
  return sql.join(parts, sql` AND `);
}

function countClients(db: ReadDb, where: SQL): number {
  const row = db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM clients c WHERE c.deleted_at IS NULL AND (${where})`);
  return row?.n ?? 0;
}

/** The directory page: an exact name first, then VIP before key before normal, then by pinyin. */
export function listClients(ctx: ServiceContext, input: Parsed<'clients', 'list'>): Output<'clients', 'list'> {
  const where = whereOf(input);
  const exact = input.query?.trim() ?? '';
  const rows = selectClientRows(
    ctx.db,
    where,
    sql`ORDER BY (c.name = ${exact}) DESC, CASE c.tier WHEN 'vip' THEN 0 WHEN 'key' THEN 1 ELSE 2 END, c.name_pinyin, c.id
      LIMIT ${input.limit} OFFSET ${input.offset}`,
  );
  return { total: countClients(ctx.db, where), items: rows.map(toSummary) };
}
