import { eq } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import { hostNameOf } from '../../../contract/organisation';
import { SAVE_AS_PDF } from '../../../contract/print';
import { storedDeskSettings, type DeskSettings, type StoredDeskSettings } from '../../../contract/settings';
import { settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { DEFAULT_LAYOUT_ID, findLayout } from '../../print/layouts';
import { checkLogo, logoSummary, readOrgLogo, writeOrgLogo } from './org-logo';
import { touch, type ReadDb, type WriteTx } from '../../core/write-path';

const KEY = 'desk';

export const DEFAULT_SETTINGS: StoredDeskSettings = {
  siteName: '',
  // A desk set up before the organisation had its own name reads '' here, and printouts use the site's name until it is set.
  orgName: '',
  locale: 'zh-CN',
  printerId: SAVE_AS_PDF,
  autoPrintBadge: true,
  idleLockMinutes: 10,
  printerProfiles: { [SAVE_AS_PDF]: { layoutId: DEFAULT_LAYOUT_ID, offsetXMm: 0, offsetYMm: 0 } },
};

export function readSettings(db: ReadDb): StoredDeskSettings {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return DEFAULT_SETTINGS;
  // A value from an older version may lack newer keys: fill them from the defaults.
  const parsed = storedDeskSettings.safeParse({ ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as object) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Whose paper a printout is: the organisation's name (the site's until it is set) and its logo. */
export function hostOf(db: ReadDb): { hostName: string; hostLogo: string | null } {
  return { hostName: hostNameOf(readSettings(db)), hostLogo: readOrgLogo(db)?.dataUrl ?? null };
}

/** The settings as the screens read them: the stored ones and the logo. */
export function settingsView(db: ReadDb): DeskSettings {
  return { ...readSettings(db), orgLogo: readOrgLogo(db) };
}

export function updateSettings(ctx: ServiceContext, input: Parsed<'settings', 'update'>): DeskSettings {
  if (input.printerProfile && !findLayout(input.printerProfile.profile.layoutId)) {
    throw new AppError('VALIDATION', 'Unknown badge layout.', undefined, [{ path: 'printerProfile.profile.layoutId', message: 'invalidOption' }]);
  }
  const before = readSettings(ctx.db);
  const { printerProfile, orgLogo, ...plain } = input;
  // Checked before anything is written: a refused logo changes nothing else either.
  const logo = orgLogo ? checkLogo(orgLogo.base64) : orgLogo;
  const logoBefore = logo === undefined ? null : readOrgLogo(ctx.db);
  const next: StoredDeskSettings = {
    ...before,
    ...Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined)),
    printerProfiles: printerProfile
      ? { ...before.printerProfiles, [printerProfile.printerId]: printerProfile.profile }
      : before.printerProfiles,
  };
  const detail = changedValues(before, next);
  if (logo !== undefined && JSON.stringify(logoSummary(logoBefore)) !== JSON.stringify(logoSummary(logo))) {
    (detail.before as Record<string, unknown>).orgLogo = logoSummary(logoBefore);
    (detail.after as Record<string, unknown>).orgLogo = logoSummary(logo);
  }
  return ctx.write(
    (tx) => {
      writeSettings(ctx, tx, next);
      if (logo !== undefined) writeOrgLogo(tx, logo);
      return settingsView(tx);
    },
    () => ({ action: 'settings.update', entity: 'settings', entityId: KEY, detail }),
  );
}

/** What an update changed, before and after: the audit log shows both. */
function changedValues(before: StoredDeskSettings, after: StoredDeskSettings): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = (Object.keys(after) as (keyof StoredDeskSettings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

function writeSettings(ctx: ServiceContext, tx: WriteTx, next: StoredDeskSettings): void {
  const value = JSON.stringify(next);
  // A stored language replaces one chosen for the screens while signed out.
  ctx.runtime.screenLocale = null;
  tx.insert(settings)
    .values({ key: KEY, value, ...touch(tx) })
    .onConflictDoUpdate({ target: settings.key, set: { value, ...touch(tx) } })
    .run();
}

/** For callers already inside a write (first-run setup), which audit the change themselves. */
export function saveSettings(ctx: ServiceContext, tx: WriteTx, changes: Partial<StoredDeskSettings>): void {
  writeSettings(ctx, tx, { ...readSettings(tx), ...changes });
}

/** The profile for a printer, falling back to the default layout with no offsets. */
export function profileFor(current: StoredDeskSettings, printerId: string) {
  return current.printerProfiles[printerId] ?? { layoutId: DEFAULT_LAYOUT_ID, offsetXMm: 0, offsetYMm: 0 };
}
