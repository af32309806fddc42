import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Reminder, Task } from '../../../contract/tasks';
import { reminderMarks } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { collectTasks, viewerOf } from './inbox';
import type { TaskClock } from './task-clock';

/** Marks of tasks no longer open are kept this long, then pruned: the table holds what is current, not history. */
export const MARK_KEEP_DAYS = 30;

/** Reminders look at today and tomorrow's first hours ("due soon" reaches two hours ahead). */
const REMINDER_HORIZON_DAYS = 1;

/**
 * The stage a task is at for a reminder, if any: alerts are news; otherwise
 * late, or due soon (an all-day duty: on its day). An incident that escalated
 * to this user (or their queue) is news to them too, until it is due soon.
 */
export function stageOf(task: Task, clock: TaskClock): Reminder['stage'] | null {
  if (task.kind === 'redAlert' || task.kind === 'escalation') return 'alert';
  if (task.overdue) return 'overdue';
  if (task.allDay ? task.dueToday : task.dueAt <= clock.soon) return 'dueSoon';
  if (task.kind === 'incident' && task.escalated) return 'alert';
  return null;
}

/** A stage already passed counts as shown: a clock set back from "overdue" to "due soon" does not remind again. */
const LATER_OR_SAME: Record<Reminder['stage'], Reminder['stage'][]> = { dueSoon: ['dueSoon', 'overdue'], overdue: ['overdue'], alert: ['alert'] };

/**
 * What a mark remembers: the task at its due time. A task moved to another
 * time (a postponed step, a reopened or escalated incident) is new news and
 * reminds again; the clock itself is not in it, so a clock set back and
 * forward, a restart or a sleep never repeats one.
 */
const markKey = (task: Task) => `${task.key}@${task.dueAt}`;
const taskKeyOfMark = (mark: string) => mark.slice(0, mark.lastIndexOf('@'));

/**
 * Reminders not yet shown to the signed-in user, computed from the database
 * now and marked shown in the same call (reminder_marks: user, task, stage).
 * `channel` keeps apart the in-app toasts ('') and the Electron shell's
 * system notifications ('os:'), so each shows every reminder once.
 */
export function takeReminders(ctx: ServiceContext, channel: '' | 'os:'): Reminder[] {
  const viewer = viewerOf(ctx);
  if (!viewer) return [];
  const { tasks, clock } = collectTasks(ctx, viewer, REMINDER_HORIZON_DAYS);
  const due = tasks.flatMap((task) => {
    const stage = stageOf(task, clock);
    return stage ? [{ key: task.key, stage, task, mark: markKey(task) }] : [];
  });
  const marks = ctx.db
    .select({ taskKey: reminderMarks.taskKey, stage: reminderMarks.stage, at: reminderMarks.at })
    .from(reminderMarks)
    .where(eq(reminderMarks.userId, viewer.userId))
    .all();
  const shown = new Set(marks.map((m) => `${m.stage}|${m.taskKey}`));
  const fresh = due.filter((r) => !LATER_OR_SAME[r.stage].some((stage) => shown.has(`${channel}${stage}|${r.mark}`)));
  const open = new Set(tasks.map((t) => t.key));
  const cutoff = new Date(ctx.now().getTime() - MARK_KEEP_DAYS * 86_400_000).toISOString();
  const stale = [...new Set(marks.filter((m) => m.at < cutoff && !open.has(taskKeyOfMark(m.taskKey))).map((m) => m.taskKey))];
  if (fresh.length === 0 && stale.length === 0) return [];
  ctx.write(
    (tx) => {
      for (const part of chunks(stale, 500)) {
        tx.delete(reminderMarks)
          .where(and(eq(reminderMarks.userId, viewer.userId), inArray(reminderMarks.taskKey, part), lt(reminderMarks.at, cutoff)))
          .run();
      }
      for (const part of chunks(fresh, 200)) {
        tx.insert(reminderMarks)
          .values(part.map((r) => ({ userId: viewer.userId, taskKey: r.mark, stage: `${channel}${r.stage}`, at: tx.at })))
          .onConflictDoNothing()
          .run();
      }
    },
    () => ({ action: 'task.remind', entity: 'user', entityId: viewer.userId, detail: { count: fresh.length } }),
  );
  return fresh.map(({ key, stage, task }) => ({ key, stage, task }));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
