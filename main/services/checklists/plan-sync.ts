import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { dueTime } from '../../../contract/checklists';
import { checklistItems } from '../../../db/schema';
import type { WriteTx } from '../../core/write-path';
import { planFacts, primaryByRole } from './plan-facts';

/*
 * Keeping a plan's items in step with the plan, inside the plans service's own
 * write: due times with its times, duty assignees with its team. Status, note
 * and who ticked stay as they are.
 */

/** Recomputes every item's due time from the plan's (new) arrival and departure. Returns how many moved. */
export function retimePlanItems(tx: WriteTx, planId: string): number {
  const plan = planFacts(tx, planId);
  const items = tx
    .select({ id: checklistItems.id, anchor: checklistItems.dueAnchor, offset: checklistItems.dueOffsetMinutes, dueAt: checklistItems.dueAt })
    .from(checklistItems)
    .where(and(eq(checklistItems.planId, planId), isNull(checklistItems.deletedAt)))
    .all();
  let moved = 0;
  for (const i of items) {
    const next = dueTime({ anchor: i.anchor, offsetMinutes: i.offset }, plan.arrivalAt, plan.departureAt);
    if (next === i.dueAt) continue;
    tx.update(checklistItems).set({ dueAt: next }).where(eq(checklistItems.id, i.id)).run();
    moved++;
  }
  return moved;
}

/** Gives each duty item (one with a role, not named by hand) the team's primary person in that role. */
export function syncAssignees(tx: WriteTx, planId: string): number {
  const team = primaryByRole(tx, planId);
  const items = tx
    .select({ id: checklistItems.id, role: checklistItems.role, assigneeName: checklistItems.assigneeName })
    .from(checklistItems)
    .where(and(eq(checklistItems.planId, planId), isNull(checklistItems.deletedAt), isNotNull(checklistItems.role), eq(checklistItems.assigneeSet, false)))
    .all();
  let changed = 0;
  for (const i of items) {
    const next = team.get(i.role!) ?? '';
    if (next === i.assigneeName) continue;
    tx.update(checklistItems).set({ assigneeName: next }).where(eq(checklistItems.id, i.id)).run();
    changed++;
  }
  return changed;
}
