/*
 * Past visits (issue 15, DIGEST 03): a completed plan is kept read-only with
 * everything that belonged to it. A change to its record is a request with a
 * reason that a manager approves (as a document's new version is); reopening
 * one takes a manager and a reason. Both are audited.
 */
import { z } from 'zod';
import { SECURITY_LEVELS, VERSION_STATUSES } from './archive';
import { auditEntry } from './audit';
import { channel } from './channel';
import { planChecklists } from './checklists';
import { day, multilineText, refineDayRange, requiredText, text, uuid } from './fields';
import { cursorOf, keyPage } from './key-paging';
import { localDateTime, planDetail, planFields, PLAN_STATUSES } from './plans';
import { checkInInput, VISIT_STATUSES } from './visits';

/** What a change request may touch: the plan's record, or one guest's visit on it. */
export const RECORD_CHANGE_TARGETS = ['plan', 'visit'] as const;
export type RecordChangeTarget = (typeof RECORD_CHANGE_TARGETS)[number];

export const RECORD_CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RecordChangeStatus = (typeof RECORD_CHANGE_STATUSES)[number];


/** A past visit is a plan in one of these: its record no longer changes except through an approved change. */
export const PAST_PLAN_STATUSES = ['completed', 'archived'] as const;
export function isPastPlan(status: string): boolean {
  return (PAST_PLAN_STATUSES as readonly string[]).includes(status);
}

/**
 * The fields a change request may touch, each under the same rule its form
 * uses (plans.update, check-in). A plan's times, guests or client are its
 * history: those go through a reopening, not a change.
 */
export const planChangeValues = z
  .strictObject({
    title: planFields.title.optional(),
    purpose: multilineText(500).optional(),
    notes: multilineText(2000).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'required', path: ['title'] });
export const visitChangeValues = z
  .strictObject({
    host: checkInInput.shape.host.optional(),
    purpose: text(200).optional(),
    /** Local `YYYY-MM-DDTHH:mm`; must come after the check-in. */
    checkOutAt: localDateTime.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'required', path: ['host'] });
export const PLAN_CHANGE_FIELDS = ['title', 'purpose', 'notes'] as const;
export const VISIT_CHANGE_FIELDS = ['host', 'purpose', 'checkOutAt'] as const;
export type ChangeField = (typeof PLAN_CHANGE_FIELDS)[number] | (typeof VISIT_CHANGE_FIELDS)[number];

/** Why: required for every request, reopening and rejection; kept in the record and the log. */
export const changeReason = requiredText(500);
/** A decision's note (required to reject). */
export const decisionNote = text(500);

/** One field's change: the value the requester saw, and the new one. */
export const fieldChange = z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() });

export const recordChange = z.object({
  id: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  target: z.enum(RECORD_CHANGE_TARGETS),
  targetId: z.string(),
  /** The visit's guest, for a visit's change; null for the plan's. */
  targetName: z.string().nullable(),
  changes: z.array(fieldChange),
  reason: z.string(),
  status: z.enum(RECORD_CHANGE_STATUSES),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string(),
  /** Whether the signed-in user may decide it (a manager who did not ask for it, while it is pending). */
  mayDecide: z.boolean(),
});
export type RecordChange = z.output<typeof recordChange>;

export const pastVisitSummary = z.object({
  id: z.string(),
  title: z.string(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  arrivalAt: z.string().nullable(),
  departureAt: z.string().nullable(),
  guestCount: z.number().int(),
  pendingChanges: z.number().int(),
});
export type PastVisitSummary = z.output<typeof pastVisitSummary>;

export const pastVisitGuestVisit = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  company: z.string(),
  host: z.string(),
  purpose: z.string(),
  badgeNo: z.string(),
  status: z.enum(VISIT_STATUSES),
  /** Local `YYYY-MM-DDTHH:mm`, or null. */
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
});
export type PastVisitGuestVisit = z.output<typeof pastVisitGuestVisit>;

export const pastVisitFile = z.object({
  plan: planDetail,
  visits: z.array(pastVisitGuestVisit),
  checklists: planChecklists,
  incidents: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), category: z.string(), tier: z.string(), status: z.string(), receivedAt: z.string(), resolvedAt: z.string().nullable(), resolution: z.string() })),
  feedbackRequests: z.array(z.object({ id: z.string(), code: z.string(), status: z.string(), dueAt: z.string(), ownerName: z.string(), guestName: z.string().nullable() })),
  feedbackResponses: z.array(z.object({ id: z.string(), channel: z.string(), respondentName: z.string(), score: z.number().nullable(), redAlert: z.boolean(), givenAt: z.string(), comment: z.string() })),
  /** Documents filed against the plan or one of its visits; confidential ones only for `archive.confidential`. */
  documents: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      /** The document class, in both languages (the English name may be empty). */
      className: z.object({ zh: z.string(), en: z.string() }),
      security: z.enum(SECURITY_LEVELS),
      versions: z.array(z.object({ versionNo: z.number().int(), status: z.enum(VERSION_STATUSES), fileName: z.string(), size: z.number().int(), contentHash: z.string(), submittedBy: z.string(), submittedAt: z.string() })),
    }),
  ),
  /** Badges printed for its visits (the reprint log). */
  badgePrints: z.array(z.object({ at: z.string(), guestName: z.string(), badgeNo: z.string(), layoutId: z.string(), printerId: z.string(), isReprint: z.boolean(), operator: z.string() })),
  changes: z.array(recordChange),
  /** The log's entries about the plan and its visits, oldest first; empty for a user without audit.view. */
  audit: z.array(auditEntry),
  mayRequestChange: z.boolean(),
  mayReopen: z.boolean(),
});
export type PastVisitFile = z.output<typeof pastVisitFile>;

const listKey = z.tuple([z.string().nullable(), z.string()]);

export const pastVisits = {
  /** Completed and archived plans, newest first, read by key; `query` through the search engine as the plan list does. */
  list: channel({
    input: () => z
      .strictObject({
        query: text(100).optional(),
        clientId: uuid.optional(),
        from: day.optional(),
        to: day.optional(),
        status: z.enum(PAST_PLAN_STATUSES, 'invalidOption').optional(),
        cursor: cursorOf(listKey).optional(),
        limit: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(200, 'outOfRange').default(50),
      })
      .superRefine(refineDayRange),
    output: () => keyPage(pastVisitSummary),
    permission: 'archive.view',
  }),
  /** Everything that belonged to one past visit. */
  file: channel({ input: () => z.strictObject({ planId: uuid }), output: () => pastVisitFile, permission: 'archive.view' }),
  /** Back to in progress, by a manager with a reason (audited as pastVisit.reopen). */
  reopen: channel({ input: () => z.strictObject({ planId: uuid, reason: changeReason }), output: () => planDetail, permission: 'archive.approve' }),
  /** Proposes new values for the plan's record or one of its visits; a manager other than the requester decides. */
  requestChange: channel({
    input: () => z.discriminatedUnion('target', [
      z.strictObject({ target: z.literal('plan'), planId: uuid, values: planChangeValues, reason: changeReason }),
      z.strictObject({ target: z.literal('visit'), planId: uuid, visitId: uuid, values: visitChangeValues, reason: changeReason }),
    ], 'invalidOption'),
    output: () => recordChange,
    permission: 'plans.manage',
  }),
  /** Approves (the values applied in the same write) or rejects (a note required) a pending change. */
  decideChange: channel({
    input: () => z
      .strictObject({ id: uuid, decision: z.enum(['approve', 'reject'], 'invalidOption'), note: decisionNote.default('') })
      .refine((i) => i.decision === 'approve' || i.note.trim() !== '', { message: 'required', path: ['note'] }),
    output: () => recordChange,
    permission: 'archive.approve',
  }),
  /** One plan's changes, or every pending one (newest first). */
  changes: channel({
    input: () => z
      .strictObject({ planId: uuid.optional(), pending: z.boolean('invalidType').default(false), limit: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(200, 'outOfRange').default(100) })
      .refine((i) => i.planId !== undefined || i.pending, { message: 'required', path: ['planId'] }),
    output: () => z.array(recordChange),
    permission: 'archive.view',
  }),
};
