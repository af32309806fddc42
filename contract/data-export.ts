/**
 * Exports (issue 16): visits, visitors, plans, clients and people to .xlsx or
 * CSV with the filters on screen. A job runs in main in slices (the desk keeps
 * answering), shows its progress and may be cancelled; the finished file is
 * handed over with `files.deliver`. ID numbers are masked unless a full export
 * is asked for, which needs `data.exportFull` and a reason (main checks both).
 */
import { z } from 'zod';
import { channel } from './channel';
import { CLIENT_TIERS } from './clients';
import { day, refineDayRange, requiredText, text, uuid } from './fields';
import { PLAN_STATUSES } from './plans';
import { VISIT_KINDS, VISIT_STATUSES } from './visits';

export const EXPORT_DATASETS = ['visits', 'visitors', 'plans', 'clients', 'people'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The most rows one export writes; a larger selection is refused before anything is written. */
export const EXPORT_MAX_ROWS = 200_000;

const query = text(50).optional();
const flag = z.boolean('invalidType').optional();

/** The desk's visit lists and the past visits: days (visit day, inclusive), status, kind, plan, keyword. */
export const visitExportFilters = z
  .strictObject({
    /** One of the desk's own lists, as `visits.list` scopes it: who is on site now, or everyone registered today (main's today). */
    scope: z.enum(['on_site', 'today'], 'invalidOption').optional(),
    from: day.optional(),
    to: day.optional(),
    status: z.enum(VISIT_STATUSES, 'invalidOption').optional(),
    kind: z.enum(VISIT_KINDS, 'invalidOption').optional(),
    planId: uuid.optional(),
    /** As the desk's list filter reads it: name, company, host, badge, phone, purpose. */
    query,
  })
  .superRefine(refineDayRange);

/** People who visited in a range of days (each once, with their visits counted), found as the directory finds them. */
export const visitorExportFilters = z.strictObject({ from: day.optional(), to: day.optional(), query }).superRefine(refineDayRange);

/** The plans list's filters, and one client. */
export const planExportFilters = z
  .strictObject({
    from: day.optional(),
    to: day.optional(),
    status: z.array(z.enum(PLAN_STATUSES, 'invalidOption'), 'invalidType').max(PLAN_STATUSES.length, 'tooMany').optional(),
    clientId: uuid.optional(),
    query,
    unscheduled: flag,
  })
  .superRefine(refineDayRange);

/** The clients directory's filters; archived clients only when asked for. */
export const clientExportFilters = z.strictObject({ tier: z.enum(CLIENT_TIERS, 'invalidOption').optional(), query, includeArchived: flag });

/** The people directory's filters. */
export const personExportFilters = z.strictObject({ query, withoutClient: flag });

/** A full export (ID numbers in full): why, kept in the log. */
export const fullExport = z.strictObject({ reason: requiredText(500) });

const common = { format: z.enum(EXPORT_FORMATS, 'invalidOption'), full: fullExport.optional() };

export const exportRequest = z.discriminatedUnion(
  'dataset',
  [
    z.strictObject({ dataset: z.literal('visits'), filters: visitExportFilters, ...common }),
    z.strictObject({ dataset: z.literal('visitors'), filters: visitorExportFilters, ...common }),
    z.strictObject({ dataset: z.literal('plans'), filters: planExportFilters, ...common }),
    z.strictObject({ dataset: z.literal('clients'), filters: clientExportFilters, ...common }),
    z.strictObject({ dataset: z.literal('people'), filters: personExportFilters, ...common }),
  ],
  'invalidOption',
);
export type ExportRequest = z.input<typeof exportRequest>;
/** Each dataset's filters as a screen fills them in (a dialog opened from a list is prefilled with that list's). */
export interface ExportFilters {
  visits: z.input<typeof visitExportFilters>;
  visitors: z.input<typeof visitorExportFilters>;
  plans: z.input<typeof planExportFilters>;
  clients: z.input<typeof clientExportFilters>;
  people: z.input<typeof personExportFilters>;
}

export const EXPORT_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

export const exportProgress = z.object({
  jobId: z.string(),
  state: z.enum(EXPORT_STATES),
  /** Rows written so far, of `total` (counted when the job started). */
  rows: z.number().int(),
  total: z.number().int(),
  /** When done: the file for `files.deliver`, the caller's own for minutes. */
  fileId: z.string().nullable(),
  fileName: z.string().nullable(),
  /** When failed: an error code (contract/result.ts), shown translated. */
  error: z.string().nullable(),
});
export type ExportProgress = z.output<typeof exportProgress>;

const jobRef = z.strictObject({ jobId: uuid });

export const dataExport = {
  /** Starts an export in the background; `progress` follows it. A full export also needs `data.exportFull` (checked in main). */
  start: channel({ input: () => exportRequest, output: () => z.object({ jobId: z.string(), total: z.number().int() }), permission: 'data.export' }),
  /** Where the caller's own export stands. */
  progress: channel({ input: () => jobRef, output: () => exportProgress, permission: 'data.export' }),
  /** Stops the caller's running export; nothing of it is kept. */
  cancel: channel({ input: () => jobRef, output: () => exportProgress, permission: 'data.export' }),
};
