import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { normalizeIdNumber } from '../../../contract/id-documents';
import type { ServiceContext } from '../../core/context';
import { searchIds } from '../../search';
import { idIndexes } from '../people';

/** A typed query that could be a whole ID number: looked up by its blind index, never as plaintext. */
function idNumberMatches(ctx: ServiceContext, query: string): string[] {
  const idLike = normalizeIdNumber(query);
  if (!/^[A-Z0-9]{5,30}$/.test(idLike) || !/\d/.test(idLike)) return [];
  const indexes = idIndexes(ctx, idLike);
  return ctx.db
    .all<{ id: string }>(sql`SELECT id FROM people WHERE id_number_index IN (${sql.join(indexes.map((i) => sql`${i}`), sql`, `)}) AND deleted_at IS NULL`)
    .map((r) => r.id);
}

export interface PeopleSearch {
  query: string;
  limit: number;
  offset?: number;
  /** A condition on the person `e` (the directory's "not linked to a client"). */
  filter?: SQL;
}

/**
 * The ways a receptionist may type a returning visitor — characters of the
 * name or company, full pinyin or initials or both mixed, part of the phone,
 * or a whole ID number — as ranked ids: the ID number's owner first, then the
 * search engine's exact, starts-with and contains matches, each most recently
 * seen first. The desk's search and the directory's people list both use it.
 */
export function searchPeopleIds(ctx: ServiceContext, request: PeopleSearch): string[] {
  const offset = request.offset ?? 0;
  const byId = idNumberMatches(ctx, request.query);
  const found = searchIds(ctx.db, { kind: 'people', query: request.query, limit: offset + request.limit + byId.length, filter: request.filter });
  return [...new Set([...byId, ...found])].slice(offset, offset + request.limit);
}

export function searchVisitors(ctx: ServiceContext, input: Parsed<'visitors', 'search'>): Output<'visitors', 'search'> {
  const ids = searchPeopleIds(ctx, { query: input.query.trim(), limit: input.limit });
  if (ids.length === 0) return [];
  const rows = ctx.db.all<Output<'visitors', 'search'>[number]>(sql`
    SELECT v.id, v.name, v.company, v.phone, v.id_type AS idType, v.id_number_mask AS idMasked,
      (SELECT MAX(check_in_at) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS lastVisitAt,
      (SELECT COUNT(*) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS visitCount
    FROM people v
    WHERE v.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND v.deleted_at IS NULL`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
