import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { FEEDBACK_SCENARIOS, REQUEST_STATUSES, RESPONSE_CHANNELS } from '../../contract/feedback';
import { clients } from './clients';
import { syncColumns } from './columns';
import { people } from './people';
import { visitPlans } from './plans';
import { users } from './users';
import { visits } from './visits';

/** Questionnaires (contract/feedback.ts); questions are one JSON document with stable ids. */
export const feedbackTemplates = sqliteTable(
  'feedback_templates',
  {
    ...syncColumns,
    builtInKey: text('built_in_key').notNull().default(''),
    /** JSON LocalText. */
    name: text('name').notNull(),
    scenario: text('scenario', { enum: FEEDBACK_SCENARIOS }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** JSON array of questions. */
    questions: text('questions').notNull(),
  },
  (t) => [index('feedback_templates_scenario').on(t.scenario)],
);

/** "Request feedback": one per completed plan or checked-out visit (or asked by hand); its code goes on paper. */
export const feedbackRequests = sqliteTable(
  'feedback_requests',
  {
    ...syncColumns,
    code: text('code').notNull(),
    templateId: text('template_id').references(() => feedbackTemplates.id),
    planId: text('plan_id').references(() => visitPlans.id),
    visitId: text('visit_id').references(() => visits.id),
    personId: text('person_id').references(() => people.id),
    clientId: text('client_id').references(() => clients.id),
    ownerUserId: text('owner_user_id').references(() => users.id),
    ownerName: text('owner_name').notNull().default(''),
    /** Local minute. */
    dueAt: text('due_at').notNull(),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('open'),
    responseId: text('response_id'),
    declineReason: text('decline_reason').notNull().default(''),
  },
  (t) => [
    uniqueIndex('feedback_requests_code').on(t.code),
    // One request per plan and per visit: completing twice (or reopening) never asks twice.
    uniqueIndex('feedback_requests_plan').on(t.planId).where(sql.raw('plan_id IS NOT NULL AND visit_id IS NULL AND deleted_at IS NULL')),
    uniqueIndex('feedback_requests_visit').on(t.visitId).where(sql.raw('visit_id IS NOT NULL AND deleted_at IS NULL')),
    index('feedback_requests_open').on(t.ownerUserId, t.dueAt).where(sql.raw(`status = 'open' AND deleted_at IS NULL`)),
  ],
);

export const feedbackResponses = sqliteTable(
  'feedback_responses',
  {
    ...syncColumns,
    templateId: text('template_id')
      .notNull()
      .references(() => feedbackTemplates.id),
    requestId: text('request_id').references(() => feedbackRequests.id),
    channel: text('channel', { enum: RESPONSE_CHANNELS }).notNull(),
    planId: text('plan_id').references(() => visitPlans.id),
    visitId: text('visit_id').references(() => visits.id),
    personId: text('person_id').references(() => people.id),
    clientId: text('client_id').references(() => clients.id),
    respondentName: text('respondent_name').notNull().default(''),
    /** JSON array of answers. */
    answers: text('answers').notNull(),
    /** Average rating (1–5), null without ratings. */
    score: real('score'),
    lowestRating: integer('lowest_rating'),
    /** The text answers joined, for the summary's comments and for search. */
    commentText: text('comment_text').notNull().default(''),
    redAlert: integer('red_alert', { mode: 'boolean' }).notNull().default(false),
    /** JSON array: 'score' and/or 'keyword:<word>'. */
    alertReasons: text('alert_reasons').notNull().default('[]'),
    incidentId: text('incident_id'),
    /** Local minute it was given. */
    givenAt: text('given_at').notNull(),
    enteredById: text('entered_by_id').notNull(),
    enteredByName: text('entered_by_name').notNull(),
  },
  (t) => [
    index('feedback_responses_given').on(t.givenAt, t.id),
    index('feedback_responses_red').on(t.givenAt).where(sql.raw('red_alert = 1 AND deleted_at IS NULL')),
    index('feedback_responses_client').on(t.clientId, t.givenAt),
    index('feedback_responses_plan').on(t.planId),
    index('feedback_responses_template').on(t.templateId, t.givenAt),
  ],
);
