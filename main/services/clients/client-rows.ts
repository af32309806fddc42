import { sql, type SQL } from 'drizzle-orm';
import type { ClientDetail, ClientSummary, ClientTier } from '../../../contract/clients';
import { AppError } from '../../core/errors';
import { selectPersonSummaries } from '../people';
import type { ReadDb } from '../../core/write-path';

interface ClientRow extends Omit<ClientSummary, 'tags'> {
  tags: string;
  background: string;
  createdAt: string;
  updatedAt: string;
}

/** Live clients with their live people counted and their people's latest check-in. */
export const CLIENT_SELECT = sql`
  SELECT c.id, c.name, c.industry, c.tier, c.account_manager AS accountManager, c.account_manager_user_id AS accountManagerUserId, c.tags,
    c.background, c.created_at AS createdAt, c.updated_at AS updatedAt,
    (SELECT COUNT(*) FROM people v WHERE v.client_id = c.id AND v.deleted_at IS NULL) AS peopleCount,
    (SELECT MAX(t.check_in_at) FROM visits t JOIN people v ON v.id = t.person_id
      WHERE v.client_id = c.id AND v.deleted_at IS NULL AND t.deleted_at IS NULL) AS lastVisitAt
  FROM clients c`;

export function parseTags(json: string): string[] {
  try {
    const tags: unknown = JSON.parse(json);
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** Trimmed, without repeats, in the order typed. */
export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

export function toSummary(row: ClientRow): ClientSummary {
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    tier: row.tier as ClientTier,
    accountManager: row.accountManager,
    accountManagerUserId: row.accountManagerUserId,
    tags: parseTags(row.tags),
    peopleCount: row.peopleCount,
    lastVisitAt: row.lastVisitAt,
  };
}

export function selectClientRows(db: ReadDb, where: SQL, tail: SQL = sql``): ClientRow[] {
  return db.all<ClientRow>(sql`${CLIENT_SELECT} WHERE c.deleted_at IS NULL AND (${where}) ${tail}`);
}

/** A live client with its live people. */
export function getClientDetail(db: ReadDb, id: string): ClientDetail {
  const [row] = selectClientRows(db, sql`c.id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', 'No such client.');
  return {
    ...toSummary(row),
    background: row.background,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    people: selectPersonSummaries(db, sql`v.client_id = ${id}`),
  };
}
