import { z } from 'zod';
import { channel } from './channel';
import { uuid } from './fields';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const badgeLayout = z.object({
  id: z.string(),
  /** Page (label or sheet) size, in millimetres. */
  pageWidthMm: z.number(),
  pageHeightMm: z.number(),
  /** One badge's size; equal to the page for labels, smaller for sheets. */
  badgeWidthMm: z.number(),
  badgeHeightMm: z.number(),
  columns: z.number().int(),
  rows: z.number().int(),
  kind: z.enum(['label', 'sheet']),
});
export type BadgeLayout = z.output<typeof badgeLayout>;

export const printerInfo = z.object({ id: z.string(), name: z.string(), isDefault: z.boolean() });
export type PrinterInfo = z.output<typeof printerInfo>;

/** The pseudo-printer that saves a PDF instead of printing. */
export const SAVE_AS_PDF = 'pdf';

export const badgeView = z.object({
  name: z.string(),
  company: z.string(),
  host: z.string(),
  date: z.string(),
  badgeNo: z.string(),
});
export type BadgeView = z.output<typeof badgeView>;

export const printJobPayload = z.object({
  kind: z.literal('badges'),
  locale: z.enum(LOCALES),
  siteName: z.string(),
  layout: badgeLayout,
  /** Per-printer calibration, in millimetres. */
  offsetXMm: z.number(),
  offsetYMm: z.number(),
  badges: z.array(badgeView),
});
export type PrintJobPayload = z.output<typeof printJobPayload>;

export const print = {
  options: channel({
    input: z.strictObject({}),
    output: z.object({ layouts: z.array(badgeLayout), printers: z.array(printerInfo) }),
    permission: 'badges.print',
  }),
  badges: channel({
    input: z.strictObject({
      visitIds: z.array(uuid, 'invalidType').min(1, 'required').max(100, 'tooMany'),
      layoutId: z.string('invalidType').max(40, 'tooLong'),
      printerId: z.string('invalidType').min(1, 'required').max(200, 'tooLong'),
      locale: z.enum(LOCALES, 'invalidOption'),
      /** Must be true to print a badge that was printed before; each reprint is logged. */
      confirmReprint: z.boolean('invalidType').default(false),
    }),
    output: z.object({
      outcome: z.enum(['printed', 'saved']),
      fileName: z.string().nullable(),
      badges: z.number().int(),
      pages: z.number().int(),
      reprints: z.number().int(),
    }),
    permission: 'badges.print',
  }),
  /** Read by the print route the main process renders; jobs live a few minutes in memory. */
  job: channel({
    input: z.strictObject({ jobId: uuid }),
    output: printJobPayload,
    permission: 'badges.print',
  }),
};
