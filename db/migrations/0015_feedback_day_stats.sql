CREATE TABLE `feedback_day_stats` (
	`day` text NOT NULL,
	`client_id` text DEFAULT '' NOT NULL,
	`responses` integer DEFAULT 0 NOT NULL,
	`scored` integer DEFAULT 0 NOT NULL,
	`score_sum` real DEFAULT 0 NOT NULL,
	`red` integer DEFAULT 0 NOT NULL,
	`r1` integer DEFAULT 0 NOT NULL,
	`r2` integer DEFAULT 0 NOT NULL,
	`r3` integer DEFAULT 0 NOT NULL,
	`r4` integer DEFAULT 0 NOT NULL,
	`r5` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `client_id`)
) WITHOUT ROWID;
--> statement-breakpoint
-- The service report's feedback figures (main/services/reports/service.ts), kept per local day of giving and client by
-- these triggers in the same transaction as every write of a response (submit, delete, archive, import), instead of
-- parsing every response's answers JSON at each report. A counted response: not deleted. Ratings count as the feedback
-- summary counts them: each answer's rating that is 1 to 5. Update: OLD's contribution off, NEW's on.
CREATE TRIGGER `reports_feedback_insert` AFTER INSERT ON `feedback_responses` WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO feedback_day_stats (day, client_id, responses, scored, score_sum, red, r1, r2, r3, r4, r5)
  SELECT * FROM (SELECT substr(NEW.given_at, 1, 10), coalesce(NEW.client_id, ''), 1, (NEW.score IS NOT NULL), coalesce(NEW.score, 0), coalesce(NEW.red_alert <> 0, 0),
    count(CASE WHEN x.rating = 1 THEN 1 END), count(CASE WHEN x.rating = 2 THEN 1 END), count(CASE WHEN x.rating = 3 THEN 1 END), count(CASE WHEN x.rating = 4 THEN 1 END), count(CASE WHEN x.rating = 5 THEN 1 END)
    FROM (SELECT a.value ->> 'rating' AS rating FROM json_each(NEW.answers) a) x) WHERE NEW.deleted_at IS NULL
  ON CONFLICT (day, client_id) DO UPDATE SET responses = responses + excluded.responses, scored = scored + excluded.scored, score_sum = score_sum + excluded.score_sum,
    red = red + excluded.red, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_feedback_update` AFTER UPDATE OF `given_at`, `client_id`, `score`, `red_alert`, `answers`, `deleted_at` ON `feedback_responses`
  WHEN OLD.deleted_at IS NULL OR NEW.deleted_at IS NULL BEGIN
  INSERT INTO feedback_day_stats (day, client_id, responses, scored, score_sum, red, r1, r2, r3, r4, r5)
  SELECT * FROM (SELECT substr(OLD.given_at, 1, 10), coalesce(OLD.client_id, ''), -1, -(OLD.score IS NOT NULL), -coalesce(OLD.score, 0), -coalesce(OLD.red_alert <> 0, 0),
    -count(CASE WHEN x.rating = 1 THEN 1 END), -count(CASE WHEN x.rating = 2 THEN 1 END), -count(CASE WHEN x.rating = 3 THEN 1 END), -count(CASE WHEN x.rating = 4 THEN 1 END), -count(CASE WHEN x.rating = 5 THEN 1 END)
    FROM (SELECT a.value ->> 'rating' AS rating FROM json_each(OLD.answers) a) x) WHERE OLD.deleted_at IS NULL
  ON CONFLICT (day, client_id) DO UPDATE SET responses = responses + excluded.responses, scored = scored + excluded.scored, score_sum = score_sum + excluded.score_sum,
    red = red + excluded.red, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5;
  INSERT INTO feedback_day_stats (day, client_id, responses, scored, score_sum, red, r1, r2, r3, r4, r5)
  SELECT * FROM (SELECT substr(NEW.given_at, 1, 10), coalesce(NEW.client_id, ''), 1, (NEW.score IS NOT NULL), coalesce(NEW.score, 0), coalesce(NEW.red_alert <> 0, 0),
    count(CASE WHEN x.rating = 1 THEN 1 END), count(CASE WHEN x.rating = 2 THEN 1 END), count(CASE WHEN x.rating = 3 THEN 1 END), count(CASE WHEN x.rating = 4 THEN 1 END), count(CASE WHEN x.rating = 5 THEN 1 END)
    FROM (SELECT a.value ->> 'rating' AS rating FROM json_each(NEW.answers) a) x) WHERE NEW.deleted_at IS NULL
  ON CONFLICT (day, client_id) DO UPDATE SET responses = responses + excluded.responses, scored = scored + excluded.scored, score_sum = score_sum + excluded.score_sum,
    red = red + excluded.red, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5;
END;
--> statement-breakpoint
CREATE TRIGGER `reports_feedback_delete` AFTER DELETE ON `feedback_responses` WHEN OLD.deleted_at IS NULL BEGIN
  INSERT INTO feedback_day_stats (day, client_id, responses, scored, score_sum, red, r1, r2, r3, r4, r5)
  SELECT * FROM (SELECT substr(OLD.given_at, 1, 10), coalesce(OLD.client_id, ''), -1, -(OLD.score IS NOT NULL), -coalesce(OLD.score, 0), -coalesce(OLD.red_alert <> 0, 0),
    -count(CASE WHEN x.rating = 1 THEN 1 END), -count(CASE WHEN x.rating = 2 THEN 1 END), -count(CASE WHEN x.rating = 3 THEN 1 END), -count(CASE WHEN x.rating = 4 THEN 1 END), -count(CASE WHEN x.rating = 5 THEN 1 END)
    FROM (SELECT a.value ->> 'rating' AS rating FROM json_each(OLD.answers) a) x) WHERE OLD.deleted_at IS NULL
  ON CONFLICT (day, client_id) DO UPDATE SET responses = responses + excluded.responses, scored = scored + excluded.scored, score_sum = score_sum + excluded.score_sum,
    red = red + excluded.red, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5;
END;
--> statement-breakpoint
-- Existing responses, counted once.
INSERT INTO feedback_day_stats (day, client_id, responses, scored, score_sum, red, r1, r2, r3, r4, r5)
SELECT f.day, f.client_id, f.responses, f.scored, f.score_sum, f.red, coalesce(r.r1, 0), coalesce(r.r2, 0), coalesce(r.r3, 0), coalesce(r.r4, 0), coalesce(r.r5, 0)
FROM (SELECT substr(given_at, 1, 10) AS day, coalesce(client_id, '') AS client_id, count(*) AS responses, count(score) AS scored, coalesce(sum(score), 0) AS score_sum,
    coalesce(sum(red_alert <> 0), 0) AS red
  FROM feedback_responses WHERE deleted_at IS NULL GROUP BY 1, 2) f
LEFT JOIN (SELECT substr(given_at, 1, 10) AS day, coalesce(client_id, '') AS client_id,
    count(CASE WHEN a.value ->> 'rating' = 1 THEN 1 END) AS r1, count(CASE WHEN a.value ->> 'rating' = 2 THEN 1 END) AS r2, count(CASE WHEN a.value ->> 'rating' = 3 THEN 1 END) AS r3,
    count(CASE WHEN a.value ->> 'rating' = 4 THEN 1 END) AS r4, count(CASE WHEN a.value ->> 'rating' = 5 THEN 1 END) AS r5
  FROM feedback_responses, json_each(answers) a WHERE deleted_at IS NULL GROUP BY 1, 2) r ON r.day = f.day AND r.client_id = f.client_id;
