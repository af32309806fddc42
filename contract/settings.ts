import { z } from 'zod';
import { channel } from './channel';
import { requiredText } from './fields';
import { LOCALES, printerId } from './print';

export const printerProfile = z.strictObject({
  layoutId: z.string('invalidType').max(40, 'tooLong'),
  offsetXMm: z.number('invalidType').min(-10, 'outOfRange').max(10, 'outOfRange'),
  offsetYMm: z.number('invalidType').min(-10, 'outOfRange').max(10, 'outOfRange'),
});
export type PrinterProfile = z.output<typeof printerProfile>;

export const deskSettings = z.object({
  siteName: z.string(),
  locale: z.enum(LOCALES),
  printerId: z.string(),
  autoPrintBadge: z.boolean(),
  /** The desk locks itself after this many minutes without keyboard or mouse input. */
  idleLockMinutes: z.number().int(),
  /** Keyed by printer id (`pdf` included). */
  printerProfiles: z.record(z.string(), printerProfile),
});
export type DeskSettings = z.output<typeof deskSettings>;

export const settings = {
  get: channel({ input: z.strictObject({}), output: deskSettings, permission: 'app.view' }),
  update: channel({
    input: z.strictObject({
      siteName: requiredText(60).optional(),
      locale: z.enum(LOCALES, 'invalidOption').optional(),
      printerId: printerId.optional(),
      autoPrintBadge: z.boolean('invalidType').optional(),
      idleLockMinutes: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(240, 'outOfRange').optional(),
      printerProfile: z
        .strictObject({ printerId, profile: printerProfile })
        .optional(),
    }),
    output: deskSettings,
    permission: 'settings.manage',
  }),
};
