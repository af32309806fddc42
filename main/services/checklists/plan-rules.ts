import type { ChecklistKind } from '../../../contract/checklists';
import { isClosedPlan } from '../../../contract/plans';

/*
 * The rules of when a plan's items are live work, in one place: what the desk
 * counts as overdue, what may still be ticked, and what blocks the start.
 */

/** Items of these plans count towards overdue and due soon (the follow-up still runs after a visit is completed). */
export function itemIsLive(planStatus: string, kind: ChecklistKind): boolean {
  return planStatus === 'confirmed' || planStatus === 'in_progress' || (planStatus === 'completed' && kind === 'after');
}

/** A closed plan's items are history, except the follow-up after a completed visit. */
export function itemIsTickable(planStatus: string, kind: ChecklistKind): boolean {
  return !isClosedPlan(planStatus) || (planStatus === 'completed' && kind === 'after');
}

/** The start gate: a required item still open (or a problem) that was due by the arrival. */
export function blocksStart(item: { required: boolean; status: string; dueAt: string | null }, arrivalAt: string | null): boolean {
  return item.required && (item.status === 'open' || item.status === 'problem') && item.dueAt !== null && arrivalAt !== null && item.dueAt <= arrivalAt;
}

export const OPEN_STATUSES = ['open', 'problem'] as const;
export const isOpenStatus = (status: string) => status === 'open' || status === 'problem';
