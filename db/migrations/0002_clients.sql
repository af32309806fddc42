CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`tier` text DEFAULT 'normal' NOT NULL,
	`account_manager` text DEFAULT '' NOT NULL,
	`background` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clients_name` ON `clients` (`name`);--> statement-breakpoint
CREATE INDEX `clients_name_pinyin` ON `clients` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `clients_name_initials` ON `clients` (`name_initials`);--> statement-breakpoint
CREATE INDEX `clients_tier` ON `clients` (`tier`);--> statement-breakpoint
ALTER TABLE `visitors` ADD `client_id` text REFERENCES clients(id);--> statement-breakpoint
ALTER TABLE `visitors` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `visitors` ADD `email` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `visitors` ADD `dietary` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `visitors` ADD `transport` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `visitors` ADD `preferences` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `visitors` ADD `birthday` text;--> statement-breakpoint
ALTER TABLE `visitors` ADD `notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `visitors` ADD `merged_into` text REFERENCES visitors(id);--> statement-breakpoint
CREATE INDEX `visitors_client` ON `visitors` (`client_id`);