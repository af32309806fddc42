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
CREATE INDEX `visit_plans_client` ON `visit_plans` (`client_id`);