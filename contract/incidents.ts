import { z } from 'zod';
import { channel } from './channel';
import { CLIENT_TIERS } from './clients';
import { day, multilineText, optionalMultilineText, optionalText, phone, requiredText, text, uuid } from './fields';

/** A note of several lines that must not be empty. */
export const requiredMultiline = (max: number) => multilineText(max).pipe(z.string().trim().min(1, 'required'));
import { ROLE_NAMES } from './session';

/**
 * Problem handling (问题处理, DIGEST 02): every problem has a category, an
 * urgency tier with an owner and a time limit, and walks the closed loop
 * received → classified → dispatched → resolved → reviewed → archived. These
 * lists are also db column values.
 */
export const INCIDENT_CATEGORIES = ['complaint', 'enquiry', 'business', 'equipment', 'safety', 'other'] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

/** Urgency tiers, lowest first: an overdue incident escalates to the next one. */
export const INCIDENT_TIERS = ['ordinary', 'urgent', 'critical'] as const;
export type IncidentTier = (typeof INCIDENT_TIERS)[number];
export const nextTier = (t: IncidentTier): IncidentTier | null => INCIDENT_TIERS[INCIDENT_TIERS.indexOf(t) + 1] ?? null;

export const INCIDENT_STATUSES = ['received', 'classified', 'dispatched', 'resolved', 'reviewed', 'archived'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
/** Statuses whose deadline runs (and escalates); from `resolved` on, the 24-hour call-back takes over. */
export const OPEN_INCIDENT_STATUSES = ['received', 'classified', 'dispatched'] as const satisfies readonly IncidentStatus[];
export const isOpenIncident = (s: IncidentStatus) => (OPEN_INCIDENT_STATUSES as readonly string[]).includes(s);

/**
 * The moves of the closed loop. `reopen` sends a resolved or reviewed incident
 * back to `dispatched` (the review found it not solved); everything else moves
 * one step forward. Main refuses any other move (CONFLICT `incidentStatus`).
 */
export const INCIDENT_MOVES: Record<IncidentStatus, readonly IncidentStatus[]> = {
  received: ['classified', 'dispatched', 'resolved'],
  classified: ['dispatched', 'resolved'],
  dispatched: ['resolved'],
  resolved: ['reviewed', 'dispatched'],
  reviewed: ['archived', 'dispatched'],
  archived: [],
};

/** Where an incident came from: recorded by staff somewhere, or opened by a red-alert feedback. */
export const INCIDENT_SOURCES = ['desk', 'visit', 'plan', 'client', 'feedback', 'phone'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

export const ROOT_CAUSES = ['service', 'process', 'facility', 'information', 'scheduling', 'thirdParty', 'visitor', 'other'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** How the visitor was contacted ("kept informed") or how a call-back was made. */
export const CONTACT_CHANNELS = ['phone', 'sms', 'wechat', 'email', 'inPerson'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** What the timeline records: a step of the loop, a note, a contact with the visitor, an escalation, a new owner, a call-back attempt. */
export const INCIDENT_EVENT_KINDS = ['status', 'note', 'contact', 'escalated', 'assigned', 'callBack', 'classified'] as const;
export type IncidentEventKind = (typeof INCIDENT_EVENT_KINDS)[number];

/** Limits count clock hours, or working hours on China's working days (holidays and 调休 from the `chinese-days` calendar). */
export const LIMIT_UNITS = ['hours', 'workHours'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/** Local `HH:mm`. */
export const clockTime = z.string('invalidType').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time.invalid');

export const tierRule = z.strictObject({
  tier: z.enum(INCIDENT_TIERS, 'invalidOption'),
  /** Who owns a new incident of this tier: a named user, or else anyone holding the role (a queue until dispatched). */
  ownerUserId: uuid.nullable().default(null),
  ownerRole: z.enum(ROLE_NAMES, 'invalidOption').default('manager'),
  limit: z.strictObject({
    amount: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(720, 'outOfRange'),
    unit: z.enum(LIMIT_UNITS, 'invalidOption'),
  }),
});
export type TierRule = z.output<typeof tierRule>;

export const incidentRules = z
  .strictObject({
    /** One rule per tier, in INCIDENT_TIERS order. */
    tiers: z.array(tierRule, 'invalidType').length(INCIDENT_TIERS.length, 'incident.tiersIncomplete'),
    /** The working day for `workHours` limits (a single span; the lunch break counts as working time). */
    workDay: z.strictObject({ start: clockTime, end: clockTime }),
    /** Hours after resolution by which the visitor must be called back. */
    callBackHours: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(168, 'outOfRange').default(24),
  })
  .refine((r) => r.tiers.every((t, i) => t.tier === INCIDENT_TIERS[i]), { message: 'incident.tiersIncomplete', path: ['tiers'] })
  .refine((r) => r.workDay.start < r.workDay.end, { message: 'incident.workDayOrder', path: ['workDay', 'end'] });
export type IncidentRules = z.output<typeof incidentRules>;

/** Sensible defaults: an ordinary problem within 8 working hours by the desk, urgent 4 clock hours by a manager, critical 1 hour by an administrator. */
export const DEFAULT_INCIDENT_RULES: IncidentRules = {
  tiers: [
    { tier: 'ordinary', ownerUserId: null, ownerRole: 'receptionist', limit: { amount: 8, unit: 'workHours' } },
    { tier: 'urgent', ownerUserId: null, ownerRole: 'manager', limit: { amount: 4, unit: 'hours' } },
    { tier: 'critical', ownerUserId: null, ownerRole: 'admin', limit: { amount: 1, unit: 'hours' } },
  ],
  workDay: { start: '09:00', end: '18:00' },
  callBackHours: 24,
};

/** Free-text fields; forms read their limits from here. */
export const incidentFields = {
  title: requiredText(100),
  description: optionalMultilineText(2000),
  contactName: optionalText(50),
  contactPhone: phone.optional().default(''),
  note: requiredMultiline(1000),
  resolution: requiredMultiline(1000),
  rootCauseNote: optionalMultilineText(500),
  reviewNote: optionalMultilineText(500),
  callBackComment: optionalMultilineText(500),
};

const localMinute = z.string();

export const incidentEvent = z.object({
  id: z.string(),
  kind: z.enum(INCIDENT_EVENT_KINDS),
  /** ISO instant. */
  at: z.string(),
  byName: z.string(),
  /** For `status`: the status reached; `escalated`: the new tier; `contact` / `callBack`: the channel. */
  value: z.string(),
  text: z.string(),
});
export type IncidentEvent = z.output<typeof incidentEvent>;

export const CALLBACK_STATUSES = ['open', 'reached', 'unreachable'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export const callBack = z.object({
  id: z.string(),
  incidentId: z.string(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string(),
  /** Local `YYYY-MM-DDTHH:mm`. */
  dueAt: localMinute,
  status: z.enum(CALLBACK_STATUSES),
  attempts: z.number().int(),
  /** 1–5 when reached and asked. */
  score: z.number().int().nullable(),
  comment: z.string(),
  doneAt: z.string().nullable(),
  doneByName: z.string(),
  overdue: z.boolean(),
});
export type CallBack = z.output<typeof callBack>;

export const incidentSummary = z.object({
  id: z.string(),
  /** Short code printed and searched: `IN-YYMMDD-NNN`. */
  code: z.string(),
  title: z.string(),
  category: z.enum(INCIDENT_CATEGORIES),
  tier: z.enum(INCIDENT_TIERS),
  /** How many times it escalated by itself. */
  escalations: z.number().int(),
  status: z.enum(INCIDENT_STATUSES),
  source: z.enum(INCIDENT_SOURCES),
  ownerUserId: z.string().nullable(),
  /** The owner's name, or the role's queue while nobody is dispatched. */
  ownerName: z.string(),
  ownerRole: z.enum(ROLE_NAMES).nullable(),
  /** Local `YYYY-MM-DDTHH:mm`; null once resolved. */
  deadlineAt: localMinute.nullable(),
  overdue: z.boolean(),
  receivedAt: z.string(),
  personName: z.string().nullable(),
  clientName: z.string().nullable(),
  clientTier: z.enum(CLIENT_TIERS).nullable(),
  planTitle: z.string().nullable(),
  callBackStatus: z.enum(CALLBACK_STATUSES).nullable(),
});
export type IncidentSummary = z.output<typeof incidentSummary>;

export const incidentDetail = incidentSummary.extend({
  description: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  personId: z.string().nullable(),
  visitId: z.string().nullable(),
  planId: z.string().nullable(),
  clientId: z.string().nullable(),
  feedbackResponseId: z.string().nullable(),
  resolution: z.string(),
  rootCause: z.enum(ROOT_CAUSES).nullable(),
  rootCauseNote: z.string(),
  reviewNote: z.string(),
  reporterName: z.string(),
  /** Everyone who owned it, reported it or wrote on it: they all see an escalation. */
  involvedNames: z.array(z.string()),
  timeline: z.array(incidentEvent),
  callBacks: z.array(callBack),
  /** What the signed-in user may do next (the renderer shows only these buttons). */
  moves: z.array(z.enum(INCIDENT_STATUSES)),
});
export type IncidentDetail = z.output<typeof incidentDetail>;

export const INCIDENT_LIST_FILTERS = ['open', 'overdue', 'mine', 'resolved', 'all'] as const;

export const ANALYSIS_GROUPS = ['category', 'rootCause', 'client', 'tier', 'day', 'week', 'month'] as const;
export type AnalysisGroup = (typeof ANALYSIS_GROUPS)[number];

export const analysisRow = z.object({
  /** The category / root cause / tier value, the client's id, or the period's first day. */
  key: z.string(),
  /** The client's name for `client`; '' otherwise (the renderer translates coded keys). */
  label: z.string(),
  count: z.number().int(),
  complaints: z.number().int(),
  critical: z.number().int(),
  escalated: z.number().int(),
  /** Resolved after their deadline, or still open past it. */
  late: z.number().int(),
  /** Average minutes from received to resolved, over the resolved ones; null when none. */
  avgResolveMinutes: z.number().nullable(),
  /** Average call-back satisfaction (1–5); null when none scored. */
  avgCallBackScore: z.number().nullable(),
});
export type AnalysisRow = z.output<typeof analysisRow>;

const recordInput = {
  category: z.enum(INCIDENT_CATEGORIES, 'invalidOption'),
  tier: z.enum(INCIDENT_TIERS, 'invalidOption').default('ordinary'),
  title: incidentFields.title,
  description: incidentFields.description,
  source: z.enum(INCIDENT_SOURCES, 'invalidOption').default('desk'),
  personId: uuid.nullable().default(null),
  visitId: uuid.nullable().default(null),
  planId: uuid.nullable().default(null),
  clientId: uuid.nullable().default(null),
  /** Someone not in the directory (a caller, a passer-by). */
  contactName: incidentFields.contactName,
  contactPhone: incidentFields.contactPhone,
  /** Dispatch at once to this user; otherwise the tier's owner (or role queue). */
  ownerUserId: uuid.nullable().default(null),
};

const byId = { id: uuid };

export const incidents = {
  /** Records a problem in seconds; its deadline follows the tier's rule. Source `feedback` is main's own (red alert) and refused here. */
  record: channel({
    input: () => z.strictObject(recordInput).refine((i) => i.source !== 'feedback', { message: 'invalidOption', path: ['source'] }),
    output: () => incidentDetail,
    permission: 'incidents.handle',
  }),
  list: channel({
    input: () => z.strictObject({
      filter: z.enum(INCIDENT_LIST_FILTERS, 'invalidOption').default('open'),
      category: z.enum(INCIDENT_CATEGORIES, 'invalidOption').optional(),
      tier: z.enum(INCIDENT_TIERS, 'invalidOption').optional(),
      clientId: uuid.optional(),
      planId: uuid.optional(),
      personId: uuid.optional(),
      /** Received on these local days (inclusive). */
      from: day.optional(),
      to: day.optional(),
      /** Code, title, names; pinyin too (the app's search engine). */
      query: text(50).optional(),
      cursor: text(200).optional(),
      limit: z.number('invalidType').int().min(1).max(200).default(50),
    }),
    output: () => z.object({ items: z.array(incidentSummary), nextCursor: z.string().nullable() }),
    permission: 'incidents.view',
  }),
  get: channel({ input: () => z.strictObject(byId), output: () => incidentDetail, permission: 'incidents.view' }),
  /** Sets category and tier (the deadline is recomputed from the time received). */
  classify: channel({
    input: () => z.strictObject({ ...byId, category: z.enum(INCIDENT_CATEGORIES, 'invalidOption'), tier: z.enum(INCIDENT_TIERS, 'invalidOption'), note: optionalText(500) }),
    output: () => incidentDetail,
    permission: 'incidents.handle',
  }),
  /** Gives it to a person (the deadline stays). */
  dispatch: channel({
    input: () => z.strictObject({ ...byId, ownerUserId: uuid, note: optionalText(500) }),
    output: () => incidentDetail,
    permission: 'incidents.handle',
  }),
  /** Resolves with what was done and why it happened; creates the call-back due within `callBackHours`. */
  resolve: channel({
    input: () => z.strictObject({
      ...byId,
      resolution: incidentFields.resolution,
      rootCause: z.enum(ROOT_CAUSES, 'invalidOption'),
      rootCauseNote: incidentFields.rootCauseNote,
    }),
    output: () => incidentDetail,
    permission: 'incidents.handle',
  }),
  /** A manager's review: accept (→ reviewed) or reopen (→ dispatched, a new deadline from now). */
  review: channel({
    input: () => z
      .strictObject({ ...byId, outcome: z.enum(['accept', 'reopen'], 'invalidOption'), note: incidentFields.reviewNote })
      .refine((i) => i.outcome !== 'reopen' || i.note.trim() !== '', { message: 'incident.reopenNote', path: ['note'] }),
    output: () => incidentDetail,
    permission: 'incidents.manage',
  }),
  archive: channel({ input: () => z.strictObject(byId), output: () => incidentDetail, permission: 'incidents.manage' }),
  addNote: channel({ input: () => z.strictObject({ ...byId, text: incidentFields.note }), output: () => incidentDetail, permission: 'incidents.handle' }),
  /** "Kept informed": every contact with the visitor goes on the timeline. */
  logContact: channel({
    input: () => z.strictObject({ ...byId, channel: z.enum(CONTACT_CHANNELS, 'invalidOption'), text: incidentFields.note }),
    output: () => incidentDetail,
    permission: 'incidents.handle',
  }),
  /** A call-back attempt: reached (with a score), not reached (stays open), or given up after trying. */
  logCallBack: channel({
    input: () => z
      .strictObject({
        callBackId: uuid,
        reached: z.boolean('invalidType'),
        score: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(5, 'outOfRange').nullable().default(null),
        comment: incidentFields.callBackComment,
        /** Not reached and no more tries: closes it as unreachable. */
        giveUp: z.boolean('invalidType').default(false),
      })
      .refine((i) => !i.reached || i.score !== null, { message: 'incident.callBackScore', path: ['score'] })
      .refine((i) => !(i.reached && i.giveUp), { message: 'invalidOption', path: ['giveUp'] }),
    output: () => incidentDetail,
    permission: 'incidents.handle',
  }),
  /** Frequent and serious causes: counts per category, root cause, client, tier or period. */
  analysis: channel({
    input: () => z.strictObject({ from: day, to: day, groupBy: z.enum(ANALYSIS_GROUPS, 'invalidOption') }),
    output: () => z.object({ rows: z.array(analysisRow), total: analysisRow }),
    permission: 'incidents.view',
  }),
  rules: channel({ input: () => z.strictObject({}), output: () => incidentRules, permission: 'incidents.view' }),
  saveRules: channel({ input: () => incidentRules, output: () => incidentRules, permission: 'incidents.manage' }),
  /** Working-time preview for the rules form and the record dialog: when would a limit starting now end. */
  previewDeadline: channel({
    input: () => z.strictObject({ tier: z.enum(INCIDENT_TIERS, 'invalidOption') }),
    output: () => z.object({
      deadlineAt: localMinute,
      /** The last year China's official holidays are known for; a deadline after it counts Monday–Friday (the form says so). */
      holidayDataUntil: z.number().int(),
    }),
    permission: 'incidents.view',
  }),
};

/** Reply scripts (话术): standard replies and etiquette, by scenario (DIGEST 02). */
export const SCRIPT_SCENARIOS = ['greeting', 'complaint', 'enquiry', 'business', 'phone', 'farewell'] as const;
export type ScriptScenario = (typeof SCRIPT_SCENARIOS)[number];

export const replyScript = z.object({
  id: z.string(),
  scenario: z.enum(SCRIPT_SCENARIOS),
  title: z.object({ zh: z.string(), en: z.string() }),
  body: z.object({ zh: z.string(), en: z.string() }),
  tags: z.array(z.string()),
  builtIn: z.boolean(),
  active: z.boolean(),
});
export type ReplyScript = z.output<typeof replyScript>;

const bilingual = (max: number) => z.strictObject({ zh: requiredText(max), en: optionalText(max) });

export const scripts = {
  /** Active scripts, filtered by scenario and by words of the title, body or tags (Chinese, pinyin of the title, English). */
  list: channel({
    input: () => z.strictObject({
      scenario: z.enum(SCRIPT_SCENARIOS, 'invalidOption').optional(),
      query: text(50).optional(),
      includeInactive: z.boolean('invalidType').default(false),
    }),
    output: () => z.array(replyScript),
    permission: 'app.view',
  }),
  save: channel({
    input: () => z.strictObject({
      id: uuid.optional(),
      scenario: z.enum(SCRIPT_SCENARIOS, 'invalidOption'),
      title: bilingual(60),
      body: z.strictObject({ zh: requiredMultiline(2000), en: optionalMultilineText(2000) }),
      tags: z.array(requiredText(20), 'invalidType').max(10, 'tooMany').default([]),
      active: z.boolean('invalidType').default(true),
    }),
    output: () => replyScript,
    permission: 'incidents.manage',
  }),
};
