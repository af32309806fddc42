CREATE TABLE `archive_folders` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`parent_id` text,
	`level` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`built_in_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `archive_folders_parent` ON `archive_folders` (`parent_id`,`sort`);--> statement-breakpoint
CREATE TABLE `audit_redactions` (
	`entry_id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`redacted_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `destruction_requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `destruction_items` (
	`request_id` text NOT NULL,
	`kind` text NOT NULL,
	`target_id` text NOT NULL,
	`label` text NOT NULL,
	`files` text DEFAULT '[]' NOT NULL,
	`rows` text DEFAULT '{}' NOT NULL,
	PRIMARY KEY(`request_id`, `kind`, `target_id`),
	FOREIGN KEY (`request_id`) REFERENCES `destruction_requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `destruction_items_target` ON `destruction_items` (`target_id`);--> statement-breakpoint
CREATE TABLE `destruction_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`requested_by_user_id` text,
	`requested_by_name` text NOT NULL,
	`approvals` text DEFAULT '[]' NOT NULL,
	`rejected_by_name` text,
	`rejected_at` text,
	`reject_note` text DEFAULT '' NOT NULL,
	`executed_at` text,
	`failure` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`requested_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `destruction_requests_code` ON `destruction_requests` (`code`);--> statement-breakpoint
CREATE INDEX `destruction_requests_status` ON `destruction_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `document_blobs` (
	`content_hash` text PRIMARY KEY NOT NULL,
	`stored_name` text NOT NULL,
	`size` integer NOT NULL,
	`kind` text NOT NULL,
	`text_status` text NOT NULL,
	`created_at` text NOT NULL,
	`checked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_blobs_stored_name` ON `document_blobs` (`stored_name`);--> statement-breakpoint
CREATE TABLE `document_classes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`name_zh` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`retention_years` integer NOT NULL,
	`default_security` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`built_in_key` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `document_tags` (
	`document_id` text NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`document_id`, `tag`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_tags_tag` ON `document_tags` (`tag`,`document_id`);--> statement-breakpoint
CREATE TABLE `document_texts` (
	`content_hash` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`content_hash`) REFERENCES `document_blobs`(`content_hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `document_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`document_id` text NOT NULL,
	`version_no` integer NOT NULL,
	`status` text NOT NULL,
	`content_hash` text NOT NULL,
	`file_name` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`submitted_by_user_id` text,
	`submitted_by_name` text NOT NULL,
	`decided_by_user_id` text,
	`decided_by_name` text,
	`decided_at` text,
	`decision_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`content_hash`) REFERENCES `document_blobs`(`content_hash`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_versions_number` ON `document_versions` (`document_id`,`version_no`);--> statement-breakpoint
CREATE INDEX `document_versions_pending` ON `document_versions` (`created_at`) WHERE status = 'pending' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `document_versions_content` ON `document_versions` (`content_hash`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`class_id` text NOT NULL,
	`security` text NOT NULL,
	`folder_id` text,
	`doc_date` text NOT NULL,
	`retain_until` text,
	`visit_id` text,
	`plan_id` text,
	`client_id` text,
	`person_id` text,
	`current_version_id` text,
	FOREIGN KEY (`class_id`) REFERENCES `document_classes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`folder_id`) REFERENCES `archive_folders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_code` ON `documents` (`code`);--> statement-breakpoint
CREATE INDEX `documents_recent` ON `documents` (`updated_at`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `documents_folder` ON `documents` (`folder_id`,`doc_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `documents_class` ON `documents` (`class_id`,`doc_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `documents_doc_date` ON `documents` (`doc_date`,`id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `documents_retain_until` ON `documents` (`retain_until`) WHERE deleted_at IS NULL AND retain_until IS NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_client` ON `documents` (`client_id`) WHERE client_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_plan` ON `documents` (`plan_id`) WHERE plan_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_visit` ON `documents` (`visit_id`) WHERE visit_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_person` ON `documents` (`person_id`) WHERE person_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `record_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`target` text NOT NULL,
	`target_id` text NOT NULL,
	`changes` text NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`requested_by_user_id` text,
	`requested_by_name` text NOT NULL,
	`decided_by_user_id` text,
	`decided_by_name` text,
	`decided_at` text,
	`decision_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_changes_plan` ON `record_changes` (`plan_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `record_changes_pending` ON `record_changes` (`created_at`) WHERE status = 'pending' AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `storage_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`trigger` text NOT NULL,
	`files` integer DEFAULT 0 NOT NULL,
	`bytes` integer DEFAULT 0 NOT NULL,
	`database` text DEFAULT '[]' NOT NULL,
	`problems` text DEFAULT '[]' NOT NULL,
	`intact` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `storage_checks_started` ON `storage_checks` (`started_at`);--> statement-breakpoint
-- The search engine's kind for documents (main/search/kinds.ts), kept in step by triggers as in 0007:
-- title, code, notes, tags, the in-force version's text, and the names of what it is linked to.
CREATE VIRTUAL TABLE `search_documents` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE TRIGGER `search_documents_insert` AFTER INSERT ON `documents` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('documents', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_documents_update` AFTER UPDATE OF `title`, `code`, `notes`, `security`, `current_version_id`, `client_id`, `person_id`, `plan_id`, `deleted_at` ON `documents` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('documents', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_documents_delete` AFTER DELETE ON `documents` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('documents', OLD.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_documents_tag_insert` AFTER INSERT ON `document_tags` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('documents', NEW.`document_id`); END;--> statement-breakpoint
CREATE TRIGGER `search_documents_tag_delete` AFTER DELETE ON `document_tags` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('documents', OLD.`document_id`); END;--> statement-breakpoint
CREATE TRIGGER `search_documents_client_rename` AFTER UPDATE OF `name` ON `clients` WHEN OLD.`name` IS NOT NEW.`name` BEGIN
  INSERT OR IGNORE INTO `search_dirty` SELECT 'documents', `id` FROM `documents` WHERE `client_id` = NEW.`id`;
END;
