-- The day's last badge number of a desk in one index seek (main/services/visits/badge-number.ts), instead of sorting the
-- day's numbers at every check-in. Written by hand: drizzle-kit 0.31 splits an expression index's SQL at its commas.
CREATE INDEX `visits_badge_seq` ON `visits` (substr(`badge_no`, 1, 10), length(`badge_no`), `badge_no`);
