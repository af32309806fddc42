import { DUE_SOON_MINUTES, type ChecklistItem, type ChecklistKind, type ChecklistProgress, type LocalText } from '../../../contract/checklists';
import type { DutyRole } from '../../../contract/plans';
import { checklistItems } from '../../../db/schema';
import { localMinute, localMinuteAfter } from '../../core/clock';
import { blocksStart, isOpenStatus, itemIsLive } from './plan-rules';

export type ItemDbRow = typeof checklistItems.$inferSelect;

/** "Now" and "due soon" as local minutes, compared with stored due times (both `YYYY-MM-DDTHH:mm`). */
export interface DueClock {
  now: string;
  soon: string;
}
export function dueClock(now: Date): DueClock {
  return { now: localMinute(now), soon: localMinuteAfter(now, DUE_SOON_MINUTES) };
}

/** Where an item stands against the clock; only live work (plan-rules itemIsLive) is ever late. */
export function dueState(item: { status: string; dueAt: string | null }, live: boolean, clock: DueClock): { overdue: boolean; dueSoon: boolean } {
  if (!live || !isOpenStatus(item.status) || item.dueAt === null) return { overdue: false, dueSoon: false };
  return { overdue: item.dueAt < clock.now, dueSoon: item.dueAt >= clock.now && item.dueAt < clock.soon };
}

export function itemOf(row: ItemDbRow, ctx: { kind: ChecklistKind; planStatus: string }, clock: DueClock): ChecklistItem {
  return {
    id: row.id,
    checklistId: row.checklistId,
    planId: row.planId,
    section: JSON.parse(row.section) as LocalText,
    text: JSON.parse(row.text) as LocalText,
    required: row.required,
    department: row.department,
    role: row.role as DutyRole | null,
    assigneeName: row.assigneeName,
    due: { anchor: row.dueAnchor, offsetMinutes: row.dueOffsetMinutes },
    dueAt: row.dueAt,
    check: row.itemCheck as ChecklistItem['check'],
    status: row.status,
    statusByName: row.statusByName,
    statusAt: row.statusAt,
    note: row.note,
    handedOffAt: row.handedOffAt,
    ...dueState(row, itemIsLive(ctx.planStatus, ctx.kind), clock),
  };
}

export function progressOf(items: (Pick<ChecklistItem, 'status' | 'required' | 'dueAt' | 'overdue' | 'dueSoon'>)[], arrivalAt: string | null): ChecklistProgress {
  return {
    total: items.length,
    closed: items.filter((i) => i.status === 'done' || i.status === 'na').length,
    problems: items.filter((i) => i.status === 'problem').length,
    overdue: items.filter((i) => i.overdue).length,
    dueSoon: items.filter((i) => i.dueSoon).length,
    requiredOpenBeforeStart: items.filter((i) => blocksStart(i, arrivalAt)).length,
  };
}

export const EMPTY_PROGRESS: ChecklistProgress = { total: 0, closed: 0, problems: 0, overdue: 0, dueSoon: 0, requiredOpenBeforeStart: 0 };
