-- One search engine (main/search): per kind an FTS5 table of tokens, presence only
-- (detail=none), whose rowid is the document's recency sequence; the documents'
-- ids and normalized text; and the rows waiting to be (re)indexed, filled by
-- triggers so no write can forget the index. The start-up data migration fills
-- the index from existing rows (they are all queued here).
CREATE VIRTUAL TABLE `search_people` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE VIRTUAL TABLE `search_clients` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE VIRTUAL TABLE `search_plans` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE VIRTUAL TABLE `search_staff` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'");--> statement-breakpoint
CREATE TABLE `search_docs` (
  `kind` text NOT NULL,
  `entity_id` text NOT NULL,
  `seq` integer NOT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (`kind`, `entity_id`)
) WITHOUT ROWID;--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_seq` ON `search_docs` (`kind`, `seq`);--> statement-breakpoint
CREATE TABLE `search_dirty` (
  `kind` text NOT NULL,
  `entity_id` text NOT NULL,
  PRIMARY KEY (`kind`, `entity_id`)
) WITHOUT ROWID;--> statement-breakpoint
CREATE TRIGGER `search_people_insert` AFTER INSERT ON `people` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('people', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_people_update` AFTER UPDATE OF `name`, `company`, `phone`, `name_pinyin`, `name_initials`, `deleted_at` ON `people` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('people', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_people_delete` AFTER DELETE ON `people` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('people', OLD.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_visits_insert` AFTER INSERT ON `visits` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('people', NEW.`person_id`); END;--> statement-breakpoint
CREATE TRIGGER `search_visits_move` AFTER UPDATE OF `person_id` ON `visits` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('people', NEW.`person_id`); END;--> statement-breakpoint
CREATE TRIGGER `search_clients_insert` AFTER INSERT ON `clients` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('clients', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_clients_update` AFTER UPDATE OF `name`, `tags`, `name_pinyin`, `name_initials`, `deleted_at` ON `clients` BEGIN
  INSERT OR IGNORE INTO `search_dirty` VALUES ('clients', NEW.`id`);
  INSERT OR IGNORE INTO `search_dirty` SELECT 'plans', `id` FROM `visit_plans` WHERE `client_id` = NEW.`id` AND OLD.`name` IS NOT NEW.`name`;
END;--> statement-breakpoint
CREATE TRIGGER `search_clients_delete` AFTER DELETE ON `clients` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('clients', OLD.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_plans_insert` AFTER INSERT ON `visit_plans` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('plans', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_plans_update` AFTER UPDATE OF `title`, `client_id`, `deleted_at` ON `visit_plans` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('plans', NEW.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_plans_delete` AFTER DELETE ON `visit_plans` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('plans', OLD.`id`); END;--> statement-breakpoint
CREATE TRIGGER `search_staff_account_insert` AFTER INSERT ON `users` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', NEW.`name`); END;--> statement-breakpoint
CREATE TRIGGER `search_staff_account_update` AFTER UPDATE OF `name`, `login`, `department`, `deleted_at` ON `users` BEGIN
  INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', NEW.`name`);
  INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', OLD.`name`);
END;--> statement-breakpoint
CREATE TRIGGER `search_staff_account_delete` AFTER DELETE ON `users` BEGIN INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', OLD.`name`); END;--> statement-breakpoint
CREATE TRIGGER `search_staff_team_insert` AFTER INSERT ON `plan_team` BEGIN
  INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', NEW.`primary_name`);
  INSERT OR IGNORE INTO `search_dirty` SELECT 'staff', NEW.`backup_name` WHERE NEW.`backup_name` <> '';
END;--> statement-breakpoint
CREATE TRIGGER `search_staff_team_update` AFTER UPDATE ON `plan_team` BEGIN
  INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', NEW.`primary_name`);
  INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', OLD.`primary_name`);
  INSERT OR IGNORE INTO `search_dirty` SELECT 'staff', NEW.`backup_name` WHERE NEW.`backup_name` <> '';
  INSERT OR IGNORE INTO `search_dirty` SELECT 'staff', OLD.`backup_name` WHERE OLD.`backup_name` <> '';
END;--> statement-breakpoint
CREATE TRIGGER `search_staff_team_delete` AFTER DELETE ON `plan_team` BEGIN
  INSERT OR IGNORE INTO `search_dirty` VALUES ('staff', OLD.`primary_name`);
  INSERT OR IGNORE INTO `search_dirty` SELECT 'staff', OLD.`backup_name` WHERE OLD.`backup_name` <> '';
END;--> statement-breakpoint
INSERT INTO `search_dirty` SELECT 'people', `id` FROM `people`;--> statement-breakpoint
INSERT INTO `search_dirty` SELECT 'clients', `id` FROM `clients`;--> statement-breakpoint
INSERT INTO `search_dirty` SELECT 'plans', `id` FROM `visit_plans`;--> statement-breakpoint
INSERT OR IGNORE INTO `search_dirty` SELECT 'staff', `name` FROM `users` UNION SELECT 'staff', `primary_name` FROM `plan_team` UNION SELECT 'staff', `backup_name` FROM `plan_team` WHERE `backup_name` <> '';
