import { z } from 'zod';
import { MAX_BACKUP_TARGETS } from '../../contract/backup';
import { SAVE_AS_PDF } from '../../contract/print';
import { pcPrintSettings } from '../../contract/settings';
import { printerProfileFor } from '../../contract/settings';

/** The window's last place and size on this PC's screens (its normal bounds when maximized). */
export const windowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.output<typeof windowState>;

export const ZOOM_MIN = 0.5;
export const ZOOM_MAX = 2;

/**
 * The one schema of this PC's settings file, for both shells (electron-store
 * in Electron, a JSON file of the same shape in the web shell). Each field is
 * read on its own (main/core/repair-fields.ts), so one bad field never costs
 * the others.
 */
export const storedPcSettings = pcPrintSettings.extend({
  /** null until the window was first closed. */
  window: windowState.nullable(),
  zoomFactor: z.number().min(ZOOM_MIN).max(ZOOM_MAX),
  /** Folders on this PC (a USB disk, a network share) its snapshots are copied to. */
  backupTargets: z.array(z.object({ id: z.string(), folder: z.string() })).max(MAX_BACKUP_TARGETS),
});
export type PcSettings = z.output<typeof storedPcSettings>;

export const DEFAULT_PC_SETTINGS: PcSettings = {
  printerId: SAVE_AS_PDF,
  autoPrintBadge: true,
  printerProfiles: { [SAVE_AS_PDF]: printerProfileFor({ printerProfiles: {} }, SAVE_AS_PDF) },
  window: null,
  zoomFactor: 1,
  backupTargets: [],
};

/**
 * The file's schema version, stored beside the settings as `version`. Each
 * step is a migration that runs once, in order, at start:
 * 1. the printer, its profiles and auto-print move here from the site's
 *    settings row in SQLite (main/services/settings/settings-at-start.ts),
 *    where the first releases kept them.
 * A file from a newer app is read field by field and its unknown keys are kept
 * on every write, so going back a version loses nothing the newer one stored.
 */
export const PC_SETTINGS_VERSION = 1;
