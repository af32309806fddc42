import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { VISIT_KINDS, VISIT_STATUSES } from '../../contract/visits';
import { syncColumns } from './columns';
import { visitPlans } from './plans';
import { people } from './people';

export const visits = sqliteTable(
  'visits',
  {
    ...syncColumns,
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    // Coded values: contract/visits.ts holds the lists (a text column, no CHECK: a new value needs no migration).
    kind: text('kind', { enum: VISIT_KINDS }).notNull(),
    status: text('status', { enum: VISIT_STATUSES }).notNull(),
    host: text('host').notNull(),
    purpose: text('purpose').notNull().default(''),
    /** Printed on the badge and in its QR code; what the scanner types at check-out. */
    badgeNo: text('badge_no').notNull(),
    privacyAckAt: text('privacy_ack_at'),
    checkInAt: text('check_in_at'),
    checkOutAt: text('check_out_at'),
    /** The reception plan a planned guest came with; null for walk-ins. */
    planId: text('plan_id').references(() => visitPlans.id),
    /** Local calendar day of check-in (YYYY-MM-DD), for the day's lists and badge numbers. */
    visitDay: text('visit_day').notNull(),
    /**
     * Who came, as recorded at check-in: the person's record may be corrected
     * later, the visit keeps what it was. Nullable only for rows older than
     * the column (backfilled from the record at migration).
     */
    visitorName: text('visitor_name'),
    visitorCompany: text('visitor_company'),
    visitorPhone: text('visitor_phone'),
    /**
     * How long the registration took at the desk, in ms: the check-in form's
     * first keystroke to its submit (walk-ins). Null when not measured
     * (planned arrivals, rows older than the column, other paths).
     */
    handlingMs: integer('handling_ms'),
  },
  (t) => [
    uniqueIndex('visits_badge_no').on(t.badgeNo),
    // The day's last badge number of a desk (main/services/visits/badge-number.ts): its 10-character prefix
    // (V + yymmdd + desk code), longest sequence first, then highest; one index seek, whatever the day's count.
    index('visits_badge_seq').on(sql`substr(${t.badgeNo}, 1, 10)`, sql`length(${t.badgeNo})`, t.badgeNo),
    // The desk's lists read a page in the order they show it, newest check-in first, and stop there:
    // today's by day, the on-site one by status (the rowid every index ends with breaks ties).
    index('visits_status_check_in').on(t.status, t.checkInAt),
    index('visits_day_check_in').on(t.visitDay, t.checkInAt),
    // A person's visits newest first (last visit, history); "is this person on site" without reading their history.
    index('visits_person_check_in').on(t.personId, t.checkInAt),
    index('visits_person_status').on(t.personId, t.status, t.checkInAt),
    index('visits_plan').on(t.planId, t.personId),
    // The reports' summary triggers ask "has this person another visit this day / week / month" (db/schema/reports.ts).
    index('visits_person_day').on(t.personId, t.visitDay),
    // The reports read planned visits by day (by client, arrival to check-in) without the walk-ins of those days.
    index('visits_planned_day').on(t.visitDay).where(sql`plan_id IS NOT NULL`),
  ],
);
