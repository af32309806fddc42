-- Written by drizzle-kit, then one line by hand: emergency_plans_scope's coalesce(plan_id, '') (drizzle-kit splits an index expression at its comma; see 0008).
CREATE TABLE `checklist_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`checklist_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`template_item_id` text,
	`section` text NOT NULL,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	`department` text NOT NULL,
	`role` text,
	`assignee_name` text DEFAULT '' NOT NULL,
	`assignee_set` integer DEFAULT false NOT NULL,
	`due_anchor` text NOT NULL,
	`due_offset_minutes` integer NOT NULL,
	`due_at` text,
	`item_check` text,
	`status` text DEFAULT 'open' NOT NULL,
	`status_by_id` text DEFAULT '' NOT NULL,
	`status_by_name` text DEFAULT '' NOT NULL,
	`status_at` text,
	`note` text DEFAULT '' NOT NULL,
	`handed_off_at` text,
	FOREIGN KEY (`checklist_id`) REFERENCES `plan_checklists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_items_list` ON `checklist_items` (`checklist_id`,`position`);--> statement-breakpoint
CREATE INDEX `checklist_items_plan` ON `checklist_items` (`plan_id`);--> statement-breakpoint
CREATE INDEX `checklist_items_open_due` ON `checklist_items` (`due_at`) WHERE "checklist_items"."status" IN ('open', 'problem') AND "checklist_items"."deleted_at" IS NULL AND "checklist_items"."due_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `checklist_items_due` ON `checklist_items` (`due_at`);--> statement-breakpoint
CREATE TABLE `checklist_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`levels` text DEFAULT '[]' NOT NULL,
	`visit_types` text DEFAULT '[]' NOT NULL,
	`client_tiers` text DEFAULT '[]' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`built_in_key` text DEFAULT '' NOT NULL,
	`sections` text NOT NULL,
	`materials` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `checklist_templates_kind` ON `checklist_templates` (`kind`);--> statement-breakpoint
CREATE TABLE `emergency_drills` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`held_at` text NOT NULL,
	`scenario` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`participants` text NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`actions` text DEFAULT '' NOT NULL,
	`recorded_by_id` text NOT NULL,
	`recorded_by_name` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `emergency_drills_at` ON `emergency_drills` (`held_at`);--> statement-breakpoint
CREATE TABLE `emergency_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text,
	`contacts` text DEFAULT '[]' NOT NULL,
	`assembly_point` text DEFAULT '' NOT NULL,
	`spare_room` text DEFAULT '' NOT NULL,
	`spare_vehicle` text DEFAULT '' NOT NULL,
	`procedures` text DEFAULT '' NOT NULL,
	`updated_by_name` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `emergency_plans_scope` ON `emergency_plans` (coalesce("plan_id", ''));--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`template_id` text NOT NULL,
	`plan_id` text,
	`inspected_at` text NOT NULL,
	`inspector_id` text NOT NULL,
	`inspector_name` text NOT NULL,
	`area` text DEFAULT '' NOT NULL,
	`department` text,
	`results` text NOT NULL,
	`score` integer,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspections_at` ON `inspections` (`inspected_at`);--> statement-breakpoint
CREATE INDEX `inspections_plan` ON `inspections` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_checklists` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`template_id` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_checklists_plan` ON `plan_checklists` (`plan_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_materials` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`per_guest` real DEFAULT 0 NOT NULL,
	`fixed` integer DEFAULT 0 NOT NULL,
	`quantity_override` integer,
	`notes` text DEFAULT '' NOT NULL,
	`ready` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_materials_plan` ON `plan_materials` (`plan_id`,`position`);--> statement-breakpoint
CREATE TABLE `plan_rehearsals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`device_id` text NOT NULL,
	`deleted_at` text,
	`plan_id` text NOT NULL,
	`at` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`attendees` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`held` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `visit_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_rehearsals_plan` ON `plan_rehearsals` (`plan_id`);--> statement-breakpoint
ALTER TABLE `visit_plans` ADD `visit_type` text DEFAULT 'business' NOT NULL;