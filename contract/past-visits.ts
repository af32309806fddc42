/*
 * Past visits (issue 15, DIGEST 03): a completed plan is kept read-only with
 * everything that belonged to it. A change to its record is a request with a
 * reason that a manager approves (as a document's new version is); reopening
 * one takes a manager and a reason. Both are audited.
 */

/** What a change request may touch: the plan's record, or one guest's visit on it. */
export const RECORD_CHANGE_TARGETS = ['plan', 'visit'] as const;
export type RecordChangeTarget = (typeof RECORD_CHANGE_TARGETS)[number];

export const RECORD_CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RecordChangeStatus = (typeof RECORD_CHANGE_STATUSES)[number];
