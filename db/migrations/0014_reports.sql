CREATE TABLE `visit_day_peaks` (
	`day` text PRIMARY KEY NOT NULL,
	`peak` integer NOT NULL,
	`last_at` text
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `visit_stats` (
	`day` text NOT NULL,
	`hour` integer NOT NULL,
	`kind` text NOT NULL,
	`visits` integer DEFAULT 0 NOT NULL,
	`new_day` integer DEFAULT 0 NOT NULL,
	`new_week` integer DEFAULT 0 NOT NULL,
	`new_month` integer DEFAULT 0 NOT NULL,
	`reg_n` integer DEFAULT 0 NOT NULL,
	`reg_ms` integer DEFAULT 0 NOT NULL,
	`stay_n` integer DEFAULT 0 NOT NULL,
	`stay_s` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `hour`, `kind`)
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `visits` ADD `handling_ms` integer;--> statement-breakpoint
CREATE INDEX `visits_person_day` ON `visits` (`person_id`,`visit_day`);--> statement-breakpoint
CREATE INDEX `visits_planned_day` ON `visits` (`visit_day`) WHERE plan_id IS NOT NULL;--> statement-breakpoint
-- Reports (contract/reports.ts): the summaries of db/schema/reports.ts, kept by these triggers in the same
-- transaction as every write of a visit (check-in, planned arrival, check-out and its undo, approved record changes,
-- people merge, bulk loads). Existing history is counted by the data migration main/app/data-migrations.ts
-- (main/app/report-summaries.ts), which makes the same numbers from scratch.
-- A counted visit: not deleted, checked in, on site or checked out. Local day = visit_day, local hour from check_in_at
-- ('localtime' reads the process TZ, as the app's clock does). Weeks run Monday to Sunday.
-- Distinct visitors: a visit adds 1 to new_day/new_week/new_month when no OTHER counted visit of its person falls in that
-- day/week/month, and removing one takes 1 off under the same test, so sums over whole periods are exact in any order.
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
  SELECT NEW.visit_day, present, max(NEW.check_in_at, coalesce(NEW.check_out_at, NEW.check_in_at)) FROM (
    SELECT coalesce(sum(visits), 0) - coalesce(sum(stay_n), 0) AS present FROM visit_stats WHERE day = NEW.visit_day)
  WHERE NEW.check_in_at >= coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '')
  ON CONFLICT (day) DO UPDATE SET peak = max(peak, excluded.peak), last_at = excluded.last_at;
  INSERT INTO visit_day_peaks (day, peak, last_at)
  -- The outer condition is repeated inside: SQLite computes the aggregate before an outer WHERE that names none of its columns.
  SELECT day, peak, last_at FROM (
    SELECT NEW.visit_day AS day, coalesce(max(running), 0) AS peak, max(at) AS last_at FROM (
      SELECT at, sum(delta) OVER (ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS running FROM (
        SELECT check_in_at AS at, 1 AS delta FROM visits WHERE visit_day = NEW.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND NEW.check_in_at < coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '')
        UNION ALL
        SELECT check_out_at, -1 FROM visits WHERE visit_day = NEW.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND check_out_at IS NOT NULL AND NEW.check_in_at < coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), ''))))
  WHERE NEW.check_in_at < coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '')
  ON CONFLICT (day) DO UPDATE SET peak = excluded.peak, last_at = excluded.last_at;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_visit_update` AFTER UPDATE OF `person_id`, `kind`, `status`, `check_in_at`, `check_out_at`, `visit_day`, `handling_ms`, `deleted_at` ON `visits`
  WHEN OLD.person_id IS NOT NEW.person_id OR OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status OR OLD.check_in_at IS NOT NEW.check_in_at OR OLD.check_out_at IS NOT NEW.check_out_at OR OLD.visit_day IS NOT NEW.visit_day OR OLD.handling_ms IS NOT NEW.handling_ms OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
  INSERT INTO visit_stats (day, hour, kind, visits, new_day, new_week, new_month, reg_n, reg_ms, stay_n, stay_s)
  SELECT OLD.visit_day, CAST(strftime('%H', OLD.check_in_at, 'localtime') AS INTEGER), OLD.kind, -1,
    -(NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = OLD.person_id AND o.visit_day = OLD.visit_day AND o.id <> OLD.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    -(NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = OLD.person_id AND o.visit_day BETWEEN date(OLD.visit_day, '-6 days', 'weekday 1') AND date(OLD.visit_day, '-6 days', 'weekday 1', '+6 days') AND o.id <> OLD.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    -(NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = OLD.person_id AND o.visit_day BETWEEN substr(OLD.visit_day, 1, 7) || '-01' AND substr(OLD.visit_day, 1, 7) || '-31' AND o.id <> OLD.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    -(OLD.handling_ms IS NOT NULL), -coalesce(OLD.handling_ms, 0), -(OLD.check_out_at IS NOT NULL), -(CASE WHEN OLD.check_out_at IS NULL THEN 0 ELSE CAST(round((julianday(OLD.check_out_at) - julianday(OLD.check_in_at)) * 86400) AS INTEGER) END)
  WHERE OLD.deleted_at IS NULL AND OLD.check_in_at IS NOT NULL AND OLD.status IN ('on_site', 'checked_out')
  ON CONFLICT (day, hour, kind) DO UPDATE SET visits = visits + excluded.visits, new_day = new_day + excluded.new_day, new_week = new_week + excluded.new_week,
    new_month = new_month + excluded.new_month, reg_n = reg_n + excluded.reg_n, reg_ms = reg_ms + excluded.reg_ms, stay_n = stay_n + excluded.stay_n, stay_s = stay_s + excluded.stay_s;
  INSERT INTO visit_stats (day, hour, kind, visits, new_day, new_week, new_month, reg_n, reg_ms, stay_n, stay_s)
  SELECT NEW.visit_day, CAST(strftime('%H', NEW.check_in_at, 'localtime') AS INTEGER), NEW.kind, 1,
    (NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = NEW.person_id AND o.visit_day = NEW.visit_day AND o.id <> NEW.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    (NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = NEW.person_id AND o.visit_day BETWEEN date(NEW.visit_day, '-6 days', 'weekday 1') AND date(NEW.visit_day, '-6 days', 'weekday 1', '+6 days') AND o.id <> NEW.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    (NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = NEW.person_id AND o.visit_day BETWEEN substr(NEW.visit_day, 1, 7) || '-01' AND substr(NEW.visit_day, 1, 7) || '-31' AND o.id <> NEW.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    (NEW.handling_ms IS NOT NULL), coalesce(NEW.handling_ms, 0), (NEW.check_out_at IS NOT NULL), (CASE WHEN NEW.check_out_at IS NULL THEN 0 ELSE CAST(round((julianday(NEW.check_out_at) - julianday(NEW.check_in_at)) * 86400) AS INTEGER) END)
  WHERE NEW.deleted_at IS NULL AND NEW.check_in_at IS NOT NULL AND NEW.status IN ('on_site', 'checked_out')
  ON CONFLICT (day, hour, kind) DO UPDATE SET visits = visits + excluded.visits, new_day = new_day + excluded.new_day, new_week = new_week + excluded.new_week,
    new_month = new_month + excluded.new_month, reg_n = reg_n + excluded.reg_n, reg_ms = reg_ms + excluded.reg_ms, stay_n = stay_n + excluded.stay_n, stay_s = stay_s + excluded.stay_s;
END;
--> statement-breakpoint
-- A check-out later than anything the day has seen (the desk's own, in time order) lowers no peak:
-- only the day's last event moves. Anything else (undo, a changed time, a clock set back) sweeps the day again.
CREATE TRIGGER `reports_visit_checkout_peak` AFTER UPDATE OF `status`, `check_out_at` ON `visits`
  WHEN OLD.status = 'on_site' AND NEW.status = 'checked_out' AND OLD.check_out_at IS NULL AND NEW.check_out_at IS NOT NULL AND OLD.visit_day IS NEW.visit_day AND OLD.check_in_at IS NEW.check_in_at AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL AND NEW.check_out_at >= coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '~') BEGIN
  UPDATE visit_day_peaks SET last_at = NEW.check_out_at WHERE day = NEW.visit_day;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_visit_update_peak` AFTER UPDATE OF `status`, `check_in_at`, `check_out_at`, `visit_day`, `deleted_at` ON `visits`
  WHEN (OLD.status IS NOT NEW.status OR OLD.check_in_at IS NOT NEW.check_in_at OR OLD.check_out_at IS NOT NEW.check_out_at OR OLD.visit_day IS NOT NEW.visit_day OR OLD.deleted_at IS NOT NEW.deleted_at)
    AND NOT (OLD.status = 'on_site' AND NEW.status = 'checked_out' AND OLD.check_out_at IS NULL AND NEW.check_out_at IS NOT NULL AND OLD.visit_day IS NEW.visit_day AND OLD.check_in_at IS NEW.check_in_at AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL AND NEW.check_out_at >= coalesce((SELECT last_at FROM visit_day_peaks WHERE day = NEW.visit_day), '~')) BEGIN
  INSERT INTO visit_day_peaks (day, peak, last_at)
  SELECT day, peak, last_at FROM (
    SELECT OLD.visit_day AS day, coalesce(max(running), 0) AS peak, max(at) AS last_at FROM (
      SELECT at, sum(delta) OVER (ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS running FROM (
        SELECT check_in_at AS at, 1 AS delta FROM visits WHERE visit_day = OLD.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out')
        UNION ALL
        SELECT check_out_at, -1 FROM visits WHERE visit_day = OLD.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND check_out_at IS NOT NULL)))
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
END;
--> statement-breakpoint
CREATE TRIGGER `reports_visit_delete` AFTER DELETE ON `visits` BEGIN
  INSERT INTO visit_stats (day, hour, kind, visits, new_day, new_week, new_month, reg_n, reg_ms, stay_n, stay_s)
  SELECT OLD.visit_day, CAST(strftime('%H', OLD.check_in_at, 'localtime') AS INTEGER), OLD.kind, -1,
    -(NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = OLD.person_id AND o.visit_day = OLD.visit_day AND o.id <> OLD.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    -(NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = OLD.person_id AND o.visit_day BETWEEN date(OLD.visit_day, '-6 days', 'weekday 1') AND date(OLD.visit_day, '-6 days', 'weekday 1', '+6 days') AND o.id <> OLD.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    -(NOT EXISTS (SELECT 1 FROM visits o WHERE o.person_id = OLD.person_id AND o.visit_day BETWEEN substr(OLD.visit_day, 1, 7) || '-01' AND substr(OLD.visit_day, 1, 7) || '-31' AND o.id <> OLD.id AND o.deleted_at IS NULL AND o.check_in_at IS NOT NULL AND o.status IN ('on_site', 'checked_out'))),
    -(OLD.handling_ms IS NOT NULL), -coalesce(OLD.handling_ms, 0), -(OLD.check_out_at IS NOT NULL), -(CASE WHEN OLD.check_out_at IS NULL THEN 0 ELSE CAST(round((julianday(OLD.check_out_at) - julianday(OLD.check_in_at)) * 86400) AS INTEGER) END)
  WHERE OLD.deleted_at IS NULL AND OLD.check_in_at IS NOT NULL AND OLD.status IN ('on_site', 'checked_out')
  ON CONFLICT (day, hour, kind) DO UPDATE SET visits = visits + excluded.visits, new_day = new_day + excluded.new_day, new_week = new_week + excluded.new_week,
    new_month = new_month + excluded.new_month, reg_n = reg_n + excluded.reg_n, reg_ms = reg_ms + excluded.reg_ms, stay_n = stay_n + excluded.stay_n, stay_s = stay_s + excluded.stay_s;
  INSERT INTO visit_day_peaks (day, peak, last_at)
  SELECT day, peak, last_at FROM (
    SELECT OLD.visit_day AS day, coalesce(max(running), 0) AS peak, max(at) AS last_at FROM (
      SELECT at, sum(delta) OVER (ORDER BY at, delta ROWS UNBOUNDED PRECEDING) AS running FROM (
        SELECT check_in_at AS at, 1 AS delta FROM visits WHERE visit_day = OLD.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out')
        UNION ALL
        SELECT check_out_at, -1 FROM visits WHERE visit_day = OLD.visit_day AND visits.deleted_at IS NULL AND visits.check_in_at IS NOT NULL AND visits.status IN ('on_site', 'checked_out') AND check_out_at IS NOT NULL)))
  WHERE true
  ON CONFLICT (day) DO UPDATE SET peak = excluded.peak, last_at = excluded.last_at;
END;
