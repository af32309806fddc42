import { z } from 'zod';
import { channel } from './channel';
import { day, isRealDate, multilineText, optionalMultilineText, optionalText, phone, refineDayRange, requiredText, text, uuid } from './fields';

/**
 * A reception plan (接待方案) moves draft → confirmed → in progress →
 * completed → archived, or is cancelled. Main checks every transition.
 * These lists (statuses, levels, resource kinds) are also the db columns' values (db/schema/plans.ts).
 */
export const PLAN_STATUSES = ['draft', 'confirmed', 'in_progress', 'completed', 'cancelled', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['confirmed', 'cancelled'],
  confirmed: ['draft', 'in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: ['archived'],
  cancelled: ['draft', 'archived'],
  archived: [],
};

/**
 * Plans that are history: their content no longer changes, and they hold no
 * staff or resources. The one list of them — main refuses edits to such a plan
 * (services/plans/plans.ts), leaves them out of double bookings and resource
 * conflicts (services/plans/team-and-bookings.ts, also in SQL), and the plan
 * editor shows them read-only (renderer plans/editor).
 */
export const CLOSED_PLAN_STATUSES = ['completed', 'cancelled', 'archived'] as const satisfies readonly PlanStatus[];

export function isClosedPlan(status: string): boolean {
  return (CLOSED_PLAN_STATUSES as readonly string[]).includes(status);
}

/**
 * Plans the desk receives guests from: confirmed, or already under way. Used by
 * the expected-arrivals list and planned check-in (services/visits/planned-arrivals.ts)
 * and the day schedule pinned up at the desk (services/print/day-schedule.ts).
 */
export const RECEIVING_PLAN_STATUSES = ['confirmed', 'in_progress'] as const satisfies readonly PlanStatus[];

/** Reception level (接待级别): drives spare rooms and vehicles and how many staff are assigned. */
export const RECEPTION_LEVELS = ['vip', 'key', 'normal'] as const;
export type ReceptionLevel = (typeof RECEPTION_LEVELS)[number];

/** What kind of visit a plan is: checklist templates are chosen by it (with the level and the client's tier). */
export const VISIT_TYPES = ['business', 'tour', 'meeting', 'training', 'government', 'other'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** Roles on a visit's team (DIGEST 01: greeter, presenter, note-taker, logistics), plus custom ones. */
export const TEAM_ROLES = ['greeter', 'presenter', 'noteTaker', 'logistics', 'custom'] as const;

/** The named roles (not custom): the ones a level can ask a stand-in for, and a checklist duty can belong to. */
export const DUTY_ROLES = TEAM_ROLES.filter((r) => r !== 'custom') as Exclude<(typeof TEAM_ROLES)[number], 'custom'>[];
export type DutyRole = (typeof DUTY_ROLES)[number];

/** What a reception level asks for (DIGEST 01 and 05): configurable by a manager (checklists.saveLevelRules). */
export const levelRule = z.strictObject({
  /** Roles that must have a stand-in (B角, the A/B rule). */
  standInRoles: z.array(z.enum(DUTY_ROLES, 'invalidOption'), 'invalidType').max(DUTY_ROLES.length, 'tooMany'),
  /** Fewest team rows (roles with a person) the visit needs. */
  minStaff: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(50, 'outOfRange'),
  rehearsal: z.boolean('invalidType'),
  spareRoom: z.boolean('invalidType'),
  spareVehicle: z.boolean('invalidType'),
});
export type LevelRule = z.output<typeof levelRule>;
export const levelRules = z.strictObject({ vip: levelRule, key: levelRule, normal: levelRule });
export type LevelRules = z.output<typeof levelRules>;

export const DEFAULT_LEVEL_RULES: LevelRules = {
  vip: { standInRoles: ['greeter', 'presenter', 'noteTaker', 'logistics'], minStaff: 4, rehearsal: true, spareRoom: true, spareVehicle: true },
  key: { standInRoles: ['greeter', 'presenter'], minStaff: 2, rehearsal: false, spareRoom: false, spareVehicle: false },
  normal: { standInRoles: ['greeter', 'presenter'], minStaff: 1, rehearsal: false, spareRoom: false, spareVehicle: false },
};

/** Local date and time to the minute, `YYYY-MM-DDTHH:mm`: one site, one time zone. */
export const localDateTime = z
  .string('invalidType')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'datetime.invalid')
  .refine((s) => isRealDate(s.slice(0, 10)) && Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60, 'datetime.invalid');

export const needs = z.strictObject({
  diet: optionalText(200),
  transport: optionalText(200),
  accessibility: optionalText(200),
  other: optionalText(500),
});
export type Needs = z.output<typeof needs>;
const noNeeds = { diet: '', transport: '', accessibility: '', other: '' };

/** A plan's fields as created; forms read their limits from here. */
export const planFields = {
  title: requiredText(100),
  clientId: uuid.nullable().optional(),
  purpose: optionalMultilineText(500),
  /** Left out, a plan for a client takes the client's tier (DIGEST 04); without a client, normal. */
  level: z.enum(RECEPTION_LEVELS, 'invalidOption').optional(),
  visitType: z.enum(VISIT_TYPES, 'invalidOption').default('business'),
  arrivalAt: localDateTime.nullable().optional(),
  departureAt: localDateTime.nullable().optional(),
  expectedHeadcount: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(500, 'outOfRange').default(1),
  needs: needs.default(noNeeds),
  notes: optionalMultilineText(2000),
};

export const planSummary = z.object({
  id: z.string(),
  title: z.string(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  level: z.enum(RECEPTION_LEVELS),
  visitType: z.enum(VISIT_TYPES),
  status: z.enum(PLAN_STATUSES),
  arrivalAt: z.string().nullable(),
  departureAt: z.string().nullable(),
  expectedHeadcount: z.number().int(),
  guestCount: z.number().int(),
  /** Its checklists at a glance (list and calendar): open items, and of them overdue / due soon. */
  checklist: z.object({ total: z.number().int(), open: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int() }),
});
export type PlanSummary = z.output<typeof planSummary>;

export const planGuest = z.object({
  personId: z.string(),
  name: z.string(),
  title: z.string(),
  company: z.string(),
  phone: z.string(),
  isLead: z.boolean(),
  needs,
});

export const itineraryItem = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  activity: z.string(),
  place: z.string(),
  responsible: z.string(),
  notes: z.string(),
  /** Ids of other items whose time overlaps this one's. */
  overlapsWith: z.array(z.string()),
  /** True when the item falls outside the plan's arrival–departure window. */
  outsideVisit: z.boolean(),
});
export type ItineraryItem = z.output<typeof itineraryItem>;

/** What a coordinator should look at before confirming; none of these blocks saving. */
export const PLAN_WARNINGS = [
  'itineraryOverlap',
  'itineraryOutsideVisit',
  'headcountMismatch',
  'noLeadGuest',
  'roleWithoutBackup',
  'staffDoubleBooked',
  'noSpareRoom',
  'noSpareVehicle',
  'tooFewStaff',
  'noRehearsal',
] as const;

export const teamMemberView = z.object({
  id: z.string(),
  role: z.string(),
  customLabel: z.string(),
  primaryName: z.string(),
  primaryPhone: z.string(),
  backupName: z.string(),
  backupPhone: z.string(),
  /** Titles of other open plans, overlapping in time, on which this member's people also serve. */
  doubleBookedOn: z.array(z.string()),
});

export const bookingView = z.object({
  id: z.string(),
  resourceId: z.string(),
  resourceName: z.string(),
  kind: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  spare: z.boolean(),
});

export const planDetail = planSummary.extend({
  purpose: z.string(),
  needs,
  notes: z.string(),
  guests: z.array(planGuest),
  itinerary: z.array(itineraryItem),
  team: z.array(teamMemberView),
  bookings: z.array(bookingView),
  warnings: z.array(z.enum(PLAN_WARNINGS)),
  /** What the plan's level asks for (roles needing a stand-in, staff count, rehearsal, spares). */
  levelRule: z.object({
    standInRoles: z.array(z.enum(TEAM_ROLES)),
    minStaff: z.number().int(),
    rehearsal: z.boolean(),
    spareRoom: z.boolean(),
    spareVehicle: z.boolean(),
  }),
  /** Where this plan may go next from its current status. */
  nextStatuses: z.array(z.enum(PLAN_STATUSES)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanDetail = z.output<typeof planDetail>;

export const plans = {
  list: channel({
    input: () => z.strictObject({
      /** Plans whose visit touches this local-day range (YYYY-MM-DD, inclusive). */
      from: day.optional(),
      to: day.optional(),
      status: z.array(z.enum(PLAN_STATUSES, 'invalidOption')).max(6).optional(),
      query: text(50).optional(),
      /** Only the plans with no arrival time yet (the list's "unscheduled" view). */
      unscheduled: z.boolean('invalidType').optional(),
      /** By arrival, plans without one after the rest; `desc` is that order reversed (latest first). */
      order: z.enum(['asc', 'desc'], 'invalidOption').default('asc'),
      limit: z.number('invalidType').int().min(1).max(500).default(100),
      offset: z.number('invalidType').int().min(0).default(0),
    }).superRefine(refineDayRange),
    output: () => z.object({ total: z.number().int(), items: z.array(planSummary) }),
    permission: 'plans.view',
  }),
  get: channel({ input: () => z.strictObject({ id: uuid }), output: () => planDetail, permission: 'plans.view' }),
  /**
   * Names people serve under on teams (and staff accounts), as a name field is
   * typed: by characters, pinyin or initials, most recently on a team first,
   * with the phone last given there.
   */
  staffNames: channel({
    input: () => z.strictObject({
      query: text(50),
      limit: z.number('invalidType').int('invalidType').min(1).max(20).default(8),
    }),
    output: () => z.array(z.object({ name: z.string(), phone: z.string() })),
    permission: 'plans.view',
  }),
  create: channel({ input: () => z.strictObject(planFields), output: () => planDetail, permission: 'plans.manage' }),
  update: channel({
    input: () => z.strictObject({
      id: uuid,
      title: planFields.title.optional(),
      clientId: planFields.clientId,
      // Left out, a text stays as it is: no '' default on update.
      purpose: multilineText(500).optional(),
      level: z.enum(RECEPTION_LEVELS, 'invalidOption').optional(),
      visitType: z.enum(VISIT_TYPES, 'invalidOption').optional(),
      arrivalAt: planFields.arrivalAt,
      departureAt: planFields.departureAt,
      expectedHeadcount: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(500, 'outOfRange').optional(),
      needs: needs.optional(),
      notes: multilineText(2000).optional(),
    }),
    output: () => planDetail,
    permission: 'plans.manage',
  }),
  /** Moves the plan along its workflow; a move the workflow does not allow is refused. */
  transition: channel({
    input: () => z
      .strictObject({
        id: uuid,
        to: z.enum(PLAN_STATUSES, 'invalidOption'),
        reason: optionalText(200),
        /**
         * Starting a visit (in progress) with required checklist items still open is
         * refused; a manager (plans.override) may go on anyway, with a reason, audited.
         */
        override: z.boolean('invalidType').default(false),
      })
      // Cancelling a visit says why: the reason goes into the audit log with the change.
      .refine((i) => i.to !== 'cancelled' || i.reason.trim() !== '', { message: 'plan.cancelReason', path: ['reason'] })
      .refine((i) => !i.override || i.reason.trim() !== '', { message: 'plan.overrideReason', path: ['reason'] }),
    output: () => planDetail,
    permission: 'plans.manage',
  }),
  /** Replaces the guest list: people from the directory, with their own needs for this visit. */
  setGuests: channel({
    input: () => z.strictObject({
      planId: uuid,
      guests: z
        .array(z.strictObject({ personId: uuid, isLead: z.boolean('invalidType').default(false), needs: needs.default(noNeeds) }), 'invalidType')
        .max(500, 'tooMany'),
    }),
    output: () => planDetail,
    permission: 'plans.manage',
  }),
  /** Replaces the itinerary; items keep their ids when given. Overlaps are warned about, not refused. */
  saveItinerary: channel({
    input: () => z.strictObject({
      planId: uuid,
      items: z
        .array(
          z
            .strictObject({
              id: uuid.optional(),
              startsAt: localDateTime,
              endsAt: localDateTime,
              activity: requiredText(100),
              place: optionalText(100),
              responsible: optionalText(50),
              notes: optionalMultilineText(500),
            })
            .refine((i) => i.endsAt > i.startsAt, { message: 'itinerary.endBeforeStart', path: ['endsAt'] }),
          'invalidType',
        )
        .max(200, 'tooMany'),
    }),
    output: () => planDetail,
    permission: 'plans.manage',
  }),
};


/** One person named twice is no stand-in: compared as written, ignoring case and spacing. */
function samePerson(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return key(a) !== '' && key(a) === key(b);
}

/**
 * The rules a team row meets beyond its fields' own: a custom role needs its
 * name, and the stand-in (B) is not the lead (A). One function for the editor
 * (each cell, as it is typed) and main (the setTeam schema); `path` is the field.
 */
export function teamRowIssues(row: { role: string; customLabel: string; primaryName: string; backupName: string }): { path: 'customLabel' | 'backupName'; message: string }[] {
  const issues: { path: 'customLabel' | 'backupName'; message: string }[] = [];
  if (row.role === 'custom' && row.customLabel.trim() === '') issues.push({ path: 'customLabel', message: 'required' });
  if (samePerson(row.primaryName, row.backupName)) issues.push({ path: 'backupName', message: 'team.sameAsPrimary' });
  return issues;
}

export const teamMember = z
  .strictObject({
    role: z.enum(TEAM_ROLES, 'invalidOption'),
    /** The role's name when `role` is custom. */
    customLabel: optionalText(30),
    primaryName: requiredText(50),
    /** A phone a person can be called on (the one written form: spaces and +86 dropped), or none. */
    primaryPhone: phone.optional().default(''),
    backupName: optionalText(50),
    backupPhone: phone.optional().default(''),
  })
  .superRefine((row, ctx) => {
    for (const issue of teamRowIssues(row)) ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.path] });
  });

export const RESOURCE_KINDS = ['room', 'vehicle', 'other'] as const;

export const resource = z.object({
  id: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  name: z.string(),
  capacity: z.number().int().nullable(),
  notes: z.string(),
  active: z.boolean(),
});
export type Resource = z.output<typeof resource>;

export const bookingInput = z
  .strictObject({
    resourceId: uuid,
    startsAt: localDateTime,
    endsAt: localDateTime,
    /** A spare room or vehicle held back for emergencies (DIGEST 01). */
    spare: z.boolean('invalidType').default(false),
  })
  .refine((b) => b.endsAt > b.startsAt, { message: 'itinerary.endBeforeStart', path: ['endsAt'] });

export const bookingConflict = z.object({
  resourceId: z.string(),
  resourceName: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type BookingConflict = z.output<typeof bookingConflict>;

export const teamPlans = {
  /** Replaces the team; warns when a key role has no backup or a person is on two overlapping visits. */
  setTeam: channel({
    input: () => z.strictObject({ planId: uuid, members: z.array(teamMember, 'invalidType').max(50, 'tooMany') }),
    output: () => planDetail,
    permission: 'plans.manage',
  }),
  /** Conflicts the given bookings would have with other open plans; saves nothing. */
  checkBookings: channel({
    input: () => z.strictObject({ planId: uuid, bookings: z.array(bookingInput, 'invalidType').max(50, 'tooMany') }),
    output: () => z.object({ conflicts: z.array(bookingConflict) }),
    permission: 'plans.view',
  }),
  /** Replaces the plan's bookings; refused, changing nothing, when one conflicts with another open plan. */
  setBookings: channel({
    input: () => z.strictObject({ planId: uuid, bookings: z.array(bookingInput, 'invalidType').max(50, 'tooMany') }),
    output: () => planDetail,
    permission: 'plans.manage',
  }),
};

/** A resource's fields; forms read their limits from here. */
export const resourceFields = {
  name: requiredText(50),
  capacity: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(1000, 'outOfRange'),
  notes: optionalMultilineText(200),
};

export const resources = {
  list: channel({
    input: () => z.strictObject({ kind: z.enum(RESOURCE_KINDS, 'invalidOption').optional(), includeInactive: z.boolean('invalidType').default(false) }),
    output: () => z.array(resource),
    permission: 'plans.view',
  }),
  create: channel({
    input: () => z.strictObject({
      kind: z.enum(RESOURCE_KINDS, 'invalidOption'),
      name: resourceFields.name,
      capacity: resourceFields.capacity.nullable().default(null),
      notes: resourceFields.notes,
    }),
    output: () => resource,
    permission: 'plans.manage',
  }),
  update: channel({
    input: () => z.strictObject({
      id: uuid,
      name: resourceFields.name.optional(),
      capacity: resourceFields.capacity.nullable().optional(),
      // Left out, the notes stay: no '' default on update.
      notes: multilineText(200).optional(),
      active: z.boolean('invalidType').optional(),
    }),
    output: () => resource,
    permission: 'plans.manage',
  }),
};
