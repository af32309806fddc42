import { z } from 'zod';
import { channel } from './channel';
import { day, idDocumentCheck, idDocumentShape, optionalText, phone, refineIdDocument, requiredText, text, uuid } from './fields';
import { ID_TYPES } from './id-documents';
import { identityResolution } from './identity';
import { RECEPTION_LEVELS } from './plans';

/**
 * What a badge number looks like (V + yymmdd + the desk's three letters +
 * sequence; numbers from before desk codes have no letters): lets the desk
 * tell a scan from typing.
 */
export const BADGE_NO_PATTERN = /^V\d{6}(?:[A-Z]{3})?\d{4,}$/i;

/** The longest registration time a check-in records (an hour). */
export const HANDLING_MS_MAX = 3_600_000;

/** The most rows one `visits.list` call answers with. */
export const VISIT_PAGE_MAX = 200;

/** Where a visit stands; the visits table's status column takes its values from here. */
export const VISIT_STATUSES = ['expected', 'on_site', 'checked_out', 'cancelled'] as const;

/** A walk-in registered at the desk, or a guest arriving on a reception plan (db/schema/visits.ts). */
export const VISIT_KINDS = ['walk_in', 'planned'] as const;

export const visitSummary = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  company: z.string(),
  phone: z.string(),
  idType: z.enum(ID_TYPES).nullable(),
  idMasked: z.string().nullable(),
  host: z.string(),
  purpose: z.string(),
  badgeNo: z.string(),
  status: z.enum(VISIT_STATUSES),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  badgePrints: z.number().int(),
  /** The reception plan a planned guest came with; null for walk-ins. */
  planId: z.string().nullable(),
  planTitle: z.string().nullable(),
});
export type VisitSummary = z.output<typeof visitSummary>;

/**
 * A walk-in registration: a new visitor, or a returning one picked from search
 * (personId). A returning visitor whose typed name, company, phone or ID number
 * differ from the record is refused (CONFLICT, `identityMismatch`) until the
 * call says how to resolve it (`identity`).
 */
export const checkInInput = z
  .strictObject({
    personId: uuid.optional(),
    name: requiredText(50),
    company: optionalText(100),
    phone: phone.default(''),
    host: requiredText(50),
    purpose: optionalText(200),
    privacyAck: z.literal(true, 'privacy.required'),
    ...idDocumentShape,
    /** Sent only after the receptionist saw the conflict; without it a difference is refused. */
    identity: identityResolution.optional(),
    /**
     * How long the registration took, in ms, as the desk's form measured it
     * (its first keystroke to submit); for the reports' handling time. An hour
     * at most: longer means the form was left open, not a registration.
     */
    handlingMs: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(HANDLING_MS_MAX, 'outOfRange').optional(),
  })
  .superRefine(refineIdDocument, idDocumentCheck);
export type CheckInInput = z.input<typeof checkInInput>;

/** A planned guest due today, from a confirmed or running reception plan. */
export const expectedGuest = z.object({
  planId: z.string(),
  planTitle: z.string(),
  level: z.enum(RECEPTION_LEVELS),
  arrivalAt: z.string().nullable(),
  personId: z.string(),
  name: z.string(),
  company: z.string(),
  title: z.string(),
  phone: z.string(),
  idMasked: z.string().nullable(),
  isLead: z.boolean(),
  clientName: z.string().nullable(),
  /** The plan's greeter (A), the default host at check-in. */
  greeter: z.string().nullable(),
  /** This guest's needs for this visit (diet, transport, accessibility, other), shown to the receptionist. */
  needs: z.object({ diet: z.string(), transport: z.string(), accessibility: z.string(), other: z.string() }),
  /** Set once this guest has checked in for this plan. */
  visitId: z.string().nullable(),
  badgeNo: z.string().nullable(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  /**
   * The badge of another visit this guest is on site under now (a walk-in
   * earlier, or another plan), while not yet checked in for this one: the desk
   * shows it before anyone tries, and a group check-in skips them.
   */
  onSiteBadgeNo: z.string().nullable(),
});
export type ExpectedGuest = z.output<typeof expectedGuest>;

/**
 * What a group check-in did for each guest asked for: checked in (with the new
 * badge), skipped because already on site under another visit or already
 * checked in for this one (with that badge), or failed (not on the plan's
 * guest list). One guest's trouble never holds back the rest.
 */
export const PLANNED_OUTCOMES = ['checkedIn', 'alreadyOnSite', 'alreadyCheckedIn', 'notInvited'] as const;
export type PlannedOutcome = (typeof PLANNED_OUTCOMES)[number];
export const plannedGuestOutcome = z.object({
  personId: z.string(),
  /** As the directory (or the guest's visit) has it; empty for someone unknown. */
  name: z.string(),
  outcome: z.enum(PLANNED_OUTCOMES),
  badgeNo: z.string().nullable(),
});
export type PlannedGuestOutcome = z.output<typeof plannedGuestOutcome>;
export const checkInPlannedResult = z.object({
  /** The visits made, in the order asked. */
  visits: z.array(visitSummary),
  /** One entry per distinct guest asked for, in the order asked. */
  guests: z.array(plannedGuestOutcome),
});
export type CheckInPlannedResult = z.output<typeof checkInPlannedResult>;

export const visits = {
  checkIn: channel({ input: () => checkInInput, output: () => visitSummary, permission: 'visitors.register' }),
  /**
   * One page of a desk list, newest check-in first. `query` narrows it in main
   * (name, company, host, badge, phone, purpose); `total` counts what matches,
   * `scopeTotal` the whole list (the tab's count).
   */
  list: channel({
    input: () => z.strictObject({
      scope: z.enum(['on_site', 'today'], 'invalidOption'),
      query: text(50).default(''),
      limit: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(VISIT_PAGE_MAX, 'outOfRange').default(50),
      offset: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(1_000_000, 'outOfRange').default(0),
    }),
    output: () => z.object({ rows: z.array(visitSummary), total: z.number().int(), scopeTotal: z.number().int() }),
    permission: 'desk.view',
  }),
  checkOut: channel({
    input: () => z.strictObject({ visitId: uuid }),
    output: () => visitSummary,
    permission: 'visits.checkOut',
  }),
  /** What a USB scanner types from the badge's QR code. */
  checkOutByBadge: channel({
    input: () => z.strictObject({ badgeNo: z.string('invalidType').trim().min(1, 'required').max(40, 'tooLong') }),
    output: () => visitSummary,
    permission: 'visits.checkOut',
  }),
  /** Today's planned guests (or another day's), for the desk's expected-arrivals list. */
  expected: channel({
    input: () => z.strictObject({ day: day.optional() }),
    output: () => z.array(expectedGuest),
    permission: 'desk.view',
  }),
  /**
   * Checks planned guests in, one or a whole group, on their directory records
   * (never a second record). Guests already on site or already checked in are
   * skipped, not refused with the rest; the answer says what happened to each.
   * The first arrival starts the plan.
   */
  checkInPlanned: channel({
    input: () => z.strictObject({
      planId: uuid,
      personIds: z.array(uuid, 'invalidType').min(1, 'required').max(200, 'tooMany'),
      /** Defaults to the plan's greeter, or its title. */
      host: optionalText(50),
      privacyAck: z.literal(true, 'privacy.required'),
    }),
    output: () => checkInPlannedResult,
    permission: 'visitors.register',
  }),
  /** Puts a visitor checked out by mistake back on site. */
  undoCheckOut: channel({
    input: () => z.strictObject({ visitId: uuid }),
    output: () => visitSummary,
    permission: 'visits.checkOut',
  }),
};
