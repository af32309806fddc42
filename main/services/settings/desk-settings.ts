import { eq } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import { SAVE_AS_PDF } from '../../../contract/print';
import { deskSettings, type DeskSettings } from '../../../contract/settings';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { DEFAULT_LAYOUT_ID, findLayout } from '../../print/layouts';

const KEY = 'desk';

export const DEFAULT_SETTINGS: DeskSettings = {
  siteName: '',
  locale: 'zh-CN',
  printerId: SAVE_AS_PDF,
  autoPrintBadge: true,
  idleLockMinutes: 10,
  printerProfiles: { [SAVE_AS_PDF]: { layoutId: DEFAULT_LAYOUT_ID, offsetXMm: 0, offsetYMm: 0 } },
};

export function readSettings(db: Db): DeskSettings {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return DEFAULT_SETTINGS;
  // A value from an older version may lack newer keys: fill them from the defaults.
  const parsed = deskSettings.safeParse({ ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as object) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function updateSettings(ctx: ServiceContext, input: Parsed<'settings', 'update'>): DeskSettings {
  if (input.printerProfile && !findLayout(input.printerProfile.profile.layoutId)) {
    throw new AppError('VALIDATION', 'Unknown badge layout.', undefined, [{ path: 'printerProfile.profile.layoutId', message: 'invalidOption' }]);
  }
  const before = readSettings(ctx.db);
  const { printerProfile, ...plain } = input;
  const next: DeskSettings = {
    ...before,
    ...Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined)),
    printerProfiles: printerProfile
      ? { ...before.printerProfiles, [printerProfile.printerId]: printerProfile.profile }
      : before.printerProfiles,
  };
  return ctx.write(
    () => ({ actor: ctx.session.operatorName, action: 'settings.update', entity: 'settings', entityId: KEY, detail: changedValues(before, next) }),
    (tx) => {
      writeSettings(ctx, tx, next);
      return next;
    },
  );
}

/** What an update changed, before and after: the audit log shows both. */
function changedValues(before: DeskSettings, after: DeskSettings): Record<string, unknown> {
  const keys = (Object.keys(after) as (keyof DeskSettings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

function writeSettings(ctx: ServiceContext, tx: Db, next: DeskSettings): void {
  const stamp = ctx.now().toISOString();
  const value = JSON.stringify(next);
  // A stored language replaces one chosen for the screens while signed out.
  ctx.runtime.screenLocale = null;
  tx.insert(settings)
    .values({ key: KEY, value, updatedAt: stamp, deviceId: ctx.deviceId })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: stamp, deviceId: ctx.deviceId } })
    .run();
}

/** For callers already inside a write (first-run setup), which audit the change themselves. */
export function saveSettings(ctx: ServiceContext, tx: Db, changes: Partial<DeskSettings>): void {
  writeSettings(ctx, tx, { ...readSettings(tx), ...changes });
}

/** The profile for a printer, falling back to the default layout with no offsets. */
export function profileFor(current: DeskSettings, printerId: string) {
  return current.printerProfiles[printerId] ?? { layoutId: DEFAULT_LAYOUT_ID, offsetXMm: 0, offsetYMm: 0 };
}
