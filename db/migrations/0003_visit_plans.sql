CREATE TABLE `itinerary_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`activity` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`responsible` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `itinerary_items_plan` ON `itinerary_items` (`plan_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `plan_guests` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`person_id` text NOT NULL,
	`is_lead` integer DEFAULT false NOT NULL,
	`needs` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `visitors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_guests_plan_person` ON `plan_guests` (`plan_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `plan_guests_person` ON `plan_guests` (`person_id`);--> statement-breakpoint
CREATE TABLE `plan_team` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`role` text NOT NULL,
	`custom_label` text DEFAULT '' NOT NULL,
	`primary_name` text NOT NULL,
	`primary_phone` text DEFAULT '' NOT NULL,
	`backup_name` text DEFAULT '' NOT NULL,
	`backup_phone` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_team_plan` ON `plan_team` (`plan_id`);--> statement-breakpoint
CREATE INDEX `plan_team_primary` ON `plan_team` (`primary_name`);--> statement-breakpoint
CREATE INDEX `plan_team_backup` ON `plan_team` (`backup_name`);--> statement-breakpoint
CREATE TABLE `resource_bookings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`resource_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`spare` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resource_bookings_resource` ON `resource_bookings` (`resource_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `resource_bookings_plan` ON `resource_bookings` (`plan_id`);--> statement-breakpoint
CREATE TABLE `resources` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`capacity` integer,
	`notes` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX `resources_kind` ON `resources` (`kind`);--> statement-breakpoint
CREATE TABLE `visit_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`title` text NOT NULL,
	`client_id` text,
	`purpose` text DEFAULT '' NOT NULL,
	`level` text NOT NULL,
	`status` text NOT NULL,
	`arrival_at` text,
	`departure_at` text,
	`expected_headcount` integer NOT NULL,
	`needs` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_plans_arrival` ON `visit_plans` (`arrival_at`);--> statement-breakpoint
CREATE INDEX `visit_plans_status` ON `visit_plans` (`status`);--> statement-breakpoint
CREATE INDEX `visit_plans_client` ON `visit_plans` (`client_id`);--> statement-breakpoint
ALTER TABLE `visits` ADD `plan_id` text REFERENCES visit_plans(id);--> statement-breakpoint
CREATE INDEX `visits_plan` ON `visits` (`plan_id`,`visitor_id`);