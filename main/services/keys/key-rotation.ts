import { eq, isNotNull, sql } from 'drizzle-orm';
import type { KeyStatus } from '../../../contract/keys';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { WrongPassphraseError } from '../../security/data-key-store';
import { ID_COLUMN, idNumberLocation } from '../people';
import type { ReadDb } from '../../core/write-path';

/** Small batches, each its own transaction, with a pause between: check-ins never wait long. */
export const ROTATION_BATCH = 200;

function prefixOf(keyId: number): string {
  return `k${keyId}:`;
}

function counts(db: ReadDb, keyId: number): { done: number; total: number } {
  const row = db.get<{ total: number; done: number }>(sql`
    SELECT COUNT(*) AS total, COALESCE(SUM(substr(id_number_enc, 1, ${prefixOf(keyId).length}) = ${prefixOf(keyId)}), 0) AS done
    FROM people WHERE id_number_enc IS NOT NULL`);
  return { done: row?.done ?? 0, total: row?.total ?? 0 };
}

export function keyStatus(ctx: ServiceContext): KeyStatus {
  const ids = ctx.runtime.keys.keyIds();
  return { protection: ctx.runtime.keys.protection, currentKeyId: ids.current, rotating: ids.all.length > 1, ...counts(ctx.db, ids.current) };
}

/** Re-seals one batch of values still under an older key; returns how many it moved. */
export function rotateBatch(ctx: ServiceContext): number {
  const cipher = ctx.cipher;
  const prefix = prefixOf(cipher.currentKeyId);
  return ctx.reseal((tx) => {
    const rows = tx
      .select({ id: people.id, enc: people.idNumberEnc })
      .from(people)
      .where(sql`${isNotNull(people.idNumberEnc)} AND substr(${people.idNumberEnc}, 1, ${prefix.length}) <> ${prefix}`)
      .limit(ROTATION_BATCH)
      .all();
    for (const row of rows) {
      const loc = idNumberLocation(row.id);
      const plain = cipher.decrypt(row.enc!, loc);
      tx.update(people)
        .set({ idNumberEnc: cipher.encrypt(plain, loc), idNumberIndex: cipher.blindIndex(ID_COLUMN, plain) })
        .where(eq(people.id, row.id))
        .run();
    }
    return rows.length;
  });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Re-seals everything under the current key, batch by batch, then destroys
 * the old keys. Safe to stop at any point: the old keys stay in the key file
 * until the last value has moved, and the next start carries on.
 */
export async function runRotation(ctx: ServiceContext, shouldStop: () => boolean = () => ctx.runtime.stopRequested): Promise<'done' | 'stopped'> {
  const runtime = ctx.runtime;
  if (runtime.rotation) return runtime.rotation;
  runtime.rotation = (async () => {
    try {
      while (rotateBatch(ctx) > 0) {
        if (shouldStop()) return 'stopped' as const;
        await pause();
      }
      const { current } = runtime.keys.keyIds();
      runtime.keys.dropOldKeys();
      runtime.dropOldKeys();
      ctx.writeAs('system', () => null, () => ({ action: 'keys.rotateDone', entity: 'keys', entityId: String(current), detail: counts(ctx.db, current) }));
      return 'done' as const;
    } finally {
      runtime.rotation = null;
    }
  })();
  return runtime.rotation;
}

export async function startRotation(ctx: ServiceContext, recoveryPassphrase: string): Promise<KeyStatus> {
  if (ctx.runtime.keys.keyIds().all.length > 1) throw new AppError('CONFLICT', 'A key rotation is already under way.', { reason: 'rotating' });
  try {
    ctx.runtime.openWith(await ctx.runtime.keys.addKey(recoveryPassphrase));
  } catch (err) {
    if (err instanceof WrongPassphraseError) throw new AppError('WRONG_PASSPHRASE', 'That is not the recovery passphrase.');
    throw err;
  }
  const status = keyStatus(ctx);
  ctx.write(
    () => null,
    () => ({ action: 'keys.rotateStart', entity: 'keys', entityId: String(status.currentKeyId), detail: { values: status.total } }),
  );
  void runRotation(ctx).catch((err: unknown) => console.error('key rotation stopped:', err));
  return status;
}

/** At start (or once the data key is unsealed): carry on with a rotation a shutdown or crash interrupted. */
export function resumeKeyRotation(ctx: ServiceContext): void {
  if (ctx.runtime.sealed || !ctx.runtime.keys.exists() || ctx.runtime.keys.keyIds().all.length < 2) return;
  void runRotation(ctx).catch((err: unknown) => console.error('key rotation stopped:', err));
}
