-- One name for one thing: the directory record of a person is a `person` from
-- table to screen (a visitor is a person at the desk, a guest a person on a plan).
-- SQLite (>= 3.26, legacy_alter_table off) rewrites the foreign keys of visits,
-- plan_guests and people.merged_into to the new names; it cannot rename an
-- index, so the indexes named for visitors are dropped and made again.
ALTER TABLE `visitors` RENAME TO `people`;--> statement-breakpoint
ALTER TABLE `visits` RENAME COLUMN `visitor_id` TO `person_id`;--> statement-breakpoint
DROP INDEX `visitors_id_number_index`;--> statement-breakpoint
DROP INDEX `visitors_phone`;--> statement-breakpoint
DROP INDEX `visitors_name_pinyin`;--> statement-breakpoint
DROP INDEX `visitors_name_initials`;--> statement-breakpoint
DROP INDEX `visitors_name`;--> statement-breakpoint
DROP INDEX `visitors_client`;--> statement-breakpoint
DROP INDEX `visits_visitor`;--> statement-breakpoint
CREATE INDEX `people_id_number_index` ON `people` (`id_number_index`);--> statement-breakpoint
CREATE INDEX `people_phone` ON `people` (`phone`);--> statement-breakpoint
CREATE INDEX `people_name_pinyin` ON `people` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `people_name_initials` ON `people` (`name_initials`);--> statement-breakpoint
CREATE INDEX `people_name` ON `people` (`name`);--> statement-breakpoint
CREATE INDEX `people_client` ON `people` (`client_id`);--> statement-breakpoint
CREATE INDEX `visits_person` ON `visits` (`person_id`);
