import { z } from 'zod';
import { channel } from './channel';
import { day, refineDayRange, text, uuid } from './fields';
import { cappedCount, cursorOf } from './key-paging';
import { ERROR_CODES } from './result';

/** What narrows the log; list and export share it (and its from ≤ to rule). */
const auditFilterShape = {
  /** Inclusive local days, YYYY-MM-DD. */
  from: day.optional(),
  to: day.optional(),
  actor: text(50).optional(),
  /** An action or its prefix: `visit.` matches every visit action. */
  action: text(50).optional(),
  /** Free text within the entry's details, or a visitor's exact name or badge number (their entries name neither: the visit row does). */
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
  /**
   * The entry's record named as it is now (a visit: visitor · badge number; a
   * document: code · title …), read by key when the entry is listed: details
   * no longer repeat what the record's row holds. Null for kinds without a
   * name and for a record that retention destroyed.
   */
  subject: z.string().nullable(),
});
export type AuditEntryView = z.output<typeof auditEntry>;

/** Where a page of the log starts: the list order's key (at, device, the device's own number) of the last entry read. */
export const auditCursor = cursorOf(z.tuple([z.string('invalidType').max(40), z.string('invalidType').max(100), z.number('invalidType').int()], 'invalidType'));
export type AuditKey = z.output<typeof auditCursor>;

/** The audit seal compared with the chain (main/audit/seal.ts): `sealed` is the entry the seal names, `found` this desk's newest entry. */
export const sealCheck = z.object({
  state: z.enum(['ok', 'short', 'forged', 'missing', 'unchecked']),
  sealed: z.object({ deviceSeq: z.number().int(), at: z.string() }).nullable(),
  found: z.object({ deviceSeq: z.number().int() }),
});
export type SealCheckView = z.output<typeof sealCheck>;

/**
 * The seal now, and what this run found (at start, or later while sealing):
 * a chain shorter than its seal or a seal not written by this desk. Start-up
 * seals the head again after telling it (and audits it), so `now` turns ok
 * while `reported` keeps the finding for this run.
 */
export const sealReport = sealCheck.extend({
  reported: sealCheck.extend({ state: z.enum(['short', 'forged']), at: z.string() }).nullable(),
});
export type SealReport = z.output<typeof sealReport>;

export const VERIFY_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
/** Why a verify read every entry (main/audit/verify-checkpoint.ts): asked for; no checkpoint yet; a bad one (forged, or naming entries no longer there); the backup key not open. */
export const VERIFY_FULL_REASONS = ['asked', 'none', 'bad', 'sealed'] as const;

/** A verify job (main/services/audit/audit-verify.ts): its progress, and once done its verdict. */
export const verifyProgress = z.object({
  jobId: z.string(),
  state: z.enum(VERIFY_STATES),
  /** Entries checked so far, of `total` (from each device's newest entry when the job started). */
  checked: z.number().int(),
  total: z.number().int(),
  /** incremental: only entries after `fromEntries` already verified (at `fromAt`); full: every entry, for `fullReason`. */
  mode: z.enum(['full', 'incremental']),
  fullReason: z.enum(VERIFY_FULL_REASONS).nullable(),
  fromEntries: z.number().int(),
  fromAt: z.string().nullable(),
  /** When the last full verify found the log intact (this one, once done and intact), if known. */
  lastFullAt: z.string().nullable(),
  /** When done. The hash chain alone: no entry edited, none removed in the middle (null until done). */
  intact: z.boolean().nullable(),
  /** The first broken entry in the log's time order, and how many are broken. */
  firstBrokenSeq: z.number().int().nullable(),
  firstBrokenAt: z.string().nullable(),
  brokenCount: z.number().int(),
  /** When done: the chain's end against its seal (entries removed at the end, or lost with the WAL, show here). */
  seal: sealReport.nullable(),
  /** When failed: an error code, shown translated. */
  error: z.enum(ERROR_CODES).nullable(),
});
export type VerifyProgress = z.output<typeof verifyProgress>;

const verifyJobRef = z.strictObject({ jobId: uuid });

export const audit = {
  /**
   * The log newest first, one page read by key: pass `nextCursor` back as
   * `cursor` for the next. `count: true` adds how many entries match (capped).
   */
  list: channel({
    input: () => z
      .strictObject({
        ...auditFilterShape,
        cursor: auditCursor.optional(),
        limit: z.number('invalidType').int().min(1).max(500).default(100),
        count: z.boolean('invalidType').optional(),
      })
      .superRefine(refineDayRange),
    output: () =>
      z.object({
        entries: z.array(auditEntry),
        nextCursor: z.string().nullable(),
        count: cappedCount.optional(),
        /**
         * A text search checks one window of entries per call (main stays free
         * for the desk): set where this page stopped short at its window, to the
         * time of the oldest entry searched so far; `nextCursor` goes on from it.
         * Text searches are not counted.
         */
        searchedTo: z.string().optional(),
      }),
    permission: 'audit.view',
  }),
  /** Every action the log holds, for the filter (kept in a small table beside the log, never read from the log itself). */
  actions: channel({ input: () => z.strictObject({}), output: () => z.array(z.string()), permission: 'audit.view' }),
  /**
   * Starts walking the hash chain in main, in slices (the desk keeps answering);
   * `verifyProgress` follows it. Incremental (only the entries after the sealed
   * checkpoint of the last intact run) unless `full` or there is no good checkpoint.
   */
  verifyStart: channel({
    input: () => z.strictObject({ full: z.boolean('invalidType').optional() }),
    output: () => z.object({ jobId: z.string(), total: z.number().int() }),
    permission: 'audit.view',
  }),
  /** Where the caller's verify stands, and its verdict once done. */
  verifyProgress: channel({ input: () => verifyJobRef, output: () => verifyProgress, permission: 'audit.view' }),
  /** Stops the caller's running verify; it finds nothing and remembers nothing. */
  verifyCancel: channel({ input: () => verifyJobRef, output: () => verifyProgress, permission: 'audit.view' }),
  /** Saves the filtered log as CSV or XLSX in the data folder's `exports/`; the export itself is audited. */
  export: channel({
    input: () => z.strictObject({ ...auditFilterShape, format: z.enum(['csv', 'xlsx'], 'invalidOption') }).superRefine(refineDayRange),
    output: () => z.object({ fileName: z.string(), fileId: z.string(), rows: z.number().int() }),
    permission: 'audit.export',
  }),
};
