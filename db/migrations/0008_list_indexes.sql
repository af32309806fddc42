-- Written by drizzle-kit, then one line by hand: drizzle-kit splits an index expression at its comma (coalesce(a, b) came out as two quoted "columns"), so visit_plans_ends is spelt here as the schema means it.
DROP INDEX `resource_bookings_resource`;--> statement-breakpoint
CREATE INDEX `resource_bookings_resource_ends` ON `resource_bookings` (`resource_id`,`ends_at`);--> statement-breakpoint
DROP INDEX `visit_plans_arrival`;--> statement-breakpoint
CREATE INDEX `visit_plans_list_order` ON `visit_plans` (("arrival_at" IS NULL),`arrival_at`,`id`);--> statement-breakpoint
CREATE INDEX `visit_plans_ends` ON `visit_plans` (coalesce("departure_at", "arrival_at"),`arrival_at`);--> statement-breakpoint
DROP INDEX `visits_status`;--> statement-breakpoint
DROP INDEX `visits_visit_day`;--> statement-breakpoint
DROP INDEX `visits_person`;--> statement-breakpoint
CREATE INDEX `visits_status_check_in` ON `visits` (`status`,`check_in_at`);--> statement-breakpoint
CREATE INDEX `visits_day_check_in` ON `visits` (`visit_day`,`check_in_at`);--> statement-breakpoint
CREATE INDEX `visits_person_check_in` ON `visits` (`person_id`,`check_in_at`);--> statement-breakpoint
CREATE INDEX `visits_person_status` ON `visits` (`person_id`,`status`,`check_in_at`);