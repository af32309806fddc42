import { asc, eq, isNull } from 'drizzle-orm';
import { PERSONAL_DATA_YEARS, personalDataYears, type RetentionRules } from '../../../contract/retention';
import { documentClasses, settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { parseStored, upsertSetting } from '../settings';

/** The site's settings row for the personal-data period (JSON { personalDataYears }). */
export const RETENTION_RULES_KEY = 'retentionRules';

/** The stored period, or the default (the privacy notice's) when the row is missing or does not read. */
export function readPersonalDataYears(db: ReadDb): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, RETENTION_RULES_KEY)).get();
  const stored = row ? (parseStored(row.value) as { personalDataYears?: unknown } | null) : null;
  const parsed = personalDataYears.safeParse(stored?.personalDataYears);
  return parsed.success ? parsed.data : PERSONAL_DATA_YEARS.default;
}

export function readRetentionRules(db: ReadDb): RetentionRules {
  const classes = db
    .select({ id: documentClasses.id, nameZh: documentClasses.nameZh, nameEn: documentClasses.nameEn, retentionYears: documentClasses.retentionYears, archivedAt: documentClasses.archivedAt })
    .from(documentClasses)
    .where(isNull(documentClasses.deletedAt))
    .orderBy(asc(documentClasses.sort), asc(documentClasses.nameZh))
    .all()
    .map(({ archivedAt, ...c }) => ({ ...c, archived: archivedAt !== null }));
  return { personalDataYears: readPersonalDataYears(db), classes };
}

export function saveRetentionRules(ctx: ServiceContext, input: { personalDataYears: number }): RetentionRules {
  const before = readPersonalDataYears(ctx.db);
  return ctx.write(
    (tx) => {
      upsertSetting(tx, RETENTION_RULES_KEY, JSON.stringify({ personalDataYears: input.personalDataYears }));
      return readRetentionRules(tx);
    },
    () => ({ action: 'retention.rules', entity: 'settings', entityId: RETENTION_RULES_KEY, detail: { personalDataYears: { from: before, to: input.personalDataYears } } }),
  );
}
