-- Issue 17, found by reports-summary.test.ts. Written by hand (triggers: drizzle-kit keeps none in its snapshot, which is 0018's).
-- A day's peak is defined by the sweep of its visits in time order, departures first on a tie (report-summaries.ts). The
-- quick paths added one to the running count without that sweep and disagreed with it: on a tie (a visit checked out at
-- the instant it was checked in, at an import's minute precision or a test clock, kept a peak of 1 where the sweep
-- counts 0; a departure recorded at the instant of another's arrival still counted both), and for a visit inserted already checked
-- out (an imported past visit counted its own arrival and departure at once: a peak of 0 for a day it was on site).
-- Now only an event strictly after the day's last movement takes a quick path, and only a check-in still open; the
-- rest recounts the day. The check-out's quick path moves into reports_visit_update_peak: with a strict comparison, two
-- triggers would have had to fire in one order (SQLite leaves it undefined) for the desk's check-out not to sweep. Ties are rare at the desk (its times have milliseconds), so its check-ins and check-outs in
-- order still never walk the day. The start-up data migration then makes the summaries again once
-- (REPORT_SUMMARIES_VERSION 2), so days stored before agree with the sweep as well.
DROP TRIGGER `reports_visit_insert`;--> statement-breakpoint
CREATE TRIGGER `reports_visit_insert` AFTER INSERT ON `visits` WHEN NEW.deleted_at IS NULL AND NEW.check_in_at IS NOT NULL AND NEW.status IN ('on_site', 'checked_out') BEGIN
  INSERT INTO visit_stats (day, hour, kind, visits, new_day, new_week, new_month, reg_n, reg_ms, stay_n, stay_s)
  SELECT NEW.visit_day, CAST(strftime('%H', NEW.check_in_at, 'localtime') AS INTEGER), NEW.kind, 1,
    (NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = NEW.person_id AND o.visit_day = NEW.visit_day AND o.id <> NEW.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    (NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = NEW.person_id AND o.visit_day BETWEEN date(NEW.visit_day, '-6 days', 'weekday 1') AND date(NEW.visit_day, '-6 days', 'weekday 1', '+6 days') AND o.id <> NEW.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    (NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = NEW.person_id AND o.visit_day BETWEEN substr(NEW.visit_day, 1, 7) || '-01' AND substr(NEW.visit_day, 1, 7) || '-31' AND o.id <> NEW.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    (NEW.handling_ms IS NOT NULL), coalesce(NEW.handling_ms, 0), (NEW.check_out_at IS NOT NULL), (CASE WHEN NEW.check_out_at IS NULL THEN 0 ELSE CAST(round((julianday(NEW.check_out_at) - julianday(NEW.check_in_at)) * 86400) AS INTEGER) END)
  WHERE NEW.deleted_at IS NULL AND NEW.check_in_at IS NOT NULL AND NEW.status IN ('on_site', 'checked_out')
  ON CONFLICT (day, hour, kind) DO UPDATE SET visits = visits + excluded.visits, new_day = new_day + excluded.new_day, new_week = new_week + excluded.new_week,
    new_month = new_month + excluded.new_month, reg_n = reg_n + excluded.reg_n, reg_ms = reg_ms + excluded.reg_ms, stay_n = stay_n + excluded.stay_n, stay_s = stay_s + excluded.stay_s;
  INSERT INTO visit_day_peaks (day, peak, last_at)
  -- First the recount, judged against the day's last movement before this visit: a visit that arrives before it or at
  -- the same instant (a late entry, an import, a tie), or arrives already checked out (an import of a past visit), sweeps
  -- the day. The sweep also moves last_at, so the quick path below then passes this visit by. The gate is a one-row table
  -- joined first: when it has no row SQLite never runs the walk over the day's visits (an outer WHERE that names none of
  -- the walk's columns did not stop it: the walk ran on every check-in, ~1 ms at 6 000 visits a day).
  SELECT w.day, w.peak, w.last_at FROM (SELECT 1 WHERE NEW.check_out_at IS NOT NULL OR NEW.check_in_at <= coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '')) AS gate
  CROSS JOIN (
    SELECT NEW.visit_day AS day, coalesce(max(running), 0) AS peak, max(at) AS last_at FROM (
      SELECT at, sum(delta) OVER (ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS running FROM (
        SELECT check_in_at AS at, 1 AS delta FROM visits WHERE visit_day = NEW.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out')
        UNION ALL
        SELECT check_out_at, -1 FROM visits WHERE visit_day = NEW.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND check_out_at IS NOT NULL))) AS w
  WHERE true
  ON CONFLICT (day) DO UPDATE SET peak = excluded.peak, last_at = excluded.last_at;
  -- Then the quick path, the desk's own check-in strictly after the day's last movement: the count on site now (this
  -- visit included) may be a new peak.
  INSERT INTO visit_day_peaks (day, peak, last_at)
  SELECT NEW.visit_day, present, NEW.check_in_at FROM (
    SELECT coalesce(sum(visits), 0) - coalesce(sum(stay_n), 0) AS present FROM visit_stats WHERE day = NEW.visit_day)
  WHERE NEW.check_out_at IS NULL AND NEW.check_in_at > coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '')
  ON CONFLICT (day) DO UPDATE SET peak = max(peak, excluded.peak), last_at = excluded.last_at;
END;
--> statement-breakpoint
DROP TRIGGER `reports_visit_checkout_peak`;--> statement-breakpoint
DROP TRIGGER `reports_visit_update_peak`;--> statement-breakpoint
CREATE TRIGGER `reports_visit_update_peak` AFTER UPDATE OF `status`, `check_in_at`, `check_out_at`, `visit_day`, `deleted_at` ON `visits`
  WHEN OLD.status IS NOT NEW.status OR OLD.check_in_at IS NOT NEW.check_in_at OR OLD.check_out_at IS NOT NEW.check_out_at OR OLD.visit_day IS NOT NEW.visit_day OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
  -- The desk's own check-out strictly after the day's last movement lowers no peak: only last_at moves (the last
  -- statement). Anything else (an undo, a changed time, a clock set back, a tie) sweeps the day, first, judged against
  -- last_at before this change; the sweep moves last_at to the visit's own check-out or later, so the last statement
  -- then passes it by. One trigger, so no order between two triggers decides which runs.
  INSERT INTO visit_day_peaks (day, peak, last_at)
  SELECT w.day, w.peak, w.last_at FROM (SELECT 1 WHERE NOT (OLD.status = 'on_site' AND NEW.status = 'checked_out' AND OLD.check_out_at IS NULL AND NEW.check_out_at IS NOT NULL AND OLD.visit_day IS NEW.visit_day AND OLD.check_in_at IS NEW.check_in_at AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL AND NEW.check_out_at > coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '~'))) AS gate
  CROSS JOIN (
    SELECT OLD.visit_day AS day, coalesce(max(running), 0) AS peak, max(at) AS last_at FROM (
      SELECT at, sum(delta) OVER (ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS running FROM (
        SELECT check_in_at AS at, 1 AS delta FROM visits WHERE visit_day = OLD.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out')
        UNION ALL
        SELECT check_out_at, -1 FROM visits WHERE visit_day = OLD.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND check_out_at IS NOT NULL))) AS w
  WHERE true
  ON CONFLICT (day) DO UPDATE SET peak = excluded.peak, last_at = excluded.last_at;
  INSERT INTO visit_day_peaks (day, peak, last_at)
  SELECT day, peak, last_at FROM (
    SELECT NEW.visit_day AS day, coalesce(max(running), 0) AS peak, max(at) AS last_at FROM (
      SELECT at, sum(delta) OVER (ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS running FROM (
        SELECT check_in_at AS at, 1 AS delta FROM visits WHERE visit_day = NEW.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND NEW.visit_day IS NOT OLD.visit_day
        UNION ALL
        SELECT check_out_at, -1 FROM visits WHERE visit_day = NEW.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND check_out_at IS NOT NULL AND NEW.visit_day IS NOT OLD.visit_day)))
  WHERE NEW.visit_day IS NOT OLD.visit_day
  ON CONFLICT (day) DO UPDATE SET peak = excluded.peak, last_at = excluded.last_at;
  UPDATE visit_day_peaks SET last_at = NEW.check_out_at WHERE day = NEW.visit_day AND OLD.status = 'on_site' AND NEW.status = 'checked_out' AND OLD.check_out_at IS NULL AND NEW.check_out_at IS NOT NULL AND OLD.visit_day IS NEW.visit_day AND OLD.check_in_at IS NEW.check_in_at AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL AND NEW.check_out_at > last_at;
END;
