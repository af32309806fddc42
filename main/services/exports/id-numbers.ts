import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { idNumberLocation } from '../people';

/**
 * The full ID numbers of one page's people, for a full export only: unsealed
 * in main, per row, as a reveal does; a masked export never calls this.
 */
export function fullIdNumbers(ctx: ServiceContext, personIds: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return out;
  const rows = ctx.db.all<{ id: string; enc: string }>(
    sql`SELECT id, id_number_enc AS enc FROM people WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND id_number_enc IS NOT NULL`,
  );
  for (const row of rows) out.set(row.id, ctx.cipher.decrypt(row.enc, idNumberLocation(row.id)));
  return out;
}
