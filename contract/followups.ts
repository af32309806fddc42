import { z } from 'zod';
import { channel } from './channel';
import { localText } from './checklists';
import { CLIENT_TIERS } from './clients';
import { day, optionalMultilineText, optionalText, requiredText, text, uuid } from './fields';

/**
 * Follow-up (后续跟进, DIGEST 04): per client, a sequence of steps from a
 * template, each with an owner and a deadline, re-planned as the client
 * answers; and care reminders (birthdays, festivals, milestones) for the
 * account manager ahead of the day. These lists are also db column values.
 */
export const FOLLOWUP_STATUSES = ['active', 'done', 'cancelled'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export const STEP_STATUSES = ['open', 'done', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
/** Within one client tier, urgent sequences come first. */
export const FOLLOWUP_URGENCIES = ['high', 'normal', 'low'] as const;
export type FollowupUrgency = (typeof FOLLOWUP_URGENCIES)[number];

/**
 * Festivals a care reminder can be for: solar-calendar days, solar terms and
 * lunar-calendar days, all dated by the `chinese-days` package (lunar dates
 * move every year).
 */
export const FESTIVALS = ['newYear', 'springFestival', 'lantern', 'qingming', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay', 'doubleNinth'] as const;
export type Festival = (typeof FESTIVALS)[number];

export const CARE_KINDS = ['birthday', 'festival', 'milestone'] as const;
export type CareKind = (typeof CARE_KINDS)[number];

export const templateStepInput = z.strictObject({
  id: uuid.optional(),
  title: localText(100),
  /** Days after the sequence starts that the step is due. */
  offsetDays: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(365, 'outOfRange'),
});

export const followupTemplateInput = z
  .strictObject({
    id: uuid.optional(),
    name: localText(50),
    active: z.boolean('invalidType').default(true),
    steps: z.array(templateStepInput, 'invalidType').min(1, 'required').max(30, 'tooMany'),
  })
  .refine((t) => t.steps.every((s, i) => i === 0 || s.offsetDays >= t.steps[i - 1]!.offsetDays), { message: 'followup.stepOrder', path: ['steps'] });

const localTextOut = z.object({ zh: z.string(), en: z.string() });
export const followupTemplate = z.object({
  id: z.string(),
  name: localTextOut,
  active: z.boolean(),
  builtIn: z.boolean(),
  steps: z.array(z.object({ id: z.string(), title: localTextOut, offsetDays: z.number().int() })),
  updatedAt: z.string(),
});
export type FollowupTemplate = z.output<typeof followupTemplate>;

export const followupStep = z.object({
  id: z.string(),
  planId: z.string(),
  seq: z.number().int(),
  title: z.string(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string(),
  /** YYYY-MM-DD. */
  dueDay: z.string(),
  status: z.enum(STEP_STATUSES),
  /** What came of it (done), or why it was skipped. */
  outcome: z.string(),
  /** The due day first planned, when it was postponed; null otherwise. */
  plannedDay: z.string().nullable(),
  postponements: z.number().int(),
  doneAt: z.string().nullable(),
  doneByName: z.string(),
  overdue: z.boolean(),
});
export type FollowupStep = z.output<typeof followupStep>;

export const followupSummary = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  clientTier: z.enum(CLIENT_TIERS),
  title: z.string(),
  status: z.enum(FOLLOWUP_STATUSES),
  urgency: z.enum(FOLLOWUP_URGENCIES),
  ownerUserId: z.string().nullable(),
  ownerName: z.string(),
  /** The first open step, or null when none is left. */
  nextStep: followupStep.nullable(),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type FollowupSummary = z.output<typeof followupSummary>;

export const followupDetail = followupSummary.extend({
  notes: z.string(),
  templateId: z.string().nullable(),
  planId: z.string().nullable(),
  steps: z.array(followupStep),
  /** Every re-planning move, newest first: postponed / skipped / added / done, by whom, why. */
  history: z.array(z.object({ at: z.string(), byName: z.string(), action: z.string(), stepTitle: z.string(), text: z.string() })),
});
export type FollowupDetail = z.output<typeof followupDetail>;

export const milestone = z.object({
  id: z.string(),
  clientId: z.string(),
  title: z.string(),
  /** YYYY-MM-DD: the first date (a yearly milestone repeats on its month and day). */
  date: z.string(),
  yearly: z.boolean(),
});
export type Milestone = z.output<typeof milestone>;

export const careReminder = z.object({
  /** Stable per occurrence: `kind:ref:YYYY-MM-DD` (ref = person, festival or milestone). */
  key: z.string(),
  kind: z.enum(CARE_KINDS),
  /** The day itself, YYYY-MM-DD. */
  day: z.string(),
  /** From when it shows as a task (the day minus the lead days). */
  remindFrom: z.string(),
  festival: z.enum(FESTIVALS).nullable(),
  /** The person's name, the milestone's title, or '' for a festival (the renderer names it). */
  title: z.string(),
  personId: z.string().nullable(),
  /** The clients it concerns (a festival: all of the account manager's clients). */
  clients: z.array(z.object({ id: z.string(), name: z.string(), tier: z.enum(CLIENT_TIERS) })),
  ownerUserId: z.string(),
  ownerName: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  note: z.string(),
});
export type CareReminder = z.output<typeof careReminder>;

/** A care reminder's key: kind, then a person / milestone id or `festival~userId`, then the day. */
export const CARE_KEY = /^(birthday|festival|milestone):[0-9A-Za-z~-]{1,80}:\d{4}-\d{2}-\d{2}$/;

export const careRules = z.strictObject({
  birthdayLeadDays: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(30, 'outOfRange').default(3),
  festivalLeadDays: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(30, 'outOfRange').default(7),
  milestoneLeadDays: z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(30, 'outOfRange').default(7),
  festivals: z.array(z.enum(FESTIVALS, 'invalidOption'), 'invalidType').max(FESTIVALS.length, 'tooMany').default([...FESTIVALS]),
  /** Birthdays of people of clients in these tiers only (empty = all clients). */
  birthdayTiers: z.array(z.enum(CLIENT_TIERS, 'invalidOption'), 'invalidType').max(CLIENT_TIERS.length, 'tooMany').default(['vip', 'key']),
});
export type CareRules = z.output<typeof careRules>;
export const DEFAULT_CARE_RULES: CareRules = {
  birthdayLeadDays: 3,
  festivalLeadDays: 7,
  milestoneLeadDays: 7,
  festivals: [...FESTIVALS],
  birthdayTiers: ['vip', 'key'],
};

export const followupFields = {
  title: requiredText(100),
  notes: optionalMultilineText(1000),
  outcome: optionalMultilineText(500),
  reason: optionalText(200).pipe(z.string().min(1, 'required')),
  milestoneTitle: requiredText(60),
};

export const FOLLOWUP_LIST_FILTERS = ['active', 'overdue', 'mine', 'done', 'all'] as const;

export const followups = {
  templates: channel({
    input: () => z.strictObject({ includeInactive: z.boolean('invalidType').default(false) }),
    output: () => z.array(followupTemplate),
    permission: 'followups.view',
  }),
  saveTemplate: channel({ input: () => followupTemplateInput, output: () => followupTemplate, permission: 'followups.manage' }),
  /** Ordered by client tier (VIP first), urgency, then the next step's due day. */
  list: channel({
    input: () => z.strictObject({
      filter: z.enum(FOLLOWUP_LIST_FILTERS, 'invalidOption').default('active'),
      clientId: uuid.optional(),
      ownerUserId: uuid.optional(),
      /** Title, client, owner; pinyin too (the app's search engine). */
      query: text(50).optional(),
      limit: z.number('invalidType').int().min(1).max(500).default(100),
    }),
    output: () => z.array(followupSummary),
    permission: 'followups.view',
  }),
  get: channel({ input: () => z.strictObject({ id: uuid }), output: () => followupDetail, permission: 'followups.view' }),
  /** Starts a sequence for a client from a template; owner defaults to the client's account manager. */
  create: channel({
    input: () => z.strictObject({
      clientId: uuid,
      templateId: uuid,
      title: followupFields.title.optional(),
      urgency: z.enum(FOLLOWUP_URGENCIES, 'invalidOption').default('normal'),
      ownerUserId: uuid.nullable().default(null),
      /** Day 0 of the template's offsets; default today. */
      startDay: day.optional(),
      /** The visit it follows, if any. */
      planId: uuid.nullable().default(null),
      notes: followupFields.notes,
    }),
    output: () => followupDetail,
    permission: 'followups.manage',
  }),
  update: channel({
    input: () => z.strictObject({
      id: uuid,
      title: followupFields.title.optional(),
      urgency: z.enum(FOLLOWUP_URGENCIES, 'invalidOption').optional(),
      ownerUserId: uuid.optional(),
      notes: followupFields.notes.optional(),
      /** Cancels the sequence (its open steps stay open in the record, off every inbox). */
      status: z.enum(['active', 'cancelled'], 'invalidOption').optional(),
    }),
    output: () => followupDetail,
    permission: 'followups.manage',
  }),
  stepDone: channel({ input: () => z.strictObject({ stepId: uuid, outcome: followupFields.outcome }), output: () => followupDetail, permission: 'followups.work' }),
  /** The client asked for later: moves the step, and (by default) every later open step by as many days. */
  stepPostpone: channel({
    input: () => z.strictObject({ stepId: uuid, toDay: day, reason: followupFields.reason, shiftLater: z.boolean('invalidType').default(true) }),
    output: () => followupDetail,
    permission: 'followups.work',
  }),
  stepSkip: channel({ input: () => z.strictObject({ stepId: uuid, reason: followupFields.reason }), output: () => followupDetail, permission: 'followups.work' }),
  /** Adds a step after another (or at the end). */
  stepAdd: channel({
    input: () => z.strictObject({
      planId: uuid,
      afterStepId: uuid.nullable().default(null),
      title: followupFields.title,
      dueDay: day,
      ownerUserId: uuid.nullable().default(null),
    }),
    output: () => followupDetail,
    permission: 'followups.work',
  }),
  stepReassign: channel({ input: () => z.strictObject({ stepId: uuid, ownerUserId: uuid }), output: () => followupDetail, permission: 'followups.manage' }),
  milestones: channel({ input: () => z.strictObject({ clientId: uuid }), output: () => z.array(milestone), permission: 'followups.view' }),
  saveMilestone: channel({
    input: () => z.strictObject({ id: uuid.optional(), clientId: uuid, title: followupFields.milestoneTitle, date: day, yearly: z.boolean('invalidType').default(true) }),
    output: () => z.array(milestone),
    permission: 'followups.manage',
  }),
  removeMilestone: channel({ input: () => z.strictObject({ id: uuid }), output: () => z.array(milestone), permission: 'followups.manage' }),
  /** Care reminders whose reminding starts by `to` and whose day is on or after `from`; `mine` = for the signed-in account manager. */
  care: channel({
    input: () => z.strictObject({ from: day.optional(), to: day.optional(), mine: z.boolean('invalidType').default(true) }),
    output: () => z.array(careReminder),
    permission: 'followups.view',
  }),
  careDone: channel({
    // The shape careReminder.key has (`kind:ref:YYYY-MM-DD`), so nothing but such a key reaches the lookup.
    input: () => z.strictObject({ key: z.string('invalidType').min(1, 'required').max(120, 'tooLong').regex(CARE_KEY, 'invalid'), note: optionalText(200) }),
    output: () => careReminder,
    permission: 'followups.work',
  }),
  careRules: channel({ input: () => z.strictObject({}), output: () => careRules, permission: 'followups.view' }),
  saveCareRules: channel({ input: () => careRules, output: () => careRules, permission: 'followups.manage' }),
};
