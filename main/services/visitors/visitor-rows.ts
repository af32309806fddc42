import { maskIdNumber, normalizeIdNumber, type IdType } from '../../../contract/id-documents';
import type { ServiceContext } from '../../core/context';

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

export type { IdType };
