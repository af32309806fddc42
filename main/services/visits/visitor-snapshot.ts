import { eq, sql } from 'drizzle-orm';
import { builtOnce } from '../../../db/prepared-queries';
import { people } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';

/**
 * Who came, as the record reads at check-in, stored on the visit: a record
 * corrected or merged later must not rewrite whom an earlier visit received.
 */
export function visitorSnapshot(tx: ReadDb, personId: string): { visitorName: string; visitorCompany: string; visitorPhone: string } {
  const row = builtOnce(tx, 'people: snapshot', () =>
    tx
      .select({ name: people.name, company: people.company, phone: people.phone })
      .from(people)
      .where(eq(people.id, sql.placeholder('personId')))
      .prepare(),
  ).get({ personId });
  if (!row) throw new Error(`visitor ${personId} vanished inside its own check-in`);
  return { visitorName: row.name, visitorCompany: row.company, visitorPhone: row.phone };
}
