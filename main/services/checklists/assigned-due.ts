import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { LocalText } from '../../../contract/checklists';
import { checklistItems, planChecklists, visitPlans } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { LIVE, OPEN_WITH_DUE } from './item-rows';

/** An open, live item with a due time, as the task inbox shows it. */
export interface AssignedDueItem {
  id: string;
  planId: string;
  planTitle: string;
  text: LocalText;
  assigneeName: string;
  dueAt: string;
  required: boolean;
}

/**
 * Open live work due in [from, until], read along the partial index
 * checklist_items_open_due (only open items with a due time, so finished
 * history is never read); `assigneeName` narrows to one person's items.
 * `from` bounds the late side as the desk's panel does (queries.ts
 * DUE_LOOKBACK_DAYS): a plan left open long after its visit is the
 * completeness audit's business, not an inbox's.
 */
export function assignedDueItems(db: ReadDb, range: { from: string; until: string; assigneeName?: string }): AssignedDueItem[] {
  const rows = db
    .select({ item: checklistItems, planTitle: visitPlans.title })
    .from(checklistItems)
    .innerJoin(visitPlans, eq(visitPlans.id, checklistItems.planId))
    .innerJoin(planChecklists, eq(planChecklists.id, checklistItems.checklistId))
    .where(
      and(
        OPEN_WITH_DUE,
        sql`${checklistItems.dueAt} >= ${range.from}`,
        sql`${checklistItems.dueAt} <= ${range.until}`,
        range.assigneeName === undefined ? sql`${checklistItems.assigneeName} <> ''` : eq(checklistItems.assigneeName, range.assigneeName),
        isNull(visitPlans.deletedAt),
        isNull(planChecklists.deletedAt),
        LIVE,
      ),
    )
    .orderBy(asc(checklistItems.dueAt), asc(checklistItems.id))
    .all();
  return rows.map(({ item, planTitle }) => ({
    id: item.id,
    planId: item.planId,
    planTitle,
    text: JSON.parse(item.text) as LocalText,
    assigneeName: item.assigneeName,
    dueAt: item.dueAt ?? range.until,
    required: item.required,
  }));
}
