import { and, inArray, isNull } from 'drizzle-orm';
import { maskIdNumber, normalizeIdNumber, type IdType } from '../../../contract/id-documents';
import { visitors } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

export const ID_COLUMN = 'id_number';

/** The stored form of an ID number: ciphertext bound to its row, a mask, and a blind index. */
export function sealIdNumber(ctx: ServiceContext, visitorId: string, idNumber: string) {
  const normalized = normalizeIdNumber(idNumber);
  return {
    idNumberEnc: ctx.cipher.encrypt(normalized, { table: 'visitors', column: ID_COLUMN, rowId: visitorId }),
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
export function refuseIdOfAnotherVisitor(ctx: ServiceContext, tx: ReadDb, visitorId: string, idNumber: string): void {
  const holder = tx
    .select({ id: visitors.id })
    .from(visitors)
    .where(and(inArray(visitors.idNumberIndex, idIndexes(ctx, idNumber)), isNull(visitors.deletedAt)))
    .get();
  if (holder && holder.id !== visitorId) {
    throw new AppError('CONFLICT', 'This ID number belongs to another visitor record.', { reason: 'idBelongsToAnother' }, [
      { path: 'idNumber', message: 'id.belongsToAnother' },
    ]);
  }
}

export type { IdType };
