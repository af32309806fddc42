import { eq } from 'drizzle-orm';
import { careRules, DEFAULT_CARE_RULES, type CareRules } from '../../../contract/followups';
import { settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { parseStored, upsertSetting } from '../settings';

/** The settings row holding how early care reminders show and which ones. */
export const CARE_RULES_KEY = 'careRules';

/** The stored rules; one that does not read (an older or damaged row) gives the defaults. */
export function readCareRules(db: ReadDb): CareRules {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, CARE_RULES_KEY)).get();
  if (!row) return DEFAULT_CARE_RULES;
  const parsed = careRules.safeParse(parseStored(row.value));
  return parsed.success ? parsed.data : DEFAULT_CARE_RULES;
}

export function saveCareRules(ctx: ServiceContext, input: CareRules): CareRules {
  const before = readCareRules(ctx.db);
  return ctx.write(
    (tx) => {
      upsertSetting(tx, CARE_RULES_KEY, JSON.stringify(input));
      return readCareRules(tx);
    },
    (after) => ({ action: 'followup.careRules', entity: 'settings', entityId: CARE_RULES_KEY, detail: { before, after } }),
  );
}
