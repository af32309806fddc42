import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CALLBACK_STATUSES, INCIDENT_CATEGORIES, INCIDENT_EVENT_KINDS, INCIDENT_SOURCES, INCIDENT_STATUSES, INCIDENT_TIERS, ROOT_CAUSES, SCRIPT_SCENARIOS } from '../../contract/incidents';
import { ROLE_NAMES } from '../../contract/session';
import { clients } from './clients';
import { syncColumns } from './columns';
import { people } from './people';
import { visitPlans } from './plans';
import { users } from './users';
import { visits } from './visits';

/*
 * Problem handling (contract/incidents.ts). Times that limits are counted in
 * (received, deadline, resolved, call-back due) are local `YYYY-MM-DDTHH:mm`,
 * like checklist due times: one site, one time zone, and the inbox compares
 * them as strings. Stamps of who did what are ISO instants.
 */

/** The partial-index predicate of incidents whose deadline runs: written once, used by the index and by the queries that must match it. */
export const OPEN_INCIDENT_SQL = sql.raw(`status IN ('received', 'classified', 'dispatched') AND deleted_at IS NULL`);

export const incidents = sqliteTable(
  'incidents',
  {
    ...syncColumns,
    /** `IN-YYMMDD-NNN`, numbered per local day. */
    code: text('code').notNull(),
    category: text('category', { enum: INCIDENT_CATEGORIES }).notNull(),
    tier: text('tier', { enum: INCIDENT_TIERS }).notNull(),
    status: text('status', { enum: INCIDENT_STATUSES }).notNull(),
    source: text('source', { enum: INCIDENT_SOURCES }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    personId: text('person_id').references(() => people.id),
    visitId: text('visit_id').references(() => visits.id),
    planId: text('plan_id').references(() => visitPlans.id),
    clientId: text('client_id').references(() => clients.id),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    /** The red-alert response that opened it (source `feedback`). */
    feedbackResponseId: text('feedback_response_id'),
    /** Null while it waits in the role's queue. */
    ownerUserId: text('owner_user_id').references(() => users.id),
    ownerRole: text('owner_role', { enum: ROLE_NAMES }),
    /** The owner's display name when set (kept for the record if the account is renamed). */
    ownerName: text('owner_name').notNull().default(''),
    reporterId: text('reporter_id').notNull(),
    reporterName: text('reporter_name').notNull(),
    /** JSON array of user ids who reported, owned or wrote on it: an escalation shows in all their inboxes. */
    involvedIds: text('involved_ids').notNull().default('[]'),
    /** Local minute received. */
    receivedAt: text('received_at').notNull(),
    /** Local minute the current tier's limit started from (received, the last deadline on escalation, or a reopening). */
    limitFrom: text('limit_from').notNull(),
    /** Local minute; null once resolved. */
    deadlineAt: text('deadline_at'),
    escalations: integer('escalations').notNull().default(0),
    resolvedAt: text('resolved_at'),
    resolution: text('resolution').notNull().default(''),
    rootCause: text('root_cause', { enum: ROOT_CAUSES }),
    rootCauseNote: text('root_cause_note').notNull().default(''),
    reviewNote: text('review_note').notNull().default(''),
    /** Whether it was resolved after its deadline (kept: the deadline is cleared on resolution). */
    resolvedLate: integer('resolved_late', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('incidents_code').on(t.code),
    // Escalation and the inbox read open incidents by deadline; nothing older is touched.
    index('incidents_open_deadline').on(t.deadlineAt).where(OPEN_INCIDENT_SQL),
    index('incidents_owner').on(t.ownerUserId, t.status),
    index('incidents_received').on(t.receivedAt, t.id),
    index('incidents_client').on(t.clientId, t.receivedAt),
    index('incidents_plan').on(t.planId),
    index('incidents_person').on(t.personId),
  ],
);

/** The timeline: steps of the loop, notes, contacts with the visitor, escalations. Append-only. */
export const incidentEvents = sqliteTable(
  'incident_events',
  {
    ...syncColumns,
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    kind: text('kind', { enum: INCIDENT_EVENT_KINDS }).notNull(),
    /** ISO instant. */
    at: text('at').notNull(),
    byId: text('by_id').notNull(),
    byName: text('by_name').notNull(),
    value: text('value').notNull().default(''),
    text: text('text').notNull().default(''),
  },
  (t) => [index('incident_events_incident').on(t.incidentId, t.at)],
);

/** The 24-hour call-back after a resolution. */
export const incidentCallbacks = sqliteTable(
  'incident_callbacks',
  {
    ...syncColumns,
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    ownerUserId: text('owner_user_id').references(() => users.id),
    ownerName: text('owner_name').notNull().default(''),
    /** Local minute. */
    dueAt: text('due_at').notNull(),
    status: text('status', { enum: CALLBACK_STATUSES }).notNull().default('open'),
    attempts: integer('attempts').notNull().default(0),
    score: integer('score'),
    comment: text('comment').notNull().default(''),
    doneAt: text('done_at'),
    doneByName: text('done_by_name').notNull().default(''),
  },
  (t) => [
    index('incident_callbacks_incident').on(t.incidentId),
    index('incident_callbacks_open').on(t.ownerUserId, t.dueAt).where(sql.raw(`status = 'open' AND deleted_at IS NULL`)),
  ],
);

/** Reply scripts (话术); built-ins are seeded by key, a manager's edits kept. */
export const replyScripts = sqliteTable(
  'reply_scripts',
  {
    ...syncColumns,
    builtInKey: text('built_in_key').notNull().default(''),
    scenario: text('scenario', { enum: SCRIPT_SCENARIOS }).notNull(),
    /** JSON LocalText. */
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** JSON array. */
    tags: text('tags').notNull().default('[]'),
    /** Toneless pinyin and initials of the Chinese title, for search. */
    titlePinyin: text('title_pinyin').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('reply_scripts_scenario').on(t.scenario)],
);
