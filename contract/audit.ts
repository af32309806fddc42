import { z } from 'zod';
import { channel } from './channel';
import { day, refineDayRange, text } from './fields';

/** What narrows the log; list and export share it (and its from ≤ to rule). */
const auditFilterShape = {
  /** Inclusive local days, YYYY-MM-DD. */
  from: day.optional(),
  to: day.optional(),
  actor: text(50).optional(),
  /** An action or its prefix: `visit.` matches every visit action. */
  action: text(50).optional(),
  /** Free text within the entry's details. */
  text: text(100).optional(),
};

export const auditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.output<typeof auditEntry>;

export const audit = {
  list: channel({
    input: z
      .strictObject({
        ...auditFilterShape,
        offset: z.number('invalidType').int().min(0).default(0),
        limit: z.number('invalidType').int().min(1).max(500).default(100),
      })
      .superRefine(refineDayRange),
    output: z.object({ total: z.number().int(), entries: z.array(auditEntry), actions: z.array(z.string()) }),
    permission: 'audit.view',
  }),
  /** Walks the hash chain; names the first entry that was edited or removed behind the app's back. */
  verify: channel({
    input: z.strictObject({}),
    output: z.object({ intact: z.boolean(), checked: z.number().int(), firstBrokenSeq: z.number().int().nullable(), firstBrokenAt: z.string().nullable() }),
    permission: 'audit.view',
  }),
  /** Saves the filtered log as CSV or XLSX in the data folder's `exports/`; the export itself is audited. */
  export: channel({
    input: z.strictObject({ ...auditFilterShape, format: z.enum(['csv', 'xlsx'], 'invalidOption') }).superRefine(refineDayRange),
    output: z.object({ fileName: z.string(), fileId: z.string(), rows: z.number().int() }),
    permission: 'audit.export',
  }),
};
