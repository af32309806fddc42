import { eq } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { IdType } from '../../../contract/id-documents';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { idNumberLocation } from '../people';

/** How long the full number stays on screen. */
export const REVEAL_SECONDS = 30;

/**
 * Decrypts one ID number for a permitted user who gives a reason. The audit
 * entry (who, whose, why) is written before the value is returned: no reveal
 * goes unrecorded.
 */
export function revealIdNumber(ctx: ServiceContext, input: Parsed<'visitors', 'revealId'>): Output<'visitors', 'revealId'> {
  const row = ctx.db.select().from(people).where(eq(people.id, input.personId)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such visitor.');
  if (!row.idNumberEnc || !row.idType) throw new AppError('NOT_FOUND', 'No ID number is on file for this visitor.', { reason: 'noIdNumber' });
  const idNumber = ctx.cipher.decrypt(row.idNumberEnc, idNumberLocation(row.id));
  ctx.write(
    () => null,
    () => ({
      action: 'visitor.revealId',
      entity: 'person',
      entityId: row.id,
      detail: { name: row.name, idMasked: row.idNumberMask, reason: input.reason },
    }),
  );
  return { idType: row.idType as IdType, idNumber, hideAt: new Date(ctx.now().getTime() + REVEAL_SECONDS * 1000).toISOString() };
}
