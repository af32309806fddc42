import { z } from 'zod';
import { channel } from './channel';
import { idDocumentCheck, idDocumentShape, optionalText, phone, refineIdDocument, requiredText, uuid } from './fields';
import { ID_TYPES } from './id-documents';

/** What a badge number looks like (V + yymmdd + sequence): lets the desk tell a scan from typing. */
export const BADGE_NO_PATTERN = /^V\d{10,}$/i;

export const VISIT_STATUSES = ['expected', 'on_site', 'checked_out', 'cancelled'] as const;

export const visitSummary = z.object({
  id: z.string(),
  visitorId: z.string(),
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
});
export type VisitSummary = z.output<typeof visitSummary>;

/** A walk-in registration: a new visitor, or a returning one picked from search (visitorId). */
export const checkInInput = z
  .strictObject({
    visitorId: uuid.optional(),
    name: requiredText(50),
    company: optionalText(100),
    phone: phone.default(''),
    host: requiredText(50),
    purpose: optionalText(200),
    privacyAck: z.literal(true, 'privacy.required'),
    ...idDocumentShape,
  })
  .superRefine(refineIdDocument, idDocumentCheck);
export type CheckInInput = z.input<typeof checkInInput>;

export const visits = {
  checkIn: channel({ input: checkInInput, output: visitSummary, permission: 'visitors.register' }),
  list: channel({
    input: z.strictObject({ scope: z.enum(['on_site', 'today'], 'invalidOption') }),
    output: z.array(visitSummary),
    permission: 'desk.view',
  }),
  checkOut: channel({
    input: z.strictObject({ visitId: uuid }),
    output: visitSummary,
    permission: 'visits.checkOut',
  }),
  /** What a USB scanner types from the badge's QR code. */
  checkOutByBadge: channel({
    input: z.strictObject({ badgeNo: z.string('invalidType').trim().min(1, 'required').max(40, 'tooLong') }),
    output: visitSummary,
    permission: 'visits.checkOut',
  }),
  /** Puts a visitor checked out by mistake back on site. */
  undoCheckOut: channel({
    input: z.strictObject({ visitId: uuid }),
    output: visitSummary,
    permission: 'visits.checkOut',
  }),
};
