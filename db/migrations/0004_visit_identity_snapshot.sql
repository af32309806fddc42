ALTER TABLE `visits` ADD `visitor_name` text;--> statement-breakpoint
ALTER TABLE `visits` ADD `visitor_company` text;--> statement-breakpoint
ALTER TABLE `visits` ADD `visitor_phone` text;--> statement-breakpoint
-- Visits made before this column existed keep the record as it reads now: the best that is known.
UPDATE `visits` SET
	`visitor_name` = (SELECT `name` FROM `visitors` WHERE `visitors`.`id` = `visits`.`visitor_id`),
	`visitor_company` = (SELECT `company` FROM `visitors` WHERE `visitors`.`id` = `visits`.`visitor_id`),
	`visitor_phone` = (SELECT `phone` FROM `visitors` WHERE `visitors`.`id` = `visits`.`visitor_id`)
WHERE `visitor_name` IS NULL;
