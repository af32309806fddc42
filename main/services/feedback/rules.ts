import { eq } from 'drizzle-orm';
import { DEFAULT_FEEDBACK_RULES, feedbackRules, type FeedbackRules } from '../../../contract/feedback';
import { settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { parseStored, upsertSetting } from '../settings';

/** The settings row holding the red-alert rule and when feedback is asked for. */
export const FEEDBACK_RULES_KEY = 'feedbackRules';

/** The stored rules; a field that does not read keeps its default (the others are kept). */
export function readFeedbackRules(db: ReadDb): FeedbackRules {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, FEEDBACK_RULES_KEY)).get();
  if (!row) return DEFAULT_FEEDBACK_RULES;
  const stored = (parseStored(row.value) ?? {}) as Record<string, unknown>;
  const rules = { ...DEFAULT_FEEDBACK_RULES };
  for (const field of Object.keys(DEFAULT_FEEDBACK_RULES) as (keyof FeedbackRules)[]) {
    const parsed = feedbackRules.shape[field].safeParse(stored[field]);
    if (parsed.success && stored[field] !== undefined) (rules as Record<string, unknown>)[field] = parsed.data;
  }
  return rules;
}

export function saveFeedbackRules(ctx: ServiceContext, input: FeedbackRules): FeedbackRules {
  const before = readFeedbackRules(ctx.db);
  // One word once, whatever its case: the check ignores case anyway.
  const alertKeywords = [...new Map(input.alertKeywords.map((w) => [w.toLowerCase(), w])).values()];
  return ctx.write(
    (tx) => {
      upsertSetting(tx, FEEDBACK_RULES_KEY, JSON.stringify({ ...input, alertKeywords }));
      return readFeedbackRules(tx);
    },
    (after) => ({ action: 'feedback.rules', entity: 'settings', entityId: FEEDBACK_RULES_KEY, detail: { before, after } }),
  );
}
