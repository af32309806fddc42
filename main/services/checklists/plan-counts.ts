import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { checklistItems, planChecklists, planRehearsals, visitPlans } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { LIVE } from './item-rows';
import { dueClock } from './item-view';
import { blocksStart } from './plan-rules';

export interface ChecklistCounts {
  total: number;
  open: number;
  overdue: number;
  dueSoon: number;
}
export const NO_CHECKLIST: ChecklistCounts = { total: 0, open: 0, overdue: 0, dueSoon: 0 };

/**
 * The plan list's and calendar's marker, for one page of plans in one grouped
 * read by plan (index checklist_items_plan): all items, open ones, and of those
 * the late and soon-due live ones (plan-rules itemIsLive).
 */
export function checklistCounts(db: ReadDb, planIds: string[], now: Date): Map<string, ChecklistCounts> {
  const out = new Map<string, ChecklistCounts>();
  if (planIds.length === 0) return out;
  const clock = dueClock(now);
  const open = sql`${checklistItems.status} IN ('open', 'problem')`;
  const rows = db
    .select({
      planId: checklistItems.planId,
      total: sql<number>`COUNT(*)`,
      open: sql<number>`COALESCE(SUM(${open}), 0)`,
      overdue: sql<number>`COALESCE(SUM(${open} AND ${LIVE} AND ${checklistItems.dueAt} < ${clock.now}), 0)`,
      dueSoon: sql<number>`COALESCE(SUM(${open} AND ${LIVE} AND ${checklistItems.dueAt} >= ${clock.now} AND ${checklistItems.dueAt} < ${clock.soon}), 0)`,
    })
    .from(checklistItems)
    .innerJoin(visitPlans, eq(visitPlans.id, checklistItems.planId))
    .innerJoin(planChecklists, eq(planChecklists.id, checklistItems.checklistId))
    .where(and(inArray(checklistItems.planId, planIds), isNull(checklistItems.deletedAt)))
    .groupBy(checklistItems.planId)
    .all();
  for (const r of rows) out.set(r.planId, { total: r.total, open: r.open, overdue: r.overdue, dueSoon: r.dueSoon });
  return out;
}

/** The start gate's count: required items open (or a problem) that were due by the arrival. */
export function openItemsBlockingStart(db: ReadDb, planId: string): number {
  const plan = db.select({ arrivalAt: visitPlans.arrivalAt }).from(visitPlans).where(eq(visitPlans.id, planId)).get();
  const items = db
    .select({ required: checklistItems.required, status: checklistItems.status, dueAt: checklistItems.dueAt })
    .from(checklistItems)
    .where(and(eq(checklistItems.planId, planId), isNull(checklistItems.deletedAt), eq(checklistItems.required, true), inArray(checklistItems.status, ['open', 'problem'])))
    .all();
  return items.filter((i) => blocksStart(i, plan?.arrivalAt ?? null)).length;
}

export function hasRehearsal(db: ReadDb, planId: string): boolean {
  return db.select({ id: planRehearsals.id }).from(planRehearsals).where(and(eq(planRehearsals.planId, planId), isNull(planRehearsals.deletedAt))).get() !== undefined;
}
