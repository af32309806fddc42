import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PLAN_STATUSES, RECEPTION_LEVELS, RESOURCE_KINDS, VISIT_TYPES } from '../../contract/plans';
import { clients } from './clients';
import { syncColumns } from './columns';
import { people } from './people';

/** A reception plan (接待方案) for one client visit. Times are local `YYYY-MM-DDTHH:mm`. */
export const visitPlans = sqliteTable(
  'visit_plans',
  {
    ...syncColumns,
    title: text('title').notNull(),
    clientId: text('client_id').references(() => clients.id),
    purpose: text('purpose').notNull().default(''),
    // Coded values: contract/plans.ts holds the lists (a text column, no CHECK: a new value needs no migration).
    level: text('level', { enum: RECEPTION_LEVELS }).notNull(),
    visitType: text('visit_type', { enum: VISIT_TYPES }).notNull().default('business'),
    status: text('status', { enum: PLAN_STATUSES }).notNull(),
    arrivalAt: text('arrival_at'),
    departureAt: text('departure_at'),
    expectedHeadcount: integer('expected_headcount').notNull(),
    /** JSON: diet, transport, accessibility, other. */
    needs: text('needs').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    // The list's order (plans with an arrival first, by arrival, then by id), read from an index and stopped after a page.
    index('visit_plans_list_order').on(sql`(${t.arrivalAt} IS NULL)`, t.arrivalAt, t.id),
    // Where a visit ends (services/plans/visit-days.ts): "on these days" reads from the first day on, never the years before.
    index('visit_plans_ends').on(sql`coalesce(${t.departureAt}, ${t.arrivalAt})`, t.arrivalAt),
    // The longest visit on file, in days (one seek for its max): bounds "on these days" from above too (services/plans/visit-days.ts).
    index('visit_plans_length').on(sql`julianday(coalesce(${t.departureAt}, ${t.arrivalAt})) - julianday(${t.arrivalAt})`),
    index('visit_plans_status').on(t.status),
    index('visit_plans_client').on(t.clientId),
    // Past visits (services/past-visits), newest first by key: only completed and archived plans, so a page never walks the open ones.
    // The unary + is in the query too: it keeps SQLite off visit_plans_status (which would read them all and sort), and the terms still match.
    index('visit_plans_past').on(t.arrivalAt, t.id).where(sql`+status IN ('completed', 'archived') AND deleted_at IS NULL`),
  ],
);

/** The guest list: people from the directory, with their needs for this visit. */
export const planGuests = sqliteTable(
  'plan_guests',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    isLead: integer('is_lead', { mode: 'boolean' }).notNull().default(false),
    needs: text('needs').notNull(),
  },
  (t) => [uniqueIndex('plan_guests_plan_person').on(t.planId, t.personId), index('plan_guests_person').on(t.personId)],
);

export const itineraryItems = sqliteTable(
  'itinerary_items',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    activity: text('activity').notNull(),
    place: text('place').notNull().default(''),
    responsible: text('responsible').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('itinerary_items_plan').on(t.planId, t.startsAt)],
);

/** Who does what on the visit: each role with a primary person and a stand-in (the A/B rule). */
export const planTeam = sqliteTable(
  'plan_team',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    role: text('role').notNull(),
    customLabel: text('custom_label').notNull().default(''),
    primaryName: text('primary_name').notNull(),
    primaryPhone: text('primary_phone').notNull().default(''),
    backupName: text('backup_name').notNull().default(''),
    backupPhone: text('backup_phone').notNull().default(''),
  },
  (t) => [index('plan_team_plan').on(t.planId), index('plan_team_primary').on(t.primaryName), index('plan_team_backup').on(t.backupName)],
);

/** Meeting rooms, vehicles and other things a visit books. */
export const resources = sqliteTable(
  'resources',
  {
    ...syncColumns,
    kind: text('kind', { enum: RESOURCE_KINDS }).notNull(),
    name: text('name').notNull(),
    capacity: integer('capacity'),
    notes: text('notes').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('resources_kind').on(t.kind)],
);

export const resourceBookings = sqliteTable(
  'resource_bookings',
  {
    ...syncColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => visitPlans.id),
    resourceId: text('resource_id')
      .notNull()
      .references(() => resources.id),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    spare: integer('spare', { mode: 'boolean' }).notNull().default(false),
  },
  // A resource's bookings by their end: a clash check reads from the asked start on, never the resource's past.
  (t) => [index('resource_bookings_resource_ends').on(t.resourceId, t.endsAt), index('resource_bookings_plan').on(t.planId)],
);
