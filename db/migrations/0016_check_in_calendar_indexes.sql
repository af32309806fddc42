-- Issue 17. Written by hand: drizzle-kit 0.31 splits an expression index's SQL at its commas (the snapshot is its own).
-- The day's last badge number of a desk in one index seek (main/services/visits/badge-number.ts), instead of sorting the
-- day's numbers at every check-in.
CREATE INDEX `visits_badge_seq` ON `visits` (substr(`badge_no`, 1, 10), length(`badge_no`), `badge_no`);--> statement-breakpoint
-- The longest visit on file, in days, in one seek (its max): the plan calendar's month is then a range bounded at both
-- ends of visit_plans_ends (main/services/plans/visit-days.ts), not every plan from the month's first day on.
CREATE INDEX `visit_plans_length` ON `visit_plans` (julianday(coalesce(`departure_at`, `arrival_at`)) - julianday(`arrival_at`));
