import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { normalizePhone } from '../../../contract/fields';
import { normalizeIdNumber } from '../../../contract/id-documents';
import { pinyinQuery } from '../../../contract/search-keys';
import type { ServiceContext } from '../../core/context';
import { idIndexes } from '../people';

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The digits of a phone typed in any written form (`0755-8888 8888 转 123`), as stored phones are compared. */
function phoneDigits(query: string): string {
  const normalized = normalizePhone(query);
  return (/^\+?[\d-]+$/.test(normalized) ? normalized : query.replace(/[\s()（）.-]/g, '')).replace(/-/g, '');
}

/**
 * The ways a receptionist may type a returning visitor: characters of the name
 * or company, full pinyin or initials (prefix, index-backed via GLOB), part of
 * the phone number, or a whole ID number (blind index, never plaintext).
 * Rows are `people v`. The desk's search and the directory's people list both use it.
 */
export function visitorMatch(ctx: ServiceContext, query: string): SQL {
  return sql.join(matchConditions(ctx, query), sql` OR `);
}

function matchConditions(ctx: ServiceContext, query: string): SQL[] {
  const like = `%${escapeLike(query)}%`;
  const conditions: SQL[] = [sql`v.name LIKE ${like} ESCAPE '\\'`, sql`v.company LIKE ${like} ESCAPE '\\'`];
  // Folded as the keys are: lv, lu and lü all find 吕.
  const letters = pinyinQuery(query);
  if (letters) {
    conditions.push(sql`v.name_pinyin GLOB ${`${letters}*`}`, sql`v.name_initials GLOB ${`${letters}*`}`);
  }
  // Stored landlines keep their area-code dash (010-65123456): compare digits with digits.
  const digits = phoneDigits(query);
  if (/^\+?\d{3,}$/.test(digits)) conditions.push(sql`REPLACE(v.phone, '-', '') LIKE ${`%${escapeLike(digits)}%`} ESCAPE '\\'`);
  const idLike = normalizeIdNumber(query);
  if (/^[A-Z0-9]{5,30}$/.test(idLike) && /\d/.test(idLike)) {
    conditions.push(inArray(sql`v.id_number_index`, idIndexes(ctx, idLike)));
  }
  return conditions;
}

export function searchVisitors(ctx: ServiceContext, input: Parsed<'visitors', 'search'>): Output<'visitors', 'search'> {
  const query = input.query.trim();
  if (query === '') return [];
  const where = visitorMatch(ctx, query);
  return ctx.db.all<Output<'visitors', 'search'>[number]>(sql`
    SELECT v.id, v.name, v.company, v.phone, v.id_type AS idType, v.id_number_mask AS idMasked,
      (SELECT MAX(check_in_at) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS lastVisitAt,
      (SELECT COUNT(*) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS visitCount
    FROM people v
    WHERE v.deleted_at IS NULL AND (${where})
    ORDER BY (v.name = ${query}) DESC, lastVisitAt DESC NULLS LAST
    LIMIT ${input.limit}`);
}
