import { z } from 'zod';
import { channel } from './channel';
import { requiredText } from './fields';
import { logoUpload, orgLogoView, orgName } from './organisation';
import { LOCALES, printerId } from './print';

/** How far a badge may be shifted on the label to calibrate a printer; the settings drawer's number boxes read it too. */
export const PRINTER_OFFSET_MM = { min: -10, max: 10 } as const;
const offsetMm = z.number('invalidType').min(PRINTER_OFFSET_MM.min, 'outOfRange').max(PRINTER_OFFSET_MM.max, 'outOfRange');

export const printerProfile = z.strictObject({
  layoutId: z.string('invalidType').max(40, 'tooLong'),
  offsetXMm: offsetMm,
  offsetYMm: offsetMm,
});

/** The idle lock's range in minutes; the settings drawer's number box reads it too. */
export const IDLE_LOCK_MINUTES = { min: 1, max: 240 } as const;
export type PrinterProfile = z.output<typeof printerProfile>;

/** The badge layout a printer starts on: one of main's layouts (main/print/layouts.ts). */
export const DEFAULT_LAYOUT_ID = 'label-89x36';

/**
 * A printer's saved profile, or for one with none yet the default layout with
 * no offsets. Main prints with it (services/print/print-badges.ts) and the desk
 * shows and sends the same (settings drawer, badge printing).
 */
export function printerProfileFor(settings: { printerProfiles: Record<string, PrinterProfile> }, printerId: string): PrinterProfile {
  return settings.printerProfiles[printerId] ?? { layoutId: DEFAULT_LAYOUT_ID, offsetXMm: 0, offsetYMm: 0 };
}

/** What is stored in the site's settings row (the logo has its own row: it is large, and audited by its size only). */
export const storedDeskSettings = z.object({
  /** The desk's own name: the place ("总部大楼一层前台"). */
  siteName: z.string(),
  /** The host organisation ('' until an administrator names it; printouts then use the site name). */
  orgName: z.string(),
  locale: z.enum(LOCALES),
  /** The desk locks itself after this many minutes without keyboard or mouse input. */
  idleLockMinutes: z.number().int(),
});
export type StoredDeskSettings = z.output<typeof storedDeskSettings>;

/**
 * What belongs to this PC, not the site (kept in electron-store, or a JSON file
 * in the web shell): the printer it has, that printer's stock and calibration,
 * and whether a badge prints by itself at check-in (a PC without a label
 * printer would not want it).
 */
export const pcPrintSettings = z.object({
  printerId: z.string(),
  autoPrintBadge: z.boolean(),
  /** Keyed by printer id (`pdf` included). */
  printerProfiles: z.record(z.string(), printerProfile),
});
export type PcPrintSettings = z.output<typeof pcPrintSettings>;

/** A stored setting that could not be read at start and was reset to its default (`*`: the whole row or file). */
export const settingsRepair = z.strictObject({ place: z.enum(['site', 'pc']), field: z.string() });
export type SettingsRepair = z.output<typeof settingsRepair>;

export const deskSettings = storedDeskSettings.extend({
  ...pcPrintSettings.shape,
  orgLogo: orgLogoView.nullable(),
  /** What start-up found unreadable and reset, since this start: the settings screen says so. */
  repairs: z.array(settingsRepair),
});
export type DeskSettings = z.output<typeof deskSettings>;

/**
 * One pair of channels for both kinds of settings, decided on purpose: the
 * screen reads and saves them together, and both need `settings.manage` to
 * change. The printer's calibration decides what every badge printed at this
 * desk looks like, so it stays with the manager and administrator rather than
 * every receptionist; main stores each field where it belongs (the site's
 * row in SQLite, this PC's file) and audits the save once. Window place and
 * zoom are this PC's too but never cross IPC: the Electron shell keeps them.
 */
export const settings = {
  get: channel({ input: () => z.strictObject({}), output: () => deskSettings, permission: 'app.view' }),
  update: channel({
    input: () => z.strictObject({
      siteName: requiredText(60).optional(),
      /** '' clears it (printouts then use the site name). */
      orgName: orgName.optional(),
      /** A new logo, or null to remove it. */
      orgLogo: logoUpload.nullable().optional(),
      locale: z.enum(LOCALES, 'invalidOption').optional(),
      printerId: printerId.optional(),
      autoPrintBadge: z.boolean('invalidType').optional(),
      idleLockMinutes: z.number('invalidType').int('invalidType').min(IDLE_LOCK_MINUTES.min, 'outOfRange').max(IDLE_LOCK_MINUTES.max, 'outOfRange').optional(),
      printerProfile: z
        .strictObject({ printerId, profile: printerProfile })
        .optional(),
    }),
    output: () => deskSettings,
    permission: 'settings.manage',
  }),
};
