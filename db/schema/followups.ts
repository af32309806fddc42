import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { FOLLOWUP_STATUSES, FOLLOWUP_URGENCIES, STEP_STATUSES } from '../../contract/followups';
import { clients } from './clients';
import { syncColumns } from './columns';
import { visitPlans } from './plans';
import { users } from './users';

/** Follow-up templates (contract/followups.ts); steps are one JSON document. */
export const followupTemplates = sqliteTable('followup_templates', {
  ...syncColumns,
  builtInKey: text('built_in_key').notNull().default(''),
  /** JSON LocalText. */
  name: text('name').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** JSON array of { id, title: LocalText, offsetDays }. */
  steps: text('steps').notNull(),
});

/** A client's follow-up sequence. */
export const followupPlans = sqliteTable(
  'followup_plans',
  {
    ...syncColumns,
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    templateId: text('template_id').references(() => followupTemplates.id),
    /** The visit it follows, if any. */
    planId: text('plan_id').references(() => visitPlans.id),
    title: text('title').notNull(),
    status: text('status', { enum: FOLLOWUP_STATUSES }).notNull().default('active'),
    urgency: text('urgency', { enum: FOLLOWUP_URGENCIES }).notNull().default('normal'),
    ownerUserId: text('owner_user_id').references(() => users.id),
    ownerName: text('owner_name').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('followup_plans_status').on(t.status, t.ownerUserId), index('followup_plans_client').on(t.clientId)],
);

export const followupSteps = sqliteTable(
  'followup_steps',
  {
    ...syncColumns,
    followupId: text('followup_id')
      .notNull()
      .references(() => followupPlans.id),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    ownerUserId: text('owner_user_id').references(() => users.id),
    ownerName: text('owner_name').notNull().default(''),
    /** YYYY-MM-DD. */
    dueDay: text('due_day').notNull(),
    status: text('status', { enum: STEP_STATUSES }).notNull().default('open'),
    outcome: text('outcome').notNull().default(''),
    /** The first planned day, once postponed. */
    plannedDay: text('planned_day'),
    postponements: integer('postponements').notNull().default(0),
    doneAt: text('done_at'),
    doneByName: text('done_by_name').notNull().default(''),
  },
  (t) => [
    index('followup_steps_followup').on(t.followupId, t.seq),
    index('followup_steps_open').on(t.ownerUserId, t.dueDay).where(sql.raw(`status = 'open' AND deleted_at IS NULL`)),
  ],
);

/** Re-planning moves, for the sequence's history. Append-only. */
export const followupEvents = sqliteTable(
  'followup_events',
  {
    ...syncColumns,
    followupId: text('followup_id')
      .notNull()
      .references(() => followupPlans.id),
    at: text('at').notNull(),
    byName: text('by_name').notNull(),
    action: text('action').notNull(),
    stepTitle: text('step_title').notNull().default(''),
    text: text('text').notNull().default(''),
  },
  (t) => [index('followup_events_followup').on(t.followupId, t.at)],
);

/** A client's dates worth a greeting: founding day, contract signed, first visit. */
export const clientMilestones = sqliteTable(
  'client_milestones',
  {
    ...syncColumns,
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    title: text('title').notNull(),
    /** YYYY-MM-DD. */
    date: text('date').notNull(),
    yearly: integer('yearly', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('client_milestones_client').on(t.clientId), index('client_milestones_month_day').on(sql`substr(${t.date}, 6)`)],
);

/** Care reminders are computed; only their being done is stored, by occurrence key. */
export const careMarks = sqliteTable(
  'care_marks',
  {
    ...syncColumns,
    /** `kind:ref:YYYY-MM-DD` (contract careReminder.key). */
    key: text('key').notNull(),
    userId: text('user_id').notNull(),
    byName: text('by_name').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('care_marks_key').on(t.key)],
);

/** Which reminders a user was shown (task key and stage), so a restart neither repeats nor loses one. Local bookkeeping, not synced. */
export const reminderMarks = sqliteTable(
  'reminder_marks',
  {
    userId: text('user_id').notNull(),
    taskKey: text('task_key').notNull(),
    stage: text('stage').notNull(),
    at: text('at').notNull(),
  },
  (t) => [uniqueIndex('reminder_marks_key').on(t.userId, t.taskKey, t.stage)],
);
