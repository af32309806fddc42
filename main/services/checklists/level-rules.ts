import { eq } from 'drizzle-orm';
import { DEFAULT_LEVEL_RULES, levelRules, type LevelRule, type LevelRules } from '../../../contract/plans';
import { settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { parseStored, upsertSetting } from '../settings';

/** The settings row holding what each reception level asks for. */
export const LEVEL_RULES_KEY = 'levelRules';

/** The stored rules; a level whose stored rule does not read keeps its default (the others are kept). */
export function readLevelRules(db: ReadDb): LevelRules {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, LEVEL_RULES_KEY)).get();
  if (!row) return DEFAULT_LEVEL_RULES;
  const stored = parseStored(row.value) as Record<string, unknown> | undefined;
  const rules = { ...DEFAULT_LEVEL_RULES };
  for (const level of Object.keys(DEFAULT_LEVEL_RULES) as (keyof LevelRules)[]) {
    const parsed = levelRules.shape[level].safeParse(stored?.[level]);
    if (parsed.success) rules[level] = parsed.data;
  }
  return rules;
}

export function levelRuleOf(db: ReadDb, level: keyof LevelRules): LevelRule {
  return readLevelRules(db)[level];
}

export function saveLevelRules(ctx: ServiceContext, input: LevelRules): LevelRules {
  const before = readLevelRules(ctx.db);
  return ctx.write(
    (tx) => {
      upsertSetting(tx, LEVEL_RULES_KEY, JSON.stringify(input));
      return readLevelRules(tx);
    },
    (after) => ({ action: 'checklist.levelRules', entity: 'settings', entityId: LEVEL_RULES_KEY, detail: { before, after } }),
  );
}
