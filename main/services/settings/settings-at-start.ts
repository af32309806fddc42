import { eq } from 'drizzle-orm';
import { basename } from 'node:path';
import { pcPrintSettings, storedDeskSettings, type SettingsRepair } from '../../../contract/settings';
import { settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { isPlainObject, repairFields } from '../../core/repair-fields';
import { touch } from '../../core/write-path';
import { PC_SETTINGS_VERSION } from '../../pc-settings/pc-settings-schema';
import { DEFAULT_SETTINGS, parseStored, pcPrintSettingsOf, SETTINGS_KEY, writeSettings } from './desk-settings';

/** The site row's keys that belong to the PC (PC settings version 1 moved them out). */
const PC_KEYS = Object.keys(pcPrintSettings.shape);

/**
 * PC settings migration 1: the printer, its profiles and auto-print leave the
 * site's row for this PC's file. The file is written first (with its new
 * version); a crash before the row is rewritten leaves the keys in the row,
 * which the next start drops without moving them again. Unreadable values
 * are not moved (their defaults are) and are named.
 */
function movePcKeys(ctx: ServiceContext, stored: Record<string, unknown>): string[] {
  const pc = ctx.pcSettings;
  if (pc.version() >= 1) return [];
  const present = Object.fromEntries(PC_KEYS.filter((k) => k in stored).map((k) => [k, stored[k]]));
  const { value, repaired } = repairFields(pcPrintSettings, pcPrintSettingsOf(pc.get()), present);
  pc.set({ ...pc.get(), ...value }, PC_SETTINGS_VERSION);
  return repaired;
}

/**
 * Runs once at start, before the desk serves a call: moves per-PC keys out of
 * the site's row, and repairs the row and this PC's file field by field. A
 * row that is not JSON at all is kept aside under `desk.corrupt-<time>`. Every
 * repair is audited (`settings.repair`, with the fields) and listed for the
 * settings screen; nothing is reset silently.
 */
export function checkSettingsAtStart(ctx: ServiceContext): void {
  const repairs: SettingsRepair[] = [];
  const audit = (place: 'site' | 'pc', fields: string[], keptAs: string | null) => ({
    action: 'settings.repair',
    entity: 'settings',
    entityId: SETTINGS_KEY,
    detail: { scope: place, repairedFields: fields, ...(keptAs && { keptAs }) },
  });

  const pcRepairs = ctx.pcSettings.repairs();
  if (pcRepairs.fields.length > 0) {
    ctx.write(() => null, () => audit('pc', pcRepairs.fields, pcRepairs.keptAs && basename(pcRepairs.keptAs)));
    repairs.push(...pcRepairs.fields.map((field) => ({ place: 'pc' as const, field })));
  }

  const row = ctx.db.select().from(settings).where(eq(settings.key, SETTINGS_KEY)).get();
  if (row) {
    const stored = parseStored(row.value);
    const object = isPlainObject(stored) ? stored : {};
    const moveRepairs = movePcKeys(ctx, object);
    const { value, repaired } = repairFields(storedDeskSettings, DEFAULT_SETTINGS, stored);
    const siteRepairs = [...new Set([...repaired, ...moveRepairs])];
    const keptAs = isPlainObject(stored) ? null : `${SETTINGS_KEY}.corrupt-${ctx.now().toISOString()}`;
    if (siteRepairs.length > 0) {
      ctx.write(
        (tx) => {
          if (keptAs) tx.insert(settings).values({ key: keptAs, value: row.value, ...touch(tx) }).run();
          writeSettings(ctx, tx, value);
        },
        () => audit('site', siteRepairs, keptAs),
      );
      repairs.push(...siteRepairs.map((field) => ({ place: 'site' as const, field })));
    } else if (PC_KEYS.some((k) => k in object)) {
      // Only the move: the row loses the keys the PC's file now holds.
      ctx.write(
        (tx) => writeSettings(ctx, tx, value),
        () => ({ action: 'settings.movedToPc', entity: 'settings', entityId: SETTINGS_KEY, detail: { movedFields: PC_KEYS.filter((k) => k in object) } }),
      );
    }
  }
  ctx.runtime.settingsRepairs = repairs;
}
