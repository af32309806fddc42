import { sql, type SQL } from 'drizzle-orm';
import type { Person, PersonSummary } from '../../../contract/clients';
import type { people } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

export type PersonRow = typeof people.$inferSelect;

const SUMMARY_COLUMNS = sql`
  v.id, v.name, v.title, v.company, v.client_id AS clientId, c.name AS clientName, v.phone, v.email,
  v.id_type AS idType, v.id_number_mask AS idMasked,
  (SELECT MAX(check_in_at) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS lastVisitAt,
  (SELECT COUNT(*) FROM visits WHERE person_id = v.id AND deleted_at IS NULL) AS visitCount`;

/** Live people as lists show them, with their organization's name; ID numbers masked. */
export function selectPersonSummaries(db: ReadDb, where: SQL): PersonSummary[] {
  return db.all<PersonSummary>(sql`
    SELECT ${SUMMARY_COLUMNS}
    FROM people v LEFT JOIN clients c ON c.id = v.client_id
    WHERE v.deleted_at IS NULL AND (${where})
    ORDER BY v.name_pinyin, v.id`);
}

/** One live person in full (still masked). */
export function getPerson(db: ReadDb, id: string): Person {
  const row = db.get<Person>(sql`
    SELECT ${SUMMARY_COLUMNS}, v.dietary, v.transport, v.preferences, v.birthday, v.notes,
      v.created_at AS createdAt, v.updated_at AS updatedAt
    FROM people v LEFT JOIN clients c ON c.id = v.client_id
    WHERE v.deleted_at IS NULL AND v.id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', 'No such person.');
  return row;
}

/** What a person's audit entries show; the ID number only as its mask. */
export const AUDITED_FIELDS = [
  'name',
  'company',
  'clientId',
  'title',
  'phone',
  'email',
  'dietary',
  'transport',
  'preferences',
  'birthday',
  'notes',
  'idType',
  'idNumberMask',
] as const;

export type Snapshot = Record<(typeof AUDITED_FIELDS)[number], unknown>;

export function snapshot(row: PersonRow): Snapshot {
  return Object.fromEntries(AUDITED_FIELDS.map((f) => [f, row[f]])) as Snapshot;
}

/** Old and new values of the fields that changed. */
export function changesOf(before: PersonRow, after: PersonRow): { before: Partial<Snapshot>; after: Partial<Snapshot> } | null {
  const changed = AUDITED_FIELDS.filter((f) => before[f] !== after[f]);
  if (changed.length === 0) return null;
  return { before: Object.fromEntries(changed.map((f) => [f, before[f]])), after: Object.fromEntries(changed.map((f) => [f, after[f]])) };
}
