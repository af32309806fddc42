ALTER TABLE `audit_log` ADD `device_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_id` text;--> statement-breakpoint
-- Entries written before per-device chains: each already carries the device
-- that wrote it; number them per device in the order they were written, and
-- name each one's predecessor in the single chain they were hashed in (the
-- previous seq), so they verify exactly as before. Hashes are never touched.
UPDATE `audit_log` SET `device_seq` = r.`n`, `prev_id` = r.`prev`
FROM (
  SELECT `seq`, ROW_NUMBER() OVER (PARTITION BY `device_id` ORDER BY `seq`) AS `n`, LAG(`id`) OVER (ORDER BY `seq`) AS `prev` FROM `audit_log`
) AS r
WHERE r.`seq` = `audit_log`.`seq`;--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_device_seq` ON `audit_log` (`device_id`,`device_seq`);--> statement-breakpoint
CREATE INDEX `audit_log_order` ON `audit_log` (`at`,`device_id`,`device_seq`);
