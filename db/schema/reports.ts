import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * Summaries for the reports (contract/reports.ts), derived from `visits` and
 * kept by SQL triggers in the same transaction as every write of a visit
 * (db/migrations/0014_reports.sql), so no write path can forget them. They are
 * not user data: no sync columns, never synced; a desk makes them again from
 * its visits (main/app/report-summaries.ts), which is also how
 * existing history is counted once at start.
 *
 * A counted visit: not deleted, checked in, on site or checked out.
 */

/** Counted visits per local day, local hour of check-in and kind (WITHOUT ROWID: read by day range). */
export const visitStats = sqliteTable(
  'visit_stats',
  {
    day: text('day').notNull(),
    hour: integer('hour').notNull(),
    kind: text('kind').notNull(),
    visits: integer('visits').notNull().default(0),
    /**
     * +1 for a visit that was its person's only visit of that local day / week
     * (Monday to Sunday) / month when it was counted, -1 when the last one
     * leaves: summed over whole periods, the exact number of distinct visitors.
     * One row alone means nothing (a +1 and its -1 may sit in different hours).
     */
    newDay: integer('new_day').notNull().default(0),
    newWeek: integer('new_week').notNull().default(0),
    newMonth: integer('new_month').notNull().default(0),
    /** Visits with a measured registration time (`visits.handling_ms`) and their sum. */
    regN: integer('reg_n').notNull().default(0),
    regMs: integer('reg_ms').notNull().default(0),
    /** Checked-out visits and their stay in seconds (check-in to check-out). */
    stayN: integer('stay_n').notNull().default(0),
    stayS: integer('stay_s').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.hour, t.kind] })],
);

/** The most counted visits of a local day on site at once (a visit not checked out stays to the end of its day). */
export const visitDayPeaks = sqliteTable('visit_day_peaks', {
  day: text('day').primaryKey(),
  peak: integer('peak').notNull(),
  /** The day's latest check-in or check-out counted: a later one (the desk's own, in time order) updates the peak without sweeping the day. */
  lastAt: text('last_at'),
});

/**
 * Feedback responses (not deleted) per local day of giving (`given_at`) and
 * client ('' for none), kept by triggers on `feedback_responses`
 * (db/migrations/0015_feedback_day_stats.sql): how many, how many scored and
 * their scores' sum, red alerts, and every answer's rating 1–5 counted. The
 * service report reads these instead of parsing each response's answers.
 */
export const feedbackDayStats = sqliteTable(
  'feedback_day_stats',
  {
    day: text('day').notNull(),
    clientId: text('client_id').notNull().default(''),
    responses: integer('responses').notNull().default(0),
    scored: integer('scored').notNull().default(0),
    scoreSum: real('score_sum').notNull().default(0),
    red: integer('red').notNull().default(0),
    r1: integer('r1').notNull().default(0),
    r2: integer('r2').notNull().default(0),
    r3: integer('r3').notNull().default(0),
    r4: integer('r4').notNull().default(0),
    r5: integer('r5').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.clientId] })],
);
