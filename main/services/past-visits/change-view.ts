import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { RecordChange } from '../../../contract/past-visits';
import { recordChanges, visitPlans, visits } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { mayCall, type Session } from '../../security/roles';

export type ChangeRow = typeof recordChanges.$inferSelect;
/** As stored in record_changes.changes (db/schema/archive.ts). */
export type StoredChanges = Record<string, { from: string | null; to: string | null }>;

/** Only a manager who did not ask for it decides a change, while it waits. */
export function mayDecide(session: Session, row: Pick<ChangeRow, 'status' | 'requestedByUserId'>): boolean {
  return row.status === 'pending' && mayCall(session, 'archive.approve') && row.requestedByUserId !== session.operatorId;
}

/** Rows as the screen shows them: with the plan's title and, for a visit's change, the guest's name. */
export function changeViews(db: ReadDb, rows: ChangeRow[], session: Session): RecordChange[] {
  if (rows.length === 0) return [];
  const titles = new Map(
    db
      .select({ id: visitPlans.id, title: visitPlans.title })
      .from(visitPlans)
      .where(inArray(visitPlans.id, [...new Set(rows.map((r) => r.planId))]))
      .all()
      .map((p) => [p.id, p.title]),
  );
  const visitIds = rows.filter((r) => r.target === 'visit').map((r) => r.targetId);
  const guests = new Map(
    visitIds.length === 0 ? [] : db.select({ id: visits.id, name: visits.visitorName }).from(visits).where(inArray(visits.id, visitIds)).all().map((v) => [v.id, v.name ?? '']),
  );
  return rows.map((r) => ({
    id: r.id,
    planId: r.planId,
    planTitle: titles.get(r.planId) ?? '',
    target: r.target,
    targetId: r.targetId,
    targetName: r.target === 'visit' ? (guests.get(r.targetId) ?? '') : null,
    changes: Object.entries(JSON.parse(r.changes) as StoredChanges).map(([field, c]) => ({ field, from: c.from, to: c.to })),
    reason: r.reason,
    status: r.status,
    requestedBy: r.requestedByName,
    requestedAt: r.createdAt,
    decidedBy: r.decidedByName,
    decidedAt: r.decidedAt,
    decisionNote: r.decisionNote,
    mayDecide: mayDecide(session, r),
  }));
}

export function getChangeRow(db: ReadDb, id: string): ChangeRow | undefined {
  return db.select().from(recordChanges).where(and(eq(recordChanges.id, id), isNull(recordChanges.deletedAt))).get();
}

/** One plan's changes (newest first), or every pending one (the index record_changes_plan / record_changes_pending). */
export function changeRows(db: ReadDb, filter: { planId?: string | undefined; pending: boolean; limit: number }): ChangeRow[] {
  return db
    .select()
    .from(recordChanges)
    .where(and(isNull(recordChanges.deletedAt), filter.planId ? eq(recordChanges.planId, filter.planId) : undefined, filter.pending ? eq(recordChanges.status, 'pending') : undefined))
    .orderBy(desc(recordChanges.createdAt), desc(recordChanges.id))
    .limit(filter.limit)
    .all();
}
