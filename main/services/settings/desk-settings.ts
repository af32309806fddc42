import { eq, sql } from 'drizzle-orm';
import { builtOnce } from '../../../db/prepared-queries';
import type { Parsed } from '../../../contract';
import { hostNameOf } from '../../../contract/organisation';
import { storedDeskSettings, type DeskSettings, type PcPrintSettings, type StoredDeskSettings } from '../../../contract/settings';
import { settings } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { definedValues } from '../../core/defined-values';
import { AppError } from '../../core/errors';
import { repairFields } from '../../core/repair-fields';
import type { PcSettings } from '../../pc-settings/pc-settings-schema';
import { findLayout } from '../../print/layouts';
import { upsertSetting } from './setting-row';
import { checkLogo, logoSummary, readOrgLogo, writeOrgLogo } from './org-logo';
import type { ReadDb, WriteTx } from '../../core/write-path';

export const SETTINGS_KEY = 'desk';

export const DEFAULT_SETTINGS: StoredDeskSettings = {
  siteName: '',
  // A desk set up before the organisation had its own name reads '' here, and printouts use the site's name until it is set.
  orgName: '',
  locale: 'zh-CN',
  idleLockMinutes: 10,
};

/** The row's JSON, or undefined for a value that is not JSON (repairFields then reports the whole row). */
export function parseStored(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The site's settings, field by field: a field that does not read keeps its
 * default while every other is kept (start-up repairs the row and reports it,
 * settings-at-start.ts); a value from an older version lacking newer keys gets
 * their defaults.
 */
/** The last stored text read and what it parsed to: every call's gate reads the settings (its idle lock), and they seldom change. */
let lastRead: { text: string; value: StoredDeskSettings } | null = null;

export function readSettings(db: ReadDb): StoredDeskSettings {
  // Built once per connection (db/prepared-queries.ts): the gate reads this on every call, check-ins included.
  const row = builtOnce(db, 'settings: by key', () =>
    db
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, sql.placeholder('key')))
      .prepare(),
  ).get({ key: SETTINGS_KEY });
  if (!row) return DEFAULT_SETTINGS;
  // Parsed and repaired again only when the stored text changed.
  if (lastRead?.text !== row.value) lastRead = { text: row.value, value: Object.freeze(repairFields(storedDeskSettings, DEFAULT_SETTINGS, parseStored(row.value)).value) };
  return lastRead.value;
}

/** Whose paper a printout is: the organisation's name (the site's until it is set) and its logo. */
export function hostOf(db: ReadDb): { hostName: string; hostLogo: string | null } {
  return { hostName: hostNameOf(readSettings(db)), hostLogo: readOrgLogo(db)?.dataUrl ?? null };
}

/** This PC's printing settings, as the settings screen and the badge printer read them. */
export function pcPrintSettingsOf(pc: PcSettings): PcPrintSettings {
  return { printerId: pc.printerId, autoPrintBadge: pc.autoPrintBadge, printerProfiles: pc.printerProfiles };
}

/** The settings as the screens read them: the site's, this PC's, the logo, and what start-up had to repair. */
export function settingsView(ctx: ServiceContext): DeskSettings {
  return { ...readSettings(ctx.db), ...pcPrintSettingsOf(ctx.pcSettings.get()), orgLogo: readOrgLogo(ctx.db), repairs: ctx.runtime.settingsRepairs };
}

/**
 * One save of the settings screen: the site's fields go to the settings row,
 * this PC's (printer, its profile, auto-print) to the PC settings file, with
 * one audit entry naming every change. The file is written last inside the
 * transaction, so a file that cannot be written rolls the row back too.
 */
export function updateSettings(ctx: ServiceContext, input: Parsed<'settings', 'update'>): DeskSettings {
  if (input.printerProfile && !findLayout(input.printerProfile.profile.layoutId)) {
    throw new AppError('VALIDATION', 'Unknown badge layout.', undefined, [{ path: 'printerProfile.profile.layoutId', message: 'invalidOption' }]);
  }
  const before = readSettings(ctx.db);
  const pcBefore = ctx.pcSettings.get();
  const { printerProfile, orgLogo, printerId, autoPrintBadge, ...site } = input;
  // Checked before anything is written: a refused logo changes nothing else either.
  const logo = orgLogo ? checkLogo(orgLogo.base64) : orgLogo;
  const logoBefore = logo === undefined ? null : readOrgLogo(ctx.db);
  const next: StoredDeskSettings = { ...before, ...definedValues(site) };
  const pcNext: PcSettings = {
    ...pcBefore,
    ...definedValues({ printerId, autoPrintBadge }),
    printerProfiles: printerProfile ? { ...pcBefore.printerProfiles, [printerProfile.printerId]: printerProfile.profile } : pcBefore.printerProfiles,
  };
  const detail = changedValues(auditOrder(before, pcBefore), auditOrder(next, pcNext));
  if (logo !== undefined && JSON.stringify(logoSummary(logoBefore)) !== JSON.stringify(logoSummary(logo))) {
    (detail.before as Record<string, unknown>).orgLogo = logoSummary(logoBefore);
    (detail.after as Record<string, unknown>).orgLogo = logoSummary(logo);
  }
  return ctx.write(
    (tx) => {
      writeSettings(ctx, tx, next);
      if (logo !== undefined) writeOrgLogo(tx, logo);
      if (JSON.stringify(pcNext) !== JSON.stringify(pcBefore)) ctx.pcSettings.set(pcNext);
      return settingsView(ctx);
    },
    () => ({ action: 'settings.update', entity: 'settings', entityId: SETTINGS_KEY, detail }),
  );
}

/** Both stores' fields in the order the audit log has always listed them. */
function auditOrder(site: StoredDeskSettings, pc: PcSettings) {
  const { siteName, orgName, locale, idleLockMinutes } = site;
  const { printerId, autoPrintBadge, printerProfiles } = pc;
  return { siteName, orgName, locale, printerId, autoPrintBadge, idleLockMinutes, printerProfiles };
}

/** What an update changed, before and after: the audit log shows both. */
function changedValues<T extends object>(before: T, after: T): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = (Object.keys(after) as (keyof T)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}

export function writeSettings(ctx: ServiceContext, tx: WriteTx, next: StoredDeskSettings): void {
  // A stored language replaces one chosen for the screens while signed out.
  ctx.runtime.screenLocale = null;
  upsertSetting(tx, SETTINGS_KEY, JSON.stringify(next));
}

/** For callers already inside a write (first-run setup), which audit the change themselves. */
export function saveSettings(ctx: ServiceContext, tx: WriteTx, changes: Partial<StoredDeskSettings>): void {
  writeSettings(ctx, tx, { ...readSettings(tx), ...changes });
}

