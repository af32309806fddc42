import type Database from 'better-sqlite3';
import { countedVisit } from '../services/reports';

const COUNTED_VISIT = countedVisit();

/*
 * The reports' summaries (db/schema/reports.ts) made from scratch, here in
 * the composition root because it writes on the raw handle (services never
 * do): the start-up data migration and the generator call it. The same
 * numbers the triggers keep one visit at a time: per day, hour and kind the visits, each person's first
 * visit of a day, week (Monday) and month (in one pass ordered by person and
 * day: a row whose person or period differs from the row before; exactly one
 * per distinct visitor), registration and stay; per
 * day the most on site at once, by a sweep of check-ins (+1) and check-outs
 * (-1) in time order, departures first on a tie.
 */
const REBUILD_STATS = `
DELETE FROM visit_stats;
INSERT INTO visit_stats (day, hour, kind, visits, new_day, new_week, new_month, reg_n, reg_ms, stay_n, stay_s)
SELECT visit_day, hour, kind, count(*), sum(first_day), sum(first_week), sum(first_month),
  sum(handling_ms IS NOT NULL), sum(coalesce(handling_ms, 0)), sum(check_out_at IS NOT NULL),
  sum(CASE WHEN check_out_at IS NULL THEN 0 ELSE CAST(round((julianday(check_out_at) - julianday(check_in_at)) * 86400) AS INTEGER) END)
FROM (
  SELECT visit_day, kind, handling_ms, check_in_at, check_out_at, CAST(strftime('%H', check_in_at, 'localtime') AS INTEGER) AS hour,
    (lag(person_id) OVER w IS NOT person_id OR lag(visit_day) OVER w IS NOT visit_day) AS first_day,
    (lag(person_id) OVER w IS NOT person_id OR date(lag(visit_day) OVER w, '-6 days', 'weekday 1') IS NOT date(visit_day, '-6 days', 'weekday 1')) AS first_week,
    (lag(person_id) OVER w IS NOT person_id OR substr(lag(visit_day) OVER w, 1, 7) IS NOT substr(visit_day, 1, 7)) AS first_month
  FROM visits WHERE ${COUNTED_VISIT} WINDOW w AS (ORDER BY person_id, visit_day))
GROUP BY visit_day, hour, kind;
`;

const REBUILD_PEAKS = `
DELETE FROM visit_day_peaks;
INSERT INTO visit_day_peaks (day, peak, last_at)
SELECT day, max(running), max(at) FROM (
  SELECT day, at, sum(delta) OVER (PARTITION BY day ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS running FROM (
    SELECT visit_day AS day, check_in_at AS at, 1 AS delta FROM visits WHERE ${COUNTED_VISIT}
    UNION ALL
    SELECT visit_day, check_out_at, -1 FROM visits WHERE ${COUNTED_VISIT} AND check_out_at IS NOT NULL))
GROUP BY day;
`;

/** Makes the reports' summaries again from every visit, in one transaction; returns how many visits were counted. */
export function rebuildReportSummaries(sqlite: Database.Database): number {
  return sqlite.transaction(() => {
    sqlite.exec(REBUILD_STATS);
    sqlite.exec(REBUILD_PEAKS);
    return sqlite.prepare('SELECT coalesce(sum(visits), 0) FROM visit_stats').pluck().get() as number;
  })();
}

/** Makes only the days' peaks again, in one transaction (what migration 0019 changed). */
export function rebuildDayPeaks(sqlite: Database.Database): void {
  sqlite.transaction(() => sqlite.exec(REBUILD_PEAKS))();
}
