import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ChecklistKind, ChecklistProgress, ItemRow, LocalText } from '../../../contract/checklists';
import { checklistItems, planChecklists, visitPlans } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { itemOf, progressOf, type DueClock } from './item-view';

/*
 * Items with their plan and list, as the checklist screen and the desk read
 * them. The SQL terms below are spelt like the partial index
 * checklist_items_open_due (db/schema/checklists.ts), with literals, not
 * parameters: SQLite uses a partial index only when the query's WHERE
 * visibly holds the index's own (sqlite.org/partialindex.html, 2.2).
 */

/** Open work with a due time: exactly the partial index checklist_items_open_due's condition. */
export const OPEN_WITH_DUE = sql`${checklistItems.status} IN ('open', 'problem') AND ${checklistItems.deletedAt} IS NULL AND ${checklistItems.dueAt} IS NOT NULL`;

/*
 * The plan's status is asked with a unary + so SQLite never reads through the
 * status index: "completed" is every visit ever held, so the items must be
 * found by due time or by plan, and their plan's status checked after
 * (sqlite.org/optoverview.html, "Disqualifying WHERE clause terms").
 */

/** plan-rules itemIsLive in SQL: the desk counts these items as late or due soon. */
export const LIVE = sql`(+${visitPlans.status} IN ('confirmed', 'in_progress') OR (+${visitPlans.status} = 'completed' AND ${planChecklists.kind} = 'after'))`;

/** plan-rules itemIsTickable in SQL: the work the checklist screen lists (never a cancelled or archived plan's). */
export const TICKABLE = sql`(+${visitPlans.status} IN ('draft', 'confirmed', 'in_progress') OR (+${visitPlans.status} = 'completed' AND ${planChecklists.kind} = 'after'))`;

export const rowColumns = {
  item: checklistItems,
  kind: planChecklists.kind,
  listName: planChecklists.name,
  planTitle: visitPlans.title,
  planStatus: visitPlans.status,
  arrivalAt: visitPlans.arrivalAt,
};

export function joinedItems(db: ReadDb) {
  return db
    .select(rowColumns)
    .from(checklistItems)
    .innerJoin(visitPlans, eq(visitPlans.id, checklistItems.planId))
    .innerJoin(planChecklists, eq(planChecklists.id, checklistItems.checklistId));
}

type Joined = { item: typeof checklistItems.$inferSelect; kind: string; listName: string; planTitle: string; planStatus: string; arrivalAt: string | null };

export function itemRowOf(r: Joined, clock: DueClock): ItemRow {
  return {
    ...itemOf(r.item, { kind: r.kind as ChecklistKind, planStatus: r.planStatus }, clock),
    planTitle: r.planTitle,
    planStatus: r.planStatus,
    arrivalAt: r.arrivalAt,
    listName: JSON.parse(r.listName) as LocalText,
  };
}

/** Each plan's progress, read by plan (index checklist_items_plan): a page names at most its own plans. */
export function progressByPlan(db: ReadDb, planIds: string[], clock: DueClock): Record<string, ChecklistProgress> {
  if (planIds.length === 0) return {};
  const rows = joinedItems(db)
    .where(and(inArray(checklistItems.planId, planIds), isNull(checklistItems.deletedAt)))
    .all()
    .map((r) => itemRowOf(r, clock));
  const out: Record<string, ChecklistProgress> = {};
  for (const id of planIds) {
    const mine = rows.filter((r) => r.planId === id);
    out[id] = progressOf(mine, mine[0]?.arrivalAt ?? null);
  }
  return out;
}

