CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`at` text NOT NULL,
	`device_id` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`detail` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_id_unique` ON `audit_log` (`id`);--> statement-breakpoint
CREATE TABLE `badge_prints` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`visit_id` text NOT NULL,
	`layout_id` text NOT NULL,
	`printer_id` text NOT NULL,
	`is_reprint` integer NOT NULL,
	`operator` text NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `badge_prints_visit` ON `badge_prints` (`visit_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `visitors` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`company` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`id_type` text,
	`id_number_enc` text,
	`id_number_mask` text,
	`id_number_index` text
);
--> statement-breakpoint
CREATE INDEX `visitors_id_number_index` ON `visitors` (`id_number_index`);--> statement-breakpoint
CREATE INDEX `visitors_phone` ON `visitors` (`phone`);--> statement-breakpoint
CREATE INDEX `visitors_name_pinyin` ON `visitors` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `visitors_name_initials` ON `visitors` (`name_initials`);--> statement-breakpoint
CREATE INDEX `visitors_name` ON `visitors` (`name`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`visitor_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`host` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`badge_no` text NOT NULL,
	`privacy_ack_at` text,
	`check_in_at` text,
	`check_out_at` text,
	`visit_day` text NOT NULL,
	FOREIGN KEY (`visitor_id`) REFERENCES `visitors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_badge_no` ON `visits` (`badge_no`);--> statement-breakpoint
CREATE INDEX `visits_status` ON `visits` (`status`);--> statement-breakpoint
CREATE INDEX `visits_visit_day` ON `visits` (`visit_day`);--> statement-breakpoint
CREATE INDEX `visits_visitor` ON `visits` (`visitor_id`);