CREATE TABLE `audit_actors` (
	`actor` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_actor` ON `audit_log` (`actor`,`at`);
--> statement-breakpoint
-- Every writer appends to audit_log (the write path, a bulk import, a merged
-- desk's log), so the list of actors is kept by the database, as audit_actions is (0009).
CREATE TRIGGER `audit_actors_keep` AFTER INSERT ON `audit_log`
BEGIN
  INSERT OR IGNORE INTO `audit_actors` (`actor`) VALUES (NEW.`actor`);
END;--> statement-breakpoint
-- Read from the new index: one step per distinct actor, not a pass over the log.
INSERT OR IGNORE INTO `audit_actors` (`actor`) SELECT DISTINCT `actor` FROM `audit_log`;
