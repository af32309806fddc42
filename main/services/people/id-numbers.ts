import { and, inArray, isNull } from 'drizzle-orm';
import { maskIdNumber, normalizeIdNumber, type IdType } from '../../../contract/id-documents';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

export const ID_COLUMN = 'id_number';
/**
 * The table name sealed into every ID number's associated data. It stays
 * `visitors`, the table's name when numbers were first sealed: migration 0005
 * renamed the table to `people`, and a new name here would make every stored
 * number unreadable.
 */
export const ID_NUMBER_TABLE = 'visitors';

/** Where an ID number sits, as its ciphertext is bound to it. */
export function idNumberLocation(personId: string) {
  return { table: ID_NUMBER_TABLE, column: ID_COLUMN, rowId: personId };
}

/** The stored form of an ID number: ciphertext bound to its row, a mask, and a blind index. */
export function sealIdNumber(ctx: ServiceContext, personId: string, idNumber: string) {
  const normalized = normalizeIdNumber(idNumber);
  return {
    idNumberEnc: ctx.cipher.encrypt(normalized, idNumberLocation(personId)),
    idNumberMask: maskIdNumber(normalized),
    idNumberIndex: idIndex(ctx, normalized),
  };
}

/** The ID type is left out on purpose: the same number typed under another type still matches. */
export function idIndex(ctx: ServiceContext, normalized: string): string {
  return ctx.cipher.blindIndex(ID_COLUMN, normalized);
}

/** Every index the number may be stored under (more than one while the data key is being rotated). */
export function idIndexes(ctx: ServiceContext, normalized: string): string[] {
  return ctx.cipher.blindIndexes(ID_COLUMN, normalized);
}

/** One ID number, one live record: refuse to give a record a number another one holds. */
export function refuseIdOfAnotherPerson(ctx: ServiceContext, tx: ReadDb, personId: string, idNumber: string): void {
  const holder = tx
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.idNumberIndex, idIndexes(ctx, idNumber)), isNull(people.deletedAt)))
    .get();
  if (holder && holder.id !== personId) {
    throw new AppError('CONFLICT', 'This ID number belongs to another person record.', { reason: 'idBelongsToAnother' }, [
      { path: 'idNumber', message: 'id.belongsToAnother' },
    ]);
  }
}

export type { IdType };
