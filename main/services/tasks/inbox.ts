import type { Task, TaskCounts } from '../../../contract/tasks';
import type { ServiceContext } from '../../core/context';
import { escalateDue } from '../incidents';
import { callBackTasks } from './callback-tasks';
import { careTasks } from './care-tasks';
import { recordChangeTasks } from './change-tasks';
import { checklistItemTasks } from './checklist-tasks';
import { incidentTasks } from './incident-tasks';
import { feedbackRequestTasks } from './request-tasks';
import { followupStepTasks } from './step-tasks';
import { documentVersionTasks } from './version-tasks';
import { destructionTasks } from './destruction-tasks';
import { taskClock, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

/** Overdue first, then due today, then by due time; at the same time the more pressing first. */
export function byUrgency(a: Task, b: Task): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    Number(b.dueToday) - Number(a.dueToday) ||
    (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0) ||
    a.priority - b.priority ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export function countsOf(tasks: readonly Task[]): TaskCounts {
  return { overdue: tasks.filter((t) => t.overdue).length, today: tasks.filter((t) => t.dueToday).length, open: tasks.length };
}

/**
 * Every task of one user (or, viewer null, of everyone) due by the horizon's
 * end, plus everything overdue, in inbox order. Incidents past their deadline
 * escalate first (main/services/incidents escalateDue: indexed, usually
 * nothing to do), so the inbox never shows an owner the escalation already
 * moved away from.
 */
export function collectTasks(ctx: ServiceContext, viewer: Viewer | null, horizonDays: number): { tasks: Task[]; clock: TaskClock } {
  escalateDue(ctx);
  const clock = taskClock(ctx.now(), horizonDays);
  const tasks = [
    ...incidentTasks(ctx.db, viewer, clock),
    ...callBackTasks(ctx.db, viewer, clock),
    ...feedbackRequestTasks(ctx.db, viewer, clock),
    ...followupStepTasks(ctx.db, viewer, clock),
    ...careTasks(ctx, viewer, clock),
    ...checklistItemTasks(ctx.db, viewer, clock),
    ...recordChangeTasks(ctx.db, viewer, clock),
    ...documentVersionTasks(ctx.db, viewer, clock),
    ...destructionTasks(ctx.db, viewer, clock),
  ];
  return { tasks: tasks.sort(byUrgency), clock };
}

/** The signed-in user as the inbox reads them; a session with no user (never past the gate for these channels) has no tasks. */
export function viewerOf(ctx: ServiceContext): Viewer | null {
  const s = ctx.session;
  return s.operatorId ? { userId: s.operatorId, name: s.operatorName, roles: s.roles } : null;
}
