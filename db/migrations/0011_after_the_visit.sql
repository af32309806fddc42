CREATE TABLE `care_marks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`key` text NOT NULL,
	`user_id` text NOT NULL,
	`by_name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_marks_key` ON `care_marks` (`key`);--> statement-breakpoint
CREATE TABLE `client_milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`client_id` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`yearly` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_milestones_client` ON `client_milestones` (`client_id`);--> statement-breakpoint
CREATE INDEX `client_milestones_month_day` ON `client_milestones` (substr("date", 6));--> statement-breakpoint
CREATE TABLE `feedback_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`template_id` text,
	`plan_id` text,
	`visit_id` text,
	`person_id` text,
	`client_id` text,
	`owner_user_id` text,
	`owner_name` text DEFAULT '' NOT NULL,
	`due_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`response_id` text,
	`decline_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `feedback_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_requests_code` ON `feedback_requests` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_requests_plan` ON `feedback_requests` (`plan_id`) WHERE plan_id IS NOT NULL AND visit_id IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_requests_visit` ON `feedback_requests` (`visit_id`) WHERE visit_id IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `feedback_requests_open` ON `feedback_requests` (`owner_user_id`,`due_at`) WHERE status = 'open' AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `feedback_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`template_id` text NOT NULL,
	`request_id` text,
	`channel` text NOT NULL,
	`plan_id` text,
	`visit_id` text,
	`person_id` text,
	`client_id` text,
	`respondent_name` text DEFAULT '' NOT NULL,
	`answers` text NOT NULL,
	`score` real,
	`lowest_rating` integer,
	`comment_text` text DEFAULT '' NOT NULL,
	`red_alert` integer DEFAULT false NOT NULL,
	`alert_reasons` text DEFAULT '[]' NOT NULL,
	`incident_id` text,
	`given_at` text NOT NULL,
	`entered_by_id` text NOT NULL,
	`entered_by_name` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `feedback_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_id`) REFERENCES `feedback_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_responses_given` ON `feedback_responses` (`given_at`,`id`);--> statement-breakpoint
CREATE INDEX `feedback_responses_red` ON `feedback_responses` (`given_at`) WHERE red_alert = 1 AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `feedback_responses_client` ON `feedback_responses` (`client_id`,`given_at`);--> statement-breakpoint
CREATE INDEX `feedback_responses_plan` ON `feedback_responses` (`plan_id`);--> statement-breakpoint
CREATE INDEX `feedback_responses_template` ON `feedback_responses` (`template_id`,`given_at`);--> statement-breakpoint
CREATE TABLE `feedback_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`built_in_key` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`scenario` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`questions` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feedback_templates_scenario` ON `feedback_templates` (`scenario`);--> statement-breakpoint
CREATE TABLE `followup_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`followup_id` text NOT NULL,
	`at` text NOT NULL,
	`by_name` text NOT NULL,
	`action` text NOT NULL,
	`step_title` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`followup_id`) REFERENCES `followup_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `followup_events_followup` ON `followup_events` (`followup_id`,`at`);--> statement-breakpoint
CREATE TABLE `followup_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`client_id` text NOT NULL,
	`template_id` text,
	`plan_id` text,
	`title` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`urgency` text DEFAULT 'normal' NOT NULL,
	`owner_user_id` text,
	`owner_name` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `followup_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `followup_plans_status` ON `followup_plans` (`status`,`owner_user_id`);--> statement-breakpoint
CREATE INDEX `followup_plans_client` ON `followup_plans` (`client_id`);--> statement-breakpoint
CREATE TABLE `followup_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`followup_id` text NOT NULL,
	`seq` integer NOT NULL,
	`title` text NOT NULL,
	`owner_user_id` text,
	`owner_name` text DEFAULT '' NOT NULL,
	`due_day` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`planned_day` text,
	`postponements` integer DEFAULT 0 NOT NULL,
	`done_at` text,
	`done_by_name` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`followup_id`) REFERENCES `followup_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `followup_steps_followup` ON `followup_steps` (`followup_id`,`seq`);--> statement-breakpoint
CREATE INDEX `followup_steps_open` ON `followup_steps` (`owner_user_id`,`due_day`) WHERE status = 'open' AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `followup_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`built_in_key` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`steps` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `incident_callbacks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`incident_id` text NOT NULL,
	`owner_user_id` text,
	`owner_name` text DEFAULT '' NOT NULL,
	`due_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`score` integer,
	`comment` text DEFAULT '' NOT NULL,
	`done_at` text,
	`done_by_name` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_callbacks_incident` ON `incident_callbacks` (`incident_id`);--> statement-breakpoint
CREATE INDEX `incident_callbacks_open` ON `incident_callbacks` (`owner_user_id`,`due_at`) WHERE status = 'open' AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `incident_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`incident_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`by_id` text NOT NULL,
	`by_name` text NOT NULL,
	`value` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_events_incident` ON `incident_events` (`incident_id`,`at`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`category` text NOT NULL,
	`tier` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`person_id` text,
	`visit_id` text,
	`plan_id` text,
	`client_id` text,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`feedback_response_id` text,
	`owner_user_id` text,
	`owner_role` text,
	`owner_name` text DEFAULT '' NOT NULL,
	`reporter_id` text NOT NULL,
	`reporter_name` text NOT NULL,
	`involved_ids` text DEFAULT '[]' NOT NULL,
	`received_at` text NOT NULL,
	`limit_from` text NOT NULL,
	`deadline_at` text,
	`escalations` integer DEFAULT 0 NOT NULL,
	`resolved_at` text,
	`resolution` text DEFAULT '' NOT NULL,
	`root_cause` text,
	`root_cause_note` text DEFAULT '' NOT NULL,
	`review_note` text DEFAULT '' NOT NULL,
	`resolved_late` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incidents_code` ON `incidents` (`code`);--> statement-breakpoint
CREATE INDEX `incidents_open_deadline` ON `incidents` (`deadline_at`) WHERE status IN ('received', 'classified', 'dispatched') AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `incidents_owner` ON `incidents` (`owner_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `incidents_received` ON `incidents` (`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_client` ON `incidents` (`client_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `incidents_plan` ON `incidents` (`plan_id`);--> statement-breakpoint
CREATE INDEX `incidents_person` ON `incidents` (`person_id`);--> statement-breakpoint
CREATE TABLE `reminder_marks` (
	`user_id` text NOT NULL,
	`task_key` text NOT NULL,
	`stage` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_marks_key` ON `reminder_marks` (`user_id`,`task_key`,`stage`);--> statement-breakpoint
CREATE TABLE `reply_scripts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`built_in_key` text DEFAULT '' NOT NULL,
	`scenario` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`title_pinyin` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reply_scripts_scenario` ON `reply_scripts` (`scenario`);--> statement-breakpoint
ALTER TABLE `clients` ADD `account_manager_user_id` text REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `clients_account_manager` ON `clients` (`account_manager_user_id`);--> statement-breakpoint
CREATE INDEX `people_birthday_month_day` ON `people` (substr("birthday", 6)) WHERE birthday IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
-- The search engine's kinds for the after-visit records (main/search/kinds.ts),
-- kept in step by triggers as in 0007: a record, and the names it is found by.
CREATE VIRTUAL TABLE `search_incidents` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE VIRTUAL TABLE `search_feedback` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE VIRTUAL TABLE `search_followups` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE TRIGGER `search_incidents_insert` AFTER INSERT ON `incidents` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('incidents', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_incidents_update` AFTER UPDATE OF `title`, `code`, `contact_name`, `contact_phone`, `person_id`, `client_id`, `deleted_at` ON `incidents` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('incidents', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_incidents_delete` AFTER DELETE ON `incidents` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('incidents', OLD.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_feedback_insert` AFTER INSERT ON `feedback_responses` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('feedback', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_feedback_update` AFTER UPDATE OF `respondent_name`, `comment_text`, `person_id`, `client_id`, `request_id`, `deleted_at` ON `feedback_responses` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('feedback', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_feedback_delete` AFTER DELETE ON `feedback_responses` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('feedback', OLD.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_followups_insert` AFTER INSERT ON `followup_plans` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('followups', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_followups_update` AFTER UPDATE OF `title`, `client_id`, `owner_name`, `deleted_at` ON `followup_plans` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('followups', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_followups_delete` AFTER DELETE ON `followup_plans` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('followups', OLD.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_after_visit_client_rename` AFTER UPDATE OF `name` ON `clients` WHEN OLD.`name` IS NOT NEW.`name` BEGIN
  INSERT OR IGNORE INTO `search_dirty` SELECT 'incidents', `id` FROM `incidents` WHERE `client_id` = NEW.`id`;
  INSERT OR IGNORE INTO `search_dirty` SELECT 'feedback', `id` FROM `feedback_responses` WHERE `client_id` = NEW.`id`;
  INSERT OR IGNORE INTO `search_dirty` SELECT 'followups', `id` FROM `followup_plans` WHERE `client_id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `search_after_visit_person_rename` AFTER UPDATE OF `name` ON `people` WHEN OLD.`name` IS NOT NEW.`name` BEGIN
  INSERT OR IGNORE INTO `search_dirty` SELECT 'incidents', `id` FROM `incidents` WHERE `person_id` = NEW.`id`;
  INSERT OR IGNORE INTO `search_dirty` SELECT 'feedback', `id` FROM `feedback_responses` WHERE `person_id` = NEW.`id`;
END;
