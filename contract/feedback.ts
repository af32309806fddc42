import { z } from 'zod';
import { channel } from './channel';
import { localText } from './checklists';
import { day, optionalMultilineText, optionalText, text, uuid } from './fields';
import { INCIDENT_TIERS } from './incidents';
import { localDateTime } from './plans';

/**
 * Satisfaction feedback (反馈收集, DIGEST 03): questionnaires per service
 * scenario, answered at a kiosk, on paper, or told to staff; a low score or a
 * warning word raises a red alert (a complaint incident and the managers told).
 * These lists are also db column values.
 */
export const FEEDBACK_SCENARIOS = ['reception', 'meeting', 'dining', 'transport', 'accommodation', 'general'] as const;
export type FeedbackScenario = (typeof FEEDBACK_SCENARIOS)[number];

export const QUESTION_KINDS = ['rating', 'choice', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** Ratings are 1–5 stars everywhere, so scores compare across questionnaires. */
export const RATING_MAX = 5;

/** How a response came in; `kiosk` is only ever set by the kiosk itself. */
export const RESPONSE_CHANNELS = ['kiosk', 'paper', 'phone', 'email', 'interview'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];
export const STAFF_CHANNELS = ['paper', 'phone', 'email', 'interview'] as const satisfies readonly ResponseChannel[];

export const REQUEST_STATUSES = ['open', 'answered', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Which checked-out walk-in visits (not on a plan) get a "request feedback" task; a completed plan always does. */
export const WALK_IN_REQUESTS = ['none', 'clients', 'all'] as const;

/** A choice's text, in both languages. */
export const OPTION_TEXT = localText(60);

export const questionInput = z
  .strictObject({
    /** Kept when given, so answers keep pointing at their question after an edit; main assigns one to a new question. */
    id: uuid.optional(),
    kind: z.enum(QUESTION_KINDS, 'invalidOption'),
    text: localText(200),
    required: z.boolean('invalidType').default(true),
    /** Choice questions: 2–10 options. */
    options: z.array(OPTION_TEXT, 'invalidType').max(10, 'tooMany').default([]),
    /** Choice questions: more than one option may be ticked. */
    multiple: z.boolean('invalidType').default(false),
  })
  .refine((q) => q.kind !== 'choice' || q.options.length >= 2, { message: 'feedback.choiceOptions', path: ['options'] });

export const templateInput = z.strictObject({
  id: uuid.optional(),
  name: localText(50),
  scenario: z.enum(FEEDBACK_SCENARIOS, 'invalidOption'),
  active: z.boolean('invalidType').default(true),
  questions: z.array(questionInput, 'invalidType').min(1, 'required').max(30, 'tooMany'),
});

const localTextOut = z.object({ zh: z.string(), en: z.string() });
export const question = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  text: localTextOut,
  required: z.boolean(),
  options: z.array(localTextOut),
  multiple: z.boolean(),
});
export type Question = z.output<typeof question>;

export const feedbackTemplate = z.object({
  id: z.string(),
  name: localTextOut,
  scenario: z.enum(FEEDBACK_SCENARIOS),
  active: z.boolean(),
  builtIn: z.boolean(),
  questions: z.array(question),
  updatedAt: z.string(),
});
export type FeedbackTemplate = z.output<typeof feedbackTemplate>;

/** One answer; main checks it against its question (kind, range, options, required). */
export const answerInput = z.strictObject({
  questionId: uuid,
  rating: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(RATING_MAX, 'outOfRange').nullable().default(null),
  /** Indexes into the question's options. */
  choices: z.array(z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(9, 'outOfRange'), 'invalidType').max(10, 'tooMany').default([]),
  text: optionalMultilineText(1000),
});
export type AnswerInput = z.input<typeof answerInput>;

export const answer = z.object({
  questionId: z.string(),
  rating: z.number().int().nullable(),
  choices: z.array(z.number().int()),
  text: z.string(),
});

export const feedbackRules = z.strictObject({
  /** A rating at or under this (1–5) raises a red alert. */
  alertAtOrBelow: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(RATING_MAX - 1, 'outOfRange').default(2),
  /** Words in a text answer that raise a red alert whatever the score (e.g. 投诉, 态度差). */
  alertKeywords: z.array(optionalText(20).pipe(z.string().min(1, 'required')), 'invalidType').max(50, 'tooMany').default([]),
  /** The tier of the complaint a red alert opens (its limit is the investigation deadline). */
  alertTier: z.enum(INCIDENT_TIERS, 'invalidOption').default('urgent'),
  walkInRequests: z.enum(WALK_IN_REQUESTS, 'invalidOption').default('clients'),
  /** Hours after the visit ends by which feedback should have been asked for. */
  requestWithinHours: z.number('invalidType').int('invalidType').min(1, 'outOfRange').max(168, 'outOfRange').default(24),
});
export type FeedbackRules = z.output<typeof feedbackRules>;
export const DEFAULT_FEEDBACK_RULES: FeedbackRules = {
  alertAtOrBelow: 2,
  alertKeywords: ['投诉', '态度差', '不满意', '太差', 'complaint', 'rude'],
  alertTier: 'urgent',
  walkInRequests: 'clients',
  requestWithinHours: 24,
};

/** What a response is about: any of a request (by its printed code), a plan, a visit, a person, a client. */
const about = {
  requestId: uuid.nullable().default(null),
  planId: uuid.nullable().default(null),
  visitId: uuid.nullable().default(null),
  personId: uuid.nullable().default(null),
  clientId: uuid.nullable().default(null),
};

export const feedbackRequest = z.object({
  id: z.string(),
  /** Printed on the paper questionnaire (with its QR code) and typed or scanned when it comes back. */
  code: z.string(),
  templateId: z.string().nullable(),
  planId: z.string().nullable(),
  planTitle: z.string().nullable(),
  visitId: z.string().nullable(),
  personName: z.string().nullable(),
  clientName: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string(),
  /** Local `YYYY-MM-DDTHH:mm`. */
  dueAt: z.string(),
  status: z.enum(REQUEST_STATUSES),
  responseId: z.string().nullable(),
  declineReason: z.string(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type FeedbackRequest = z.output<typeof feedbackRequest>;

export const feedbackResponse = z.object({
  id: z.string(),
  templateId: z.string(),
  templateName: localTextOut,
  channel: z.enum(RESPONSE_CHANNELS),
  requestCode: z.string().nullable(),
  planId: z.string().nullable(),
  planTitle: z.string().nullable(),
  visitId: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  respondentName: z.string(),
  answers: z.array(answer),
  /** Average of the ratings (1–5), null when none was given. */
  score: z.number().nullable(),
  lowestRating: z.number().int().nullable(),
  redAlert: z.boolean(),
  /** Why: `score` and/or the keywords found. */
  alertReasons: z.array(z.string()),
  incidentId: z.string().nullable(),
  incidentCode: z.string().nullable(),
  /** Local `YYYY-MM-DDTHH:mm`: when it was given (typed in later for paper and phone). */
  givenAt: z.string(),
  enteredByName: z.string(),
});
export type FeedbackResponse = z.output<typeof feedbackResponse>;

export const summaryGroups = ['day', 'week', 'month', 'template', 'client'] as const;

export const feedbackSummary = z.object({
  responses: z.number().int(),
  average: z.number().nullable(),
  /** Count of ratings 1..5 (index 0 = one star). */
  distribution: z.array(z.number().int()).length(RATING_MAX),
  redAlerts: z.number().int(),
  byChannel: z.record(z.string(), z.number().int()),
  periods: z.array(z.object({ key: z.string(), label: z.string(), responses: z.number().int(), average: z.number().nullable(), redAlerts: z.number().int() })),
  /** The latest text answers of the period (newest first, at most 50). */
  comments: z.array(z.object({ responseId: z.string(), givenAt: z.string(), text: z.string(), score: z.number().nullable(), redAlert: z.boolean() })),
  /** Per question of one template (only when `templateId` is given): its average and choices counted. */
  questions: z.array(z.object({ questionId: z.string(), average: z.number().nullable(), choiceCounts: z.array(z.number().int()), answered: z.number().int() })),
});
export type FeedbackSummary = z.output<typeof feedbackSummary>;

/** What the kiosk shows: one questionnaire, in both languages, and whom it is about (first names only). */
export const kioskForm = z.object({
  template: feedbackTemplate,
  /** A greeting line such as the plan's client, or null. */
  heading: z.string().nullable(),
  /** Responses taken since the kiosk started. */
  taken: z.number().int(),
});

export const feedback = {
  templates: channel({
    input: () => z.strictObject({ includeInactive: z.boolean('invalidType').default(false) }),
    output: () => z.array(feedbackTemplate),
    permission: 'feedback.view',
  }),
  saveTemplate: channel({ input: () => templateInput, output: () => feedbackTemplate, permission: 'feedback.manage' }),
  /** Requests to ask for feedback: open ones first by due time; `mine` = owned by the signed-in user. */
  requests: channel({
    input: () => z.strictObject({
      status: z.enum(REQUEST_STATUSES, 'invalidOption').optional(),
      mine: z.boolean('invalidType').default(false),
      limit: z.number('invalidType').int().min(1).max(200).default(50),
    }),
    output: () => z.array(feedbackRequest),
    permission: 'feedback.view',
  }),
  /** A request by its printed code (typed or scanned from a paper questionnaire). */
  requestByCode: channel({
    input: () => z.strictObject({ code: text(20).pipe(z.string().trim().min(1, 'required')) }),
    output: () => feedbackRequest,
    permission: 'feedback.view',
  }),
  /** Asks for feedback on a plan or a visit by hand (or gets the open request there is). */
  createRequest: channel({
    input: () => z
      .strictObject({ planId: uuid.nullable().default(null), visitId: uuid.nullable().default(null), templateId: uuid.nullable().default(null) })
      .refine((i) => i.planId !== null || i.visitId !== null, { message: 'required', path: ['planId'] }),
    output: () => feedbackRequest,
    permission: 'feedback.record',
  }),
  /** The visitor would rather not answer: closes the request with a reason. */
  declineRequest: channel({
    input: () => z.strictObject({ id: uuid, reason: optionalText(200).pipe(z.string().min(1, 'required')) }),
    output: () => feedbackRequest,
    permission: 'feedback.record',
  }),
  /** A response typed in by staff: from paper, by phone, e-mail or interview (the channel noted). */
  submit: channel({
    input: () => z.strictObject({
      templateId: uuid,
      channel: z.enum(STAFF_CHANNELS, 'invalidOption'),
      ...about,
      respondentName: optionalText(50),
      /** When it was given; default now. */
      givenAt: localDateTime.optional(),
      answers: z.array(answerInput, 'invalidType').max(30, 'tooMany'),
    }),
    output: () => feedbackResponse,
    permission: 'feedback.record',
  }),
  responses: channel({
    input: () => z.strictObject({
      from: day.optional(),
      to: day.optional(),
      templateId: uuid.optional(),
      clientId: uuid.optional(),
      planId: uuid.optional(),
      redAlertOnly: z.boolean('invalidType').default(false),
      query: text(50).optional(),
      cursor: text(200).optional(),
      limit: z.number('invalidType').int().min(1).max(200).default(50),
    }),
    output: () => z.object({ items: z.array(feedbackResponse), nextCursor: z.string().nullable() }),
    permission: 'feedback.view',
  }),
  response: channel({ input: () => z.strictObject({ id: uuid }), output: () => feedbackResponse, permission: 'feedback.view' }),
  /** Per period: responses, average, distribution, comments, red alerts. */
  summary: channel({
    input: () => z.strictObject({ from: day, to: day, groupBy: z.enum(summaryGroups, 'invalidOption').default('day'), templateId: uuid.optional() }),
    output: () => feedbackSummary,
    permission: 'feedback.view',
  }),
  rules: channel({ input: () => z.strictObject({}), output: () => feedbackRules, permission: 'feedback.view' }),
  saveRules: channel({ input: () => feedbackRules, output: () => feedbackRules, permission: 'feedback.manage' }),
  /**
   * Switches the desk into the feedback kiosk: until a staff member signs in
   * again, main answers only the kiosk's channels (and public ones), whatever
   * the window does.
   */
  kioskStart: channel({
    input: () => z.strictObject({ templateId: uuid, requestId: uuid.nullable().default(null), planId: uuid.nullable().default(null), visitId: uuid.nullable().default(null) }),
    output: () => z.object({ ok: z.literal(true) }),
    permission: 'feedback.record',
  }),
  kioskForm: channel({ input: () => z.strictObject({}), output: () => kioskForm, permission: 'kiosk' }),
  /** The visitor's answers; the kiosk then shows its thanks and starts again for the next visitor. */
  kioskSubmit: channel({
    input: () => z.strictObject({ answers: z.array(answerInput, 'invalidType').max(30, 'tooMany'), respondentName: optionalText(50) }),
    output: () => z.object({ ok: z.literal(true) }),
    permission: 'kiosk',
  }),
};
