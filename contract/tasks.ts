import { z } from 'zod';
import { channel } from './channel';
import { uuid } from './fields';
import { ROLE_NAMES } from './session';

/**
 * One task inbox: every dated duty of a user, computed by main from the
 * tables that hold them (nothing is copied, so nothing goes stale or is lost
 * by a restart, a sleep or a clock change).
 */
export const TASK_KINDS = [
  /** An open incident the user owns, or one waiting in their role's queue. */
  'incident',
  /** An open incident the user reported, owned before, or wrote on, that escalated: they see it too. */
  'escalation',
  /** A red-alert complaint, for every manager until it is resolved. */
  'redAlert',
  'callBack',
  'feedbackRequest',
  'followupStep',
  'care',
  'checklistItem',
  /** A change to a past visit's record, for every manager who may decide it (not its requester). */
  'recordChange',
  /** A new version of an archive document waiting for a manager other than its submitter. */
  'documentVersion',
  /** A destruction request waiting for a second (or first) manager's approval. */
  'destruction',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Where a task opens: the screen and the record on it. */
export const TASK_SCREENS = ['incident', 'feedback', 'followup', 'care', 'plan', 'pastVisit', 'document', 'destruction'] as const;

export const task = z.object({
  /** `kind:id`, stable, so reminders are marked once per task and stage. */
  key: z.string(),
  kind: z.enum(TASK_KINDS),
  refId: z.string(),
  title: z.string(),
  /** A second line: the client, the visit, the step's sequence. */
  detail: z.string(),
  /** Local `YYYY-MM-DDTHH:mm`; day-only duties (follow-up steps, care) are due at the end of their day. */
  dueAt: z.string(),
  allDay: z.boolean(),
  overdue: z.boolean(),
  dueToday: z.boolean(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string(),
  /** 0 most pressing (critical / VIP / high), 2 least; orders tasks due at the same time. */
  priority: z.number().int(),
  escalated: z.boolean(),
  link: z.object({ screen: z.enum(TASK_SCREENS), id: z.string() }),
});
export type Task = z.output<typeof task>;

export const taskCounts = z.object({ overdue: z.number().int(), today: z.number().int(), open: z.number().int() });
export type TaskCounts = z.output<typeof taskCounts>;

/** A reminder to show once: a task became due soon or overdue, or a red alert / escalation concerns the user. */
export const REMINDER_STAGES = ['dueSoon', 'overdue', 'alert'] as const;
export const reminder = z.object({ key: z.string(), stage: z.enum(REMINDER_STAGES), task });
export type Reminder = z.output<typeof reminder>;

export const staffMember = z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(ROLE_NAMES)) });
export type StaffMember = z.output<typeof staffMember>;

export const tasks = {
  /** The signed-in user's inbox: overdue first, then due today, then the rest by due time; within `horizonDays` ahead. */
  mine: channel({
    input: () => z.strictObject({
      horizonDays: z.number('invalidType').int().min(0).max(90).default(14),
      limit: z.number('invalidType').int().min(1).max(500).default(200),
    }),
    output: () => z.object({ tasks: z.array(task), counts: taskCounts, more: z.boolean() }),
    permission: 'app.view',
  }),
  /** The header's count; cheap enough to poll. */
  count: channel({ input: () => z.strictObject({}), output: () => taskCounts, permission: 'app.view' }),
  /** Managers: everyone's open tasks, by person, or one person's. */
  team: channel({
    input: () => z.strictObject({
      ownerUserId: uuid.optional(),
      horizonDays: z.number('invalidType').int().min(0).max(90).default(14),
      limit: z.number('invalidType').int().min(1).max(1000).default(500),
    }),
    output: () => z.object({
      people: z.array(z.object({ userId: z.string().nullable(), name: z.string(), counts: taskCounts })),
      tasks: z.array(task),
      more: z.boolean(),
    }),
    permission: 'tasks.team',
  }),
  /**
   * Reminders not yet shown to the signed-in user, marked shown as they are
   * returned (the Electron shell also raises a system notification for each).
   */
  reminders: channel({ input: () => z.strictObject({}), output: () => z.array(reminder), permission: 'app.view' }),
  /** Active users, for owner pickers. */
  staff: channel({ input: () => z.strictObject({}), output: () => z.array(staffMember), permission: 'app.view' }),
};
