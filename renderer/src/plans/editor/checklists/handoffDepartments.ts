import { DESK_DEPARTMENT, type Department, type PlanChecklists } from '../../../../../contract/checklists';

/**
 * Each department other than the desk with items on the plan, in the order
 * they first appear, and whether all its items went out on a sheet already.
 */
export function handoffDepartments(data: Pick<PlanChecklists, 'lists'>): { department: Department; handedOff: boolean }[] {
  const seen = new Map<Department, boolean>();
  for (const item of data.lists.flatMap((l) => l.items)) {
    if (item.department === DESK_DEPARTMENT) continue;
    seen.set(item.department, (seen.get(item.department) ?? true) && item.handedOffAt !== null);
  }
  return [...seen].map(([department, handedOff]) => ({ department, handedOff }));
}
