import { eq } from 'drizzle-orm';
import type { RecordChangeTarget } from '../../../contract/past-visits';
import { visitPlans, visits } from '../../../db/schema';
import { localMinute } from '../../core/clock';
import { AppError } from '../../core/errors';
import type { ReadDb, WriteTx } from '../../core/write-path';

/*
 * The fields a change may touch, read and written as the record holds them:
 * a value crosses as text (a check-out time as the desk's local minute, the
 * form's and the contract's localDateTime), and is compared as text with
 * what the requester saw.
 */

export type Values = Record<string, string | null>;

const VISIT_COLUMNS = { host: visits.host, purpose: visits.purpose, checkOutAt: visits.checkOutAt } as const;
const PLAN_COLUMNS = { title: visitPlans.title, purpose: visitPlans.purpose, notes: visitPlans.notes } as const;

/** The visit's row, checked to be one of the plan's. */
export function visitOfPlan(db: ReadDb, planId: string, visitId: string) {
  const row = db.select().from(visits).where(eq(visits.id, visitId)).get();
  if (!row || row.deletedAt || row.planId !== planId) throw new AppError('NOT_FOUND', 'No such visit on this plan.', { reason: 'visitNotFound' });
  return row;
}

/** The record's current values of the fields asked about, as text. */
export function currentValues(db: ReadDb, target: RecordChangeTarget, targetId: string, fields: string[]): Values {
  if (target === 'plan') {
    const row = db.select(PLAN_COLUMNS).from(visitPlans).where(eq(visitPlans.id, targetId)).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such visit plan.');
    return Object.fromEntries(fields.map((f) => [f, row[f as keyof typeof row] ?? null]));
  }
  const row = db.select(VISIT_COLUMNS).from(visits).where(eq(visits.id, targetId)).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such visit.', { reason: 'visitNotFound' });
  return Object.fromEntries(fields.map((f) => [f, f === 'checkOutAt' ? (row.checkOutAt ? localMinute(new Date(row.checkOutAt)) : null) : (row[f as 'host' | 'purpose'] ?? null)]));
}

/** Writes approved values onto the record (inside the decision's write). */
export function applyValues(tx: WriteTx, target: RecordChangeTarget, targetId: string, values: Values): void {
  if (target === 'plan') {
    tx.update(visitPlans).set(values).where(eq(visitPlans.id, targetId)).run();
    return;
  }
  const { checkOutAt, ...plain } = values;
  // A local minute as the instant the visit stores (a date-time without a zone reads as local time).
  const set = { ...plain, ...(checkOutAt !== undefined && { checkOutAt: checkOutAt === null ? null : new Date(checkOutAt).toISOString() }) };
  tx.update(visits).set(set).where(eq(visits.id, targetId)).run();
}
