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
