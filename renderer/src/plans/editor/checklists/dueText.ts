import type { ChecklistItem } from '../../../../../contract/checklists';
import { showLocal } from '../localTime';

export type DueState = 'overdue' | 'dueSoon' | 'none';

/** Main computed these against its clock: the screen never guesses "now" itself. */
export function dueState(item: Pick<ChecklistItem, 'overdue' | 'dueSoon'>): DueState {
  return item.overdue ? 'overdue' : item.dueSoon ? 'dueSoon' : 'none';
}

/** `2026-11-28T09:30` as the plans screens show times. */
export function dueLabel(dueAt: string | null): string {
  return dueAt ? showLocal(dueAt) : '';
}

/** An item still to be done: open, or a problem not yet solved. */
export function isOpen(item: Pick<ChecklistItem, 'status'>): boolean {
  return item.status === 'open' || item.status === 'problem';
}
