import { eq } from 'drizzle-orm';
import { visitors } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';

/**
 * Who came, as the record reads at check-in, stored on the visit: a record
 * corrected or merged later must not rewrite whom an earlier visit received.
 */
export function visitorSnapshot(tx: ReadDb, visitorId: string): { visitorName: string; visitorCompany: string; visitorPhone: string } {
  const row = tx.select({ name: visitors.name, company: visitors.company, phone: visitors.phone }).from(visitors).where(eq(visitors.id, visitorId)).get();
  if (!row) throw new Error(`visitor ${visitorId} vanished inside its own check-in`);
  return { visitorName: row.name, visitorCompany: row.company, visitorPhone: row.phone };
}
