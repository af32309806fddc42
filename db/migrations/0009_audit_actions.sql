CREATE TABLE `audit_actions` (
	`action` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_action` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `clients_directory` ON `clients` ((CASE "tier" WHEN 'vip' THEN 0 WHEN 'key' THEN 1 ELSE 2 END),`name_pinyin`,`id`);--> statement-breakpoint
CREATE INDEX `people_directory` ON `people` (`name_pinyin`,`id`);--> statement-breakpoint
DROP INDEX `people_client`;--> statement-breakpoint
CREATE INDEX `people_client` ON `people` (`client_id`,`name_pinyin`,`id`);--> statement-breakpoint
-- Every writer appends to audit_log (the write path, a bulk import, a merged
-- desk's log), so the list of actions is kept by the database, not by code.
CREATE TRIGGER `audit_actions_keep` AFTER INSERT ON `audit_log`
BEGIN
  INSERT OR IGNORE INTO `audit_actions` (`action`) VALUES (NEW.`action`);
END;--> statement-breakpoint
INSERT OR IGNORE INTO `audit_actions` (`action`) SELECT DISTINCT `action` FROM `audit_log`;
