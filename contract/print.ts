import { z } from 'zod';
import { channel } from './channel';
import { day, text, uuid, withoutForbiddenChars } from './fields';
import { DEPARTMENTS, DESK_DEPARTMENT, ITEM_STATUSES } from './checklists';
import { bookingView, needs, PLAN_STATUSES, PLAN_WARNINGS, planGuest, RECEPTION_LEVELS, teamMemberView } from './plans';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

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

/**
 * Every job, as the print route reads it. Names saved before the text rule
 * existed may still hold reordering or invisible characters: they are taken
 * out here, so a badge never prints a name reversed.
 */
export const printJobPayload = z
  .discriminatedUnion('kind', [badgesJob, itineraryJob, dayScheduleJob, welcomeSignJob, checklistJob, handoffJob, rollCallJob])
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
    input: z.strictObject({}),
    output: z.object({ layouts: z.array(badgeLayout), printers: z.array(printerInfo) }),
    permission: 'badges.print',
  }),
  badges: channel({
    input: z.strictObject({
      visitIds: z.array(uuid, 'invalidType').min(1, 'required').max(100, 'tooMany'),
      layoutId: z.string('invalidType').max(40, 'tooLong'),
      printerId,
      locale: z.enum(LOCALES, 'invalidOption'),
      /** Must be true to print a badge that was printed before; each reprint is logged. */
      confirmReprint: z.boolean('invalidType').default(false),
    }),
    output: z.object({ ...printOutcome, badges: z.number().int(), reprints: z.number().int() }),
    permission: 'badges.print',
  }),
  /**
   * A plan's itinerary (for its guests, or the internal team version) or its
   * welcome sign, on A4. Audited as `plan.print`.
   */
  planDocument: channel({
    input: z
      .strictObject({
        planId: uuid,
        document: z.enum(PLAN_DOCUMENTS, 'invalidOption'),
        /** Whose itinerary: required for the itinerary, ignored for the welcome sign. */
        audience: z.enum(ITINERARY_AUDIENCES, 'invalidOption').optional(),
        locale: z.enum(LOCALES, 'invalidOption'),
        printerId,
      })
      .refine((i) => i.document !== 'itinerary' || i.audience !== undefined, { message: 'required', path: ['audience'] }),
    output: z.object(printOutcome),
    permission: 'plans.print',
  }),
  /** The front desk's sheet of every confirmed or running visit on one day, on A4. */
  daySchedule: channel({
    input: z.strictObject({
      /** A real calendar day, YYYY-MM-DD (2026-11-31 is refused). */
      day,
      locale: z.enum(LOCALES, 'invalidOption'),
      printerId,
    }),
    output: z.object({ ...printOutcome, visits: z.number().int() }),
    permission: 'plans.print',
  }),
  /** Checklists on A4 with boxes to tick by hand: one plan's lists, or one day's open items (optionally one department's). */
  checklist: channel({
    input: z
      .strictObject({
        planId: uuid.optional(),
        day: day.optional(),
        department: z.enum(DEPARTMENTS, 'invalidOption').optional(),
        locale: z.enum(LOCALES, 'invalidOption'),
        printerId,
      })
      .refine((i) => i.planId !== undefined || i.day !== undefined, { message: 'required', path: ['day'] }),
    output: z.object({ ...printOutcome, items: z.number().int() }),
    permission: 'checklists.view',
  }),
  /** A department's hand-off sheet for one visit; its items are marked handed off (audited as checklist.handOff). */
  handoff: channel({
    input: z.strictObject({
      planId: uuid,
      department: z.enum(DEPARTMENTS, 'invalidOption').refine((d) => d !== DESK_DEPARTMENT, 'invalidOption'),
      locale: z.enum(LOCALES, 'invalidOption'),
      printerId,
    }),
    output: z.object({ ...printOutcome, items: z.number().int() }),
    permission: 'checklists.tick',
  }),
  /** The roll call: everyone on site now, with host, arrival and badge number. Audited as visit.rollCall. */
  rollCall: channel({
    input: z.strictObject({ locale: z.enum(LOCALES, 'invalidOption'), printerId }),
    output: z.object({ ...printOutcome, people: z.number().int() }),
    permission: 'badges.print',
  }),
  /**
   * Read by the print route the main process renders; jobs live a few minutes
   * in memory under an unguessable id. Any signed-in role may ask; main then
   * checks the permission the job's kind needs (badges.print or plans.print).
   */
  job: channel({
    input: z.strictObject({ jobId: uuid }),
    output: printJobPayload,
    permission: 'app.view',
  }),
};
