import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../core/write-path';
import type { CountedRange } from './periods';
import { mondayOf } from './periods';
import { countedVisit } from './counted-visit';

/*
 * One client's visits, read directly: a client's guests are planned visits,
 * a few per plan, found by day on visits_planned_day (which holds planned
 * visits only). Summaries have no client in their key on purpose: a plan's
 * client may change, and its visits then belong to the new one at once.
 */

export interface PlannedVisit {
  personId: string;
  day: string;
  kind: 'walk_in' | 'planned';
  /** Local hour of check-in. */
  hour: number;
  checkInAt: string;
  checkOutAt: string | null;
  handlingMs: number | null;
  /** The stay in seconds, null while on site. */
  staySeconds: number | null;
}

/*
 * A counted visit `v` in the queries that find visits by day on
 * visits_planned_day: the unary + keeps SQLite off the status and check-in
 * indexes, which would read every visit of the range (sqlite.org/optoverview.html,
 * "Disqualifying WHERE clause terms").
 */
export const COUNTED_V = sql.raw(countedVisit('+v'));

export function clientVisits(db: ReadDb, range: CountedRange, clientId: string): PlannedVisit[] {
  return db.all<PlannedVisit>(sql`
    SELECT v.person_id AS personId, v.visit_day AS day, v.kind, CAST(strftime('%H', v.check_in_at, 'localtime') AS INTEGER) AS hour,
      v.check_in_at AS checkInAt, v.check_out_at AS checkOutAt, v.handling_ms AS handlingMs,
      CASE WHEN v.check_out_at IS NULL THEN NULL ELSE CAST(round((julianday(v.check_out_at) - julianday(v.check_in_at)) * 86400) AS INTEGER) END AS staySeconds
    FROM visits v JOIN visit_plans p ON p.id = v.plan_id
    WHERE v.plan_id IS NOT NULL AND v.visit_day BETWEEN ${range.from} AND ${range.to} AND p.client_id = ${clientId} AND ${COUNTED_V}`);
}

/** A day's visits of one kind, with the distinct-visitor marks the summary keeps (visit_stats). */
export interface DayKindRow {
  day: string;
  kind: 'walk_in' | 'planned';
  visits: number;
  newDay: number;
  newWeek: number;
  newMonth: number;
}

/** The summary's day rows made from a list of visits: a person's first visit of a day, week and month marks them once. */
export function dayKindRows(visits: PlannedVisit[]): DayKindRow[] {
  const rows = new Map<string, DayKindRow>();
  const seen = new Set<string>();
  const first = (key: string) => (seen.has(key) ? 0 : (seen.add(key), 1));
  for (const v of [...visits].sort((a, b) => a.day.localeCompare(b.day))) {
    const key = `${v.day}|${v.kind}`;
    const row = rows.get(key) ?? { day: v.day, kind: v.kind, visits: 0, newDay: 0, newWeek: 0, newMonth: 0 };
    rows.set(key, row);
    row.visits += 1;
    row.newDay += first(`d|${v.personId}|${v.day}`);
    row.newWeek += first(`w|${v.personId}|${mondayOf(v.day)}`);
    row.newMonth += first(`m|${v.personId}|${v.day.slice(0, 7)}`);
  }
  return [...rows.values()];
}

/** Per day, the most of these visits on site at once (the sweep of db/migrations/0014_reports.sql: departures first on a tie). */
export function dayPeaks(visits: PlannedVisit[]): { day: string; peak: number }[] {
  const byDay = new Map<string, [string, number][]>();
  for (const v of visits) {
    const events = byDay.get(v.day) ?? [];
    byDay.set(v.day, events);
    events.push([v.checkInAt, 1]);
    if (v.checkOutAt !== null) events.push([v.checkOutAt, -1]);
  }
  return [...byDay].map(([day, events]) => {
    events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    let running = 0;
    let peak = 0;
    for (const [, delta] of events) peak = Math.max(peak, (running += delta));
    return { day, peak };
  });
}
