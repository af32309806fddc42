import type { Task } from '../../../contract/tasks';
import type { ReadDb } from '../../core/write-path';
import { assignedDueItems, DUE_LOOKBACK_DAYS } from '../checklists';
import { dueFlags, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

/**
 * Checklist items assigned by name (a plan's team member, or set by hand):
 * the user's by their display name, as the checklist screen's "mine" reads
 * them. A session without a name has none (never the unassigned ones).
 * The title is the item's two-language text as JSON (contract LocalText):
 * the renderer shows the reader's language.
 */
export function checklistItemTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  if (viewer && !viewer.name) return [];
  const items = assignedDueItems(db, {
    from: `${clock.lookbackDay(DUE_LOOKBACK_DAYS)}T00:00`,
    until: clock.horizonEnd,
    ...(viewer && { assigneeName: viewer.name }),
  });
  return items.map((item) => ({
    key: `checklistItem:${item.id}`,
    kind: 'checklistItem',
    refId: item.id,
    title: JSON.stringify(item.text),
    detail: item.planTitle,
    ...dueFlags(item.dueAt, clock),
    allDay: false,
    ownerUserId: viewer?.userId ?? null,
    ownerName: item.assigneeName,
    priority: item.required ? 1 : 2,
    escalated: false,
    link: { screen: 'plan', id: item.planId },
  }));
}
