import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import { maskIdNumber } from '../../../contract/id-documents';
import { identityConflictDetails, identityDifferences, type IdentityField } from '../../../contract/identity';
import { builtOnce } from '../../../db/prepared-queries';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { idIndexes } from '../people';
import type { ReadDb } from '../../core/write-path';

type CheckIn = Parsed<'visits', 'checkIn'>;
export type PersonRow = typeof people.$inferSelect;

/** A person's record by id, deleted or not (a query built once: db/prepared-queries.ts). */
export function personById(tx: ReadDb, id: string): PersonRow | undefined {
  return builtOnce(tx, 'people: by id', () =>
    tx
      .select()
      .from(people)
      .where(eq(people.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
}

/** The live record holding one of these blind indexes of an ID number (one per data key in use). */
function personByIdIndex(tx: ReadDb, indexes: string[]): PersonRow | undefined {
  const values = Object.fromEntries(indexes.map((index, i) => [`i${i}`, index]));
  return builtOnce(tx, `people: by ID number index (${indexes.length})`, () =>
    tx
      .select()
      .from(people)
      .where(and(inArray(people.idNumberIndex, indexes.map((_, i) => sql.placeholder(`i${i}`))), isNull(people.deletedAt)))
      .prepare(),
  ).get(values);
}

/** The live record with exactly this name and phone. */
function personByNameAndPhone(tx: ReadDb, name: string, phone: string): PersonRow | undefined {
  return builtOnce(tx, 'people: by name and phone', () =>
    tx
      .select()
      .from(people)
      .where(and(eq(people.name, sql.placeholder('name')), eq(people.phone, sql.placeholder('phone')), isNull(people.deletedAt)))
      .prepare(),
  ).get({ name, phone });
}

/**
 * The record picked from search. A record merged into another since the search
 * (on this desk or another) leads to the one it was merged into.
 */
function pickedVisitor(tx: ReadDb, personId: string): PersonRow {
  let row = personById(tx, personId);
  for (let hops = 0; row?.mergedInto && hops < 10; hops++) row = personById(tx, row.mergedInto);
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'The returning visitor record no longer exists.');
  return row;
}

/**
 * One person is one record: the picked record, else the one holding this ID
 * number, else the one with this exact name and phone. Only then a new one.
 * A match is a candidate, not a licence to rewrite it: see `identityConflict`.
 */
export function findExistingVisitor(ctx: ServiceContext, tx: ReadDb, input: CheckIn): PersonRow | undefined {
  if (input.personId) return pickedVisitor(tx, input.personId);
  if (input.idNumber) {
    const byId = personByIdIndex(tx, idIndexes(ctx, input.idNumber));
    if (byId) return byId;
  }
  if (input.phone) return personByNameAndPhone(tx, input.name, input.phone);
  return undefined;
}

/** The record already holds an ID number and the typed one is another. */
export function idNumberDiffers(ctx: ServiceContext, existing: PersonRow, idNumber: string): boolean {
  return idNumber !== '' && existing.idNumberIndex !== null && !idIndexes(ctx, idNumber).includes(existing.idNumberIndex);
}

/** Where what was typed would change the record; blanks on either side are not differences (nothing is rewritten). */
export function differingFields(ctx: ServiceContext, existing: PersonRow, input: CheckIn): IdentityField[] {
  const onFile = { name: existing.name, company: existing.company, phone: existing.phone };
  // A blank on file is filled, not rewritten: it changes no earlier visit and contradicts nothing.
  const typed = { name: input.name, company: existing.company === '' ? '' : input.company, phone: existing.phone === '' ? '' : input.phone };
  const fields = identityDifferences(onFile, typed);
  if (idNumberDiffers(ctx, existing, input.idNumber)) fields.push('idNumber');
  return fields;
}

/** The day of the person's newest visit, read from visits_person_check_in newest first: one row, whatever their history. */
function lastVisitDay(tx: ReadDb, personId: string): string | null {
  const row = tx.get<{ day: string }>(sql`SELECT visit_day AS day FROM visits WHERE person_id = ${personId} AND deleted_at IS NULL ORDER BY check_in_at DESC LIMIT 1`);
  return row?.day ?? null;
}

/**
 * The refusal the receptionist sees: both versions side by side, the person,
 * and their last visit. Only masks of ID numbers leave main.
 */
export function identityConflict(tx: ReadDb, existing: PersonRow, input: CheckIn, differs: IdentityField[]): AppError {
  return new AppError(
    'CONFLICT',
    'The details typed differ from the record on file: use the record, update it with a reason, or stop.',
    identityConflictDetails({
      personId: existing.id,
      lastVisitDay: lastVisitDay(tx, existing.id),
      differs,
      onFile: { name: existing.name, company: existing.company, phone: existing.phone, idMasked: existing.idNumberMask },
      typed: { name: input.name, company: input.company, phone: input.phone, idMasked: input.idNumber ? maskIdNumber(input.idNumber) : null },
    }),
  );
}
