import { z } from 'zod';
import { channel } from './channel';
import { day, text, uuid, withoutForbiddenChars } from './fields';
import { DEPARTMENTS, DESK_DEPARTMENT, ITEM_STATUSES } from './checklists';
import { feedbackTemplate } from './feedback';
import { followupDetail } from './followups';
import { incidentDetail } from './incidents';
import { pastVisitFile } from './past-visits';
import { destructionRecord } from './retention';
import { handlingReport, peakHoursReport, preferencesReport, serviceReport, visitsReport } from './reports';
import { bookingView, needs, PLAN_STATUSES, PLAN_WARNINGS, planGuest, RECEPTION_LEVELS, teamMemberView } from './plans';

import { LOCALES } from './locales';

export { LOCALES, type Locale } from './locales';

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

/** Badges of checked-in visitors, at a label's or sheet's exact size. */
export const badgesJob = z.object({
  kind: z.literal('badges'),
  locale: z.enum(LOCALES),
  /** The header's name: the host organisation (or the site's name until it is set). */
  hostName: z.string(),
  layout: badgeLayout,
  /** Per-printer calibration, in millimetres. */
  offsetXMm: z.number(),
  offsetYMm: z.number(),
  badges: z.array(badgeView),
});
export type BadgesJob = z.output<typeof badgesJob>;

/** A plan's printouts; the daily schedule is printed per day, not per plan. */
export const PLAN_DOCUMENTS = ['itinerary', 'welcomeSign'] as const;
export type PlanDocument = (typeof PLAN_DOCUMENTS)[number];
/** The guests' itinerary leaves out everything internal; the team's has it all. */
export const ITINERARY_AUDIENCES = ['guests', 'team'] as const;
export type ItineraryAudience = (typeof ITINERARY_AUDIENCES)[number];

/** Every A4 document: its language, whose paper it is, and when it was printed (local `YYYY-MM-DDTHH:mm`). */
const documentBase = {
  locale: z.enum(LOCALES),
  /** The desk's own name: the guests' contact when there is no greeter. */
  siteName: z.string(),
  /** The host organisation, named on the masthead and the welcome sign (the site's name until it is set). */
  hostName: z.string(),
  /** Its logo as a data URL, checked by main; null when there is none. */
  hostLogo: z.string().nullable(),
  printedAt: z.string(),
};

const visitHeading = z.object({
  title: z.string(),
  clientName: z.string().nullable(),
  arrivalAt: z.string().nullable(),
  departureAt: z.string().nullable(),
  /** The party's size: the guest list, or the expected headcount when more are coming than are named. */
  headcount: z.number().int(),
});
const leadGuest = z.object({ name: z.string(), title: z.string() }).nullable();

/*
 * What the guests' copy may show. The router parses every payload with these
 * schemas, so a field that is not listed here (notes, staff phones, ID numbers)
 * can never reach a guest's paper, whatever the service put in.
 */
const guestItem = z.object({ startsAt: z.string(), endsAt: z.string(), activity: z.string(), place: z.string() });
const teamItem = guestItem.extend({ responsible: z.string(), notes: z.string() });
const itineraryShared = {
  kind: z.literal('itinerary'),
  ...documentBase,
  leadGuest,
  /** The guests' point of contact: the greeter (A角), or nobody (then the site). */
  contact: z.object({ name: z.string(), phone: z.string() }).nullable(),
  /** Where the visit starts: the first item's place, or '' when it has none. */
  meetingPoint: z.string(),
};

export const guestItineraryJob = z.object({
  ...itineraryShared,
  audience: z.literal('guests'),
  visit: visitHeading,
  items: z.array(guestItem),
});
export type GuestItineraryJob = z.output<typeof guestItineraryJob>;

const printedGuest = planGuest.pick({ name: true, title: true, company: true, phone: true, isLead: true, needs: true });
const printedMember = teamMemberView.pick({ role: true, customLabel: true, primaryName: true, primaryPhone: true, backupName: true, backupPhone: true });
const printedBooking = bookingView.pick({ resourceName: true, kind: true, startsAt: true, endsAt: true, spare: true });
export type PrintedMember = z.output<typeof printedMember>;
export type PrintedBooking = z.output<typeof printedBooking>;

export const teamItineraryJob = z.object({
  ...itineraryShared,
  audience: z.literal('team'),
  visit: visitHeading.extend({
    status: z.enum(PLAN_STATUSES),
    level: z.enum(RECEPTION_LEVELS),
    purpose: z.string(),
    needs,
    notes: z.string(),
  }),
  items: z.array(teamItem),
  team: z.array(printedMember),
  guests: z.array(printedGuest),
  bookings: z.array(printedBooking),
  /** Warnings still open when it was printed. */
  warnings: z.array(z.enum(PLAN_WARNINGS)),
});
export type TeamItineraryJob = z.output<typeof teamItineraryJob>;

export const itineraryJob = z.discriminatedUnion('audience', [guestItineraryJob, teamItineraryJob]);
export type ItineraryJob = z.output<typeof itineraryJob>;

/** One visit on the front desk's daily sheet. */
const scheduledVisit = z.object({
  title: z.string(),
  clientName: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  level: z.enum(RECEPTION_LEVELS),
  arrivalAt: z.string().nullable(),
  departureAt: z.string().nullable(),
  /** When the desk first meets the visit that day: its arrival, or its first item for a visit that began earlier. */
  meetsAt: z.string(),
  headcount: z.number().int(),
  leadGuest,
  greeter: printedMember.omit({ role: true, customLabel: true }).nullable(),
  /** Rooms and vehicles held for this day. */
  bookings: z.array(printedBooking),
  /** This day's itinerary items. */
  items: z.array(guestItem),
});
export type ScheduledVisit = z.output<typeof scheduledVisit>;

export const dayScheduleJob = z.object({
  kind: z.literal('daySchedule'),
  ...documentBase,
  day: z.string(),
  /** In the order the desk meets them: by first time on the day. */
  visits: z.array(scheduledVisit),
});
export type DayScheduleJob = z.output<typeof dayScheduleJob>;

export const welcomeSignJob = z.object({
  kind: z.literal('welcomeSign'),
  ...documentBase,
  clientName: z.string().nullable(),
  /** Named on the sign when the plan has no client organization. */
  leadGuest,
  /** "一行" (and party) only when more than one is coming. */
  headcount: z.number().int(),
  arrivalAt: z.string().nullable(),
  departureAt: z.string().nullable(),
});
export type WelcomeSignJob = z.output<typeof welcomeSignJob>;

const localTextOut = z.object({ zh: z.string(), en: z.string() });

/** One item on a paper checklist: a box to tick by hand, and what is known so far. */
const printedItem = z.object({
  section: localTextOut,
  text: localTextOut,
  required: z.boolean(),
  department: z.enum(DEPARTMENTS),
  assigneeName: z.string(),
  dueAt: z.string().nullable(),
  status: z.enum(ITEM_STATUSES),
  note: z.string(),
});
export type PrintedItem = z.output<typeof printedItem>;

/** A4 checklist for a walk-through with a clipboard: one plan's lists, or one day's items across plans. */
export const checklistJob = z.object({
  kind: z.literal('checklist'),
  ...documentBase,
  /** The day asked for, or null for one plan's lists. */
  day: z.string().nullable(),
  department: z.enum(DEPARTMENTS).nullable(),
  lists: z.array(
    z.object({
      planTitle: z.string(),
      clientName: z.string().nullable(),
      arrivalAt: z.string().nullable(),
      listName: localTextOut,
      items: z.array(printedItem),
    }),
  ),
});
export type ChecklistJob = z.output<typeof checklistJob>;

/** A department's hand-off sheet (DIGEST 05): its items for one visit, who to call back, and signature lines. */
export const handoffJob = z.object({
  kind: z.literal('handoff'),
  ...documentBase,
  department: z.enum(DEPARTMENTS),
  visit: visitHeading,
  /** Who at the desk takes the sheet back: the greeter, or the signed-in operator. */
  contact: z.object({ name: z.string(), phone: z.string() }),
  items: z.array(printedItem),
});
export type HandoffJob = z.output<typeof handoffJob>;

/** Everyone on site now, large, for the assembly point (DIGEST 01 emergencies). */
export const rollCallJob = z.object({
  kind: z.literal('rollCall'),
  ...documentBase,
  assemblyPoint: z.string(),
  people: z.array(
    z.object({
      name: z.string(),
      company: z.string(),
      host: z.string(),
      /** Local `YYYY-MM-DDTHH:mm`. */
      arrivedAt: z.string(),
      badgeNo: z.string(),
      planTitle: z.string().nullable(),
    }),
  ),
});
export type RollCallJob = z.output<typeof rollCallJob>;

/** An incident's report on A4: what happened, who handled it when, the timeline and the call-back (DIGEST 02). */
export const incidentReportJob = z.object({
  kind: z.literal('incidentReport'),
  ...documentBase,
  incident: incidentDetail,
});
export type IncidentReportJob = z.output<typeof incidentReportJob>;

/** Follow-up sheets on A4: one sequence, or every active one of a client or an owner, steps with boxes and dates. */
export const followupSheetJob = z.object({
  kind: z.literal('followupSheet'),
  ...documentBase,
  followups: z.array(followupDetail),
});
export type FollowupSheetJob = z.output<typeof followupSheetJob>;

/** A paper questionnaire on A4 with its request code (and QR code) so the answers are typed in later against the right visit. */
export const questionnaireJob = z.object({
  kind: z.literal('questionnaire'),
  ...documentBase,
  template: feedbackTemplate,
  /** The feedback request's code; '' on a blank questionnaire. */
  code: z.string(),
  /** The visit: plan title or visitor, and its day; null for a blank questionnaire. */
  visit: z.object({ title: z.string(), clientName: z.string().nullable(), day: z.string().nullable() }).nullable(),
  copies: z.number().int(),
});
export type QuestionnaireJob = z.output<typeof questionnaireJob>;

/** A past visit's file on A4 (DIGEST 03): everything that belonged to it, as the printing user may see it. */
export const visitFileJob = z.object({
  kind: z.literal('visitFile'),
  ...documentBase,
  file: pastVisitFile.omit({ mayRequestChange: true, mayReopen: true }),
});
export type VisitFileJob = z.output<typeof visitFileJob>;
/** A destruction's certificate on A4 (issue 15): what went by code, class and hash, who asked and approved, when it was carried out. */
export const destructionCertificateJob = z.object({
  kind: z.literal('destructionCertificate'),
  ...documentBase,
  record: destructionRecord,
});
export type DestructionCertificateJob = z.output<typeof destructionCertificateJob>;

/** A month of the desk's local calendar, `YYYY-MM`. */
export const reportMonth = z.string('invalidType').regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'report.monthFormat');

/**
 * The monthly report on A4 (issue 16): the reports screen's figures for one
 * month, per day, drawn by the print route with the same charts and tables.
 * Only aggregates: no visitor is named, so nothing here needs masking.
 */
export const monthlyReportJob = z.object({
  kind: z.literal('monthlyReport'),
  ...documentBase,
  month: z.string(),
  /** The client the figures were narrowed to, or null for the whole desk. */
  clientName: z.string().nullable(),
  visits: visitsReport,
  peakHours: peakHoursReport,
  handling: handlingReport,
  preferences: preferencesReport,
  service: serviceReport,
});
export type MonthlyReportJob = z.output<typeof monthlyReportJob>;

/**
 * Every job, as the print route reads it. Names saved before the text rule
 * existed may still hold reordering or invisible characters: they are taken
 * out here, so a badge never prints a name reversed.
 */
export const printJobPayload = z
  .discriminatedUnion('kind', [badgesJob, itineraryJob, dayScheduleJob, welcomeSignJob, checklistJob, handoffJob, rollCallJob, incidentReportJob, followupSheetJob, questionnaireJob, visitFileJob, destructionCertificateJob, monthlyReportJob])
  .transform((job) => withoutForbiddenChars(job));
export type PrintJobPayload = z.output<typeof printJobPayload>;

/** What a print call reports back: printed on paper, or saved as a PDF in the data folder's prints/. */
const printOutcome = {
  outcome: z.enum(['printed', 'saved']),
  fileName: z.string().nullable(),
  /** A saved PDF, for `files.deliver`. */
  fileId: z.string().nullable(),
  pages: z.number().int(),
};

/** A printer's name as the OS reports it; shown on screen and in the audit log, so the text rule applies. */
export const printerId = text(200).pipe(z.string().min(1, 'required'));

export const print = {
  options: channel({
    input: () => z.strictObject({}),
    output: () => z.object({ layouts: z.array(badgeLayout), printers: z.array(printerInfo) }),
    permission: 'badges.print',
  }),
  badges: channel({
    input: () => z.strictObject({
      visitIds: z.array(uuid, 'invalidType').min(1, 'required').max(100, 'tooMany'),
      layoutId: z.string('invalidType').max(40, 'tooLong'),
      printerId,
      locale: z.enum(LOCALES, 'invalidOption'),
      /** Must be true to print a badge that was printed before; each reprint is logged. */
      confirmReprint: z.boolean('invalidType').default(false),
    }),
    output: () => z.object({ ...printOutcome, badges: z.number().int(), reprints: z.number().int() }),
    permission: 'badges.print',
  }),
  /**
   * A plan's itinerary (for its guests, or the internal team version) or its
   * welcome sign, on A4. Audited as `plan.print`.
   */
  planDocument: channel({
    input: () => z
      .strictObject({
        planId: uuid,
        document: z.enum(PLAN_DOCUMENTS, 'invalidOption'),
        /** Whose itinerary: required for the itinerary, ignored for the welcome sign. */
        audience: z.enum(ITINERARY_AUDIENCES, 'invalidOption').optional(),
        locale: z.enum(LOCALES, 'invalidOption'),
        printerId,
      })
      .refine((i) => i.document !== 'itinerary' || i.audience !== undefined, { message: 'required', path: ['audience'] }),
    output: () => z.object(printOutcome),
    permission: 'plans.print',
  }),
  /** The front desk's sheet of every confirmed or running visit on one day, on A4. */
  daySchedule: channel({
    input: () => z.strictObject({
      /** A real calendar day, YYYY-MM-DD (2026-11-31 is refused). */
      day,
      locale: z.enum(LOCALES, 'invalidOption'),
      printerId,
    }),
    output: () => z.object({ ...printOutcome, visits: z.number().int() }),
    permission: 'plans.print',
  }),
  /** Checklists on A4 with boxes to tick by hand: one plan's lists, or one day's open items (optionally one department's). */
  checklist: channel({
    input: () => z
      .strictObject({
        planId: uuid.optional(),
        day: day.optional(),
        department: z.enum(DEPARTMENTS, 'invalidOption').optional(),
        locale: z.enum(LOCALES, 'invalidOption'),
        printerId,
      })
      .refine((i) => i.planId !== undefined || i.day !== undefined, { message: 'required', path: ['day'] }),
    output: () => z.object({ ...printOutcome, items: z.number().int() }),
    permission: 'checklists.view',
  }),
  /** A department's hand-off sheet for one visit; its items are marked handed off (audited as checklist.handOff). */
  handoff: channel({
    input: () => z.strictObject({
      planId: uuid,
      department: z.enum(DEPARTMENTS, 'invalidOption').refine((d) => d !== DESK_DEPARTMENT, 'invalidOption'),
      locale: z.enum(LOCALES, 'invalidOption'),
      printerId,
    }),
    output: () => z.object({ ...printOutcome, items: z.number().int() }),
    permission: 'checklists.tick',
  }),
  /** The roll call: everyone on site now, with host, arrival and badge number. Audited as visit.rollCall. */
  rollCall: channel({
    input: () => z.strictObject({ locale: z.enum(LOCALES, 'invalidOption'), printerId }),
    output: () => z.object({ ...printOutcome, people: z.number().int() }),
    permission: 'badges.print',
  }),
  /** An incident's report (audited as incident.print). */
  incident: channel({
    input: () => z.strictObject({ id: uuid, locale: z.enum(LOCALES, 'invalidOption'), printerId }),
    output: () => z.object(printOutcome),
    permission: 'incidents.handle',
  }),
  /** Follow-up sheets: one sequence, a client's active ones, or the signed-in user's (audited as followup.print). */
  followups: channel({
    input: () => z
      .strictObject({ id: uuid.optional(), clientId: uuid.optional(), mine: z.boolean('invalidType').default(false), locale: z.enum(LOCALES, 'invalidOption'), printerId })
      .refine((i) => i.id !== undefined || i.clientId !== undefined || i.mine, { message: 'required', path: ['id'] }),
    output: () => z.object({ ...printOutcome, followups: z.number().int() }),
    permission: 'followups.work',
  }),
  /** A past visit's file, one A4 PDF (audited as pastVisit.print). */
  visitFile: channel({
    input: () => z.strictObject({ planId: uuid, locale: z.enum(LOCALES, 'invalidOption'), printerId }),
    output: () => z.object(printOutcome),
    permission: 'archive.view',
  }),
  /** Paper questionnaires for a visit (its feedback request's code printed on each; the request is created if there is none), or blank ones (no code: the visit is chosen when typed in). */
  questionnaire: channel({
    input: () => z.strictObject({
      templateId: uuid,
      requestId: uuid.nullable().default(null),
      planId: uuid.nullable().default(null),
      visitId: uuid.nullable().default(null),
      copies: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(50, 'outOfRange').default(1),
      locale: z.enum(LOCALES, 'invalidOption'),
      printerId,
    }),
    output: () => z.object({ ...printOutcome, code: z.string() }),
    permission: 'feedback.record',
  }),
  /** A carried-out destruction's certificate (audited as destruction.print). */
  destruction: channel({
    input: () => z.strictObject({ id: uuid, locale: z.enum(LOCALES, 'invalidOption'), printerId }),
    output: () => z.object(printOutcome),
    permission: 'archive.view',
  }),
  /** The monthly report of the reports screen, for one month and optionally one client (audited as report.print). */
  monthlyReport: channel({
    input: () => z.strictObject({ month: reportMonth, clientId: uuid.nullable().default(null), locale: z.enum(LOCALES, 'invalidOption'), printerId }),
    output: () => z.object(printOutcome),
    permission: 'reports.view',
  }),
  /**
   * Read by the print route the main process renders; jobs live a few minutes
   * in memory under an unguessable id. Any signed-in role may ask; main then
   * checks the permission the job's kind needs (badges.print or plans.print).
   */
  job: channel({
    input: () => z.strictObject({ jobId: uuid }),
    output: () => printJobPayload,
    permission: 'app.view',
  }),
};
