import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { syncColumns } from './columns';
import { visitors } from './visitors';

/** A reception plan (接待方案) for one client visit. Times are local `YYYY-MM-DDTHH:mm`. */
export const visitPlans = sqliteTable(
  'visit_plans',
  {
    ...syncColumns,
    title: text('title').notNull(),
    clientId: text('client_id').references(() => clients.id),
    purpose: text('purpose').notNull().default(''),
    level: text('level', { enum: ['vip', 'key', 'normal'] }).notNull(),
    status: text('status', { enum: ['draft', 'confirmed', 'in_progress', 'completed', 'cancelled', 'archived'] }).notNull(),
    arrivalAt: text('arrival_at'),
    departureAt: text('departure_at'),
    expectedHeadcount: integer('expected_headcount').notNull(),
    /** JSON: diet, transport, accessibility, other. */
    needs: text('needs').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('visit_plans_arrival').on(t.arrivalAt), index('visit_plans_status').on(t.status), index('visit_plans_client').on(t.clientId)],
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
      .references(() => visitors.id),
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
