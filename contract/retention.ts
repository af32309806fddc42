import { z } from 'zod';
import { channel } from './channel';
import { optionalMultilineText, uuid } from './fields';
import { requiredMultiline } from './incidents';
import { cursorOf, keyPage } from './key-paging';

/*
 * Retention and destruction (issue 15, DIGEST 03): each document class keeps
 * its documents for a period; visitors' personal data has its own period, as
 * the privacy notice says. What has expired is listed for review; destroying
 * it takes two approvals by two different managers, then the file is
 * overwritten and removed, rows are deleted or anonymised under SQLite's
 * secure delete, and a destruction record (no destroyed text in it) is kept.
 */

/** What one destruction request destroys: a document (all its versions and files), or a visitor's personal data. */
export const DESTRUCTION_ITEM_KINDS = ['document', 'person'] as const;
export type DestructionItemKind = (typeof DESTRUCTION_ITEM_KINDS)[number];

/** pending (0 or 1 approval) → approved (2, executed at once) → done; or rejected; failed keeps the request for a retry. */
export const DESTRUCTION_STATUSES = ['pending', 'rejected', 'done', 'failed'] as const;
export type DestructionStatus = (typeof DESTRUCTION_STATUSES)[number];

/** Approvals a destruction needs, by that many different managers. */
export const DESTRUCTION_APPROVALS = 2;

/** Years a visitor's personal data is kept after their last visit (the privacy notice says the same). */
export const PERSONAL_DATA_YEARS = { min: 1, max: 30, default: 3 } as const;
/** The name an anonymised person keeps: the row stays (their visits point at it), the words go. */
export const DESTROYED_NAME = '已销毁';
/** Items one request may carry: a review's page of expired items, not a bulk purge in one call. */
export const MAX_DESTRUCTION_ITEMS = 200;

export const personalDataYears = z
  .number('invalidType')
  .int('invalidType')
  .min(PERSONAL_DATA_YEARS.min, 'outOfRange')
  .max(PERSONAL_DATA_YEARS.max, 'outOfRange');

export const retentionRules = z.object({
  personalDataYears: z.number().int(),
  /** Each class's period (kept by the archive's classes; 0 = for good), shown here read-only. */
  classes: z.array(z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string(), retentionYears: z.number().int(), archived: z.boolean() })),
});
export type RetentionRules = z.output<typeof retentionRules>;

/** One expired item on the review list (its words are still there: it is not destroyed yet). */
export const expiredItem = z.object({
  kind: z.enum(DESTRUCTION_ITEM_KINDS),
  id: z.string(),
  /** The document's code; '' for a person. */
  code: z.string(),
  /** The document's title, or the person's name. */
  title: z.string(),
  /** The document's class, or the person's company. */
  detail: z.string(),
  /** The document's date, or the person's last visit (YYYY-MM-DD; null: never came). */
  since: z.string().nullable(),
  /** The last day it was to be kept. */
  keptUntil: z.string(),
  /** The pending request that already asks for it. */
  pendingCode: z.string().nullable(),
});
export type ExpiredItem = z.output<typeof expiredItem>;

const destructionFile = z.object({ contentHash: z.string(), size: z.number().int(), versionNo: z.number().int(), removed: z.boolean().nullable() });

export const destructionApproval = z.object({ name: z.string(), at: z.string(), note: z.string() });

export const destructionRecord = z.object({
  id: z.string(),
  /** `DS-YYMMDD-NNN`, numbered per local day. */
  code: z.string(),
  status: z.enum(DESTRUCTION_STATUSES),
  reason: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  approvals: z.array(destructionApproval),
  rejectedBy: z.string().nullable(),
  rejectedAt: z.string().nullable(),
  rejectNote: z.string(),
  executedAt: z.string().nullable(),
  failure: z.string(),
  items: z.array(
    z.object({
      kind: z.enum(DESTRUCTION_ITEM_KINDS),
      /** Code and class, or "visitor" and the year of the last visit: never the destroyed words. */
      label: z.string(),
      /** While the item still exists (pending): its title or name, so the approvers see what they approve. */
      current: z.string().nullable(),
      files: z.array(destructionFile),
      rows: z.record(z.string(), z.number().int()),
    }),
  ),
  totals: z.object({ documents: z.number().int(), people: z.number().int(), files: z.number().int(), bytes: z.number().int(), rows: z.number().int(), auditRedacted: z.number().int() }),
  /** Whether the signed-in user may approve or reject it now (a manager, not the requester, not one who approved). */
  canDecide: z.boolean(),
});
export type DestructionRecord = z.output<typeof destructionRecord>;

export const destructionSummary = destructionRecord.pick({ id: true, code: true, status: true, reason: true, requestedBy: true, requestedAt: true, approvals: true, executedAt: true, totals: true, canDecide: true });
export type DestructionSummary = z.output<typeof destructionSummary>;

const byId = { id: uuid };
const pageLimit = z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(200, 'outOfRange').default(50);

export const retention = {
  /** The personal-data period and each class's period. */
  rules: channel({ input: () => z.strictObject({}), output: () => retentionRules, permission: 'archive.view' }),
  /** Saves the personal-data period (class periods are saved with the class, archive.saveClass). */
  saveRules: channel({ input: () => z.strictObject({ personalDataYears }), output: () => retentionRules, permission: 'archive.manage' }),
  /** Expired documents (kept-until day passed) or people (last visit older than the period; never a client's contact or a guest of an open plan), read by key. */
  expired: channel({
    input: () => z.strictObject({
      kind: z.enum(DESTRUCTION_ITEM_KINDS, 'invalidOption'),
      cursor: cursorOf(z.tuple([z.string(), z.string()])).optional(),
      limit: pageLimit,
    }),
    output: () => keyPage(expiredItem),
    permission: 'archive.view',
  }),
  /** Asks for expired items to be destroyed; two different managers, neither the requester, must approve. */
  request: channel({
    input: () => z.strictObject({
      items: z
        .array(z.strictObject({ kind: z.enum(DESTRUCTION_ITEM_KINDS, 'invalidOption'), id: uuid }), 'invalidType')
        .min(1, 'required')
        .max(MAX_DESTRUCTION_ITEMS, 'tooMany'),
      reason: requiredMultiline(500),
    }),
    output: () => destructionRecord,
    permission: 'archive.destroy',
  }),
  /** One approval; the second (by another manager) carries the destruction out at once. A failed one is retried by approving again. */
  approve: channel({ input: () => z.strictObject({ ...byId, note: optionalMultilineText(500) }), output: () => destructionRecord, permission: 'archive.approve' }),
  reject: channel({ input: () => z.strictObject({ ...byId, note: requiredMultiline(500) }), output: () => destructionRecord, permission: 'archive.approve' }),
  list: channel({
    input: () => z.strictObject({ status: z.enum(DESTRUCTION_STATUSES, 'invalidOption').optional(), cursor: cursorOf(z.tuple([z.string(), z.string()])).optional(), limit: pageLimit }),
    output: () => keyPage(destructionSummary),
    permission: 'archive.view',
  }),
  get: channel({ input: () => z.strictObject(byId), output: () => destructionRecord, permission: 'archive.view' }),
};
