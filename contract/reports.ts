import { z } from 'zod';
import { channel } from './channel';
import { CLIENT_TIERS } from './clients';
import { day, refineDayRange, uuid } from './fields';

/**
 * Reports (DIGEST 05, 06): the office's numbers by period. Each chart of the
 * reports screen has its own channel, so each answers on its own (the budget is
 * per chart: under 200 ms on a year of a busy desk, under 1 s on ten years).
 *
 * Periods are the desk's local calendar (main/core/clock.ts): a day is a local
 * day, a week runs Monday to Sunday and is keyed by its Monday, a month is
 * `YYYY-MM`. With week or month, the range is widened to whole periods so a
 * period's count of distinct visitors is exact; `range` in the answer says
 * what was counted.
 */
export const REPORT_GRANULARITIES = ['day', 'week', 'month'] as const;
export type ReportGranularity = (typeof REPORT_GRANULARITIES)[number];

/** Longest range a report reads: ten years and a little, so "everything" is one call. */
export const REPORT_MAX_DAYS = 3700;

export const reportRange = z
  .strictObject({
    from: day,
    to: day,
    granularity: z.enum(REPORT_GRANULARITIES, 'invalidOption').default('month'),
    /** Only this client's planned visits (walk-ins have no client). */
    clientId: uuid.nullable().default(null),
  })
  .superRefine(refineDayRange)
  .superRefine((r, ctx) => {
    const days = (Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / 86_400_000;
    if (days > REPORT_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'report.rangeTooLong' });
  });
export type ReportRange = z.output<typeof reportRange>;

/** What was counted: the asked range widened to whole periods. */
const countedRange = z.object({ from: z.string(), to: z.string(), granularity: z.enum(REPORT_GRANULARITIES) });

/** Period keys: `YYYY-MM-DD` (a day, or a week's Monday) or `YYYY-MM`. Every period of the range is present, zeros included. */
const periodKey = z.string();

export const visitsReport = z.object({
  range: countedRange,
  totals: z.object({ visits: z.number().int(), walkIns: z.number().int(), planned: z.number().int() }),
  periods: z.array(
    z.object({
      key: periodKey,
      visits: z.number().int(),
      walkIns: z.number().int(),
      planned: z.number().int(),
      /** Distinct people who came in the period (a person twice in a month counts once in that month). */
      visitors: z.number().int(),
    }),
  ),
  /** Planned visits by client, most first (at most 20; the rest summed in `otherClients`). */
  byClient: z.array(z.object({ clientId: z.string(), name: z.string(), tier: z.enum(CLIENT_TIERS), visits: z.number().int() })),
  otherClients: z.number().int(),
  /** Planned visits by the client's tier today; walk-ins apart. */
  byTier: z.array(z.object({ tier: z.enum(CLIENT_TIERS), visits: z.number().int() })),
});
export type VisitsReport = z.output<typeof visitsReport>;

export const peakHoursReport = z.object({
  range: countedRange,
  /** Check-ins by weekday (0 = Monday … 6 = Sunday) × local hour (0–23). */
  heatmap: z.array(z.array(z.number().int()).length(24)).length(7),
  /** The desk's busiest hours over the range, most first (at most 10), with the average per such weekday. */
  busiest: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), visits: z.number().int(), perDay: z.number() })),
});
export type PeakHoursReport = z.output<typeof peakHoursReport>;

/** An average with how many values made it; null when there were none. */
const average = z.object({ count: z.number().int(), average: z.number().nullable() });

export const handlingReport = z.object({
  range: countedRange,
  /** Seconds from the registration form's first keystroke to the badge (walk-ins registered at the desk). */
  registrationSeconds: average,
  /** Minutes from a plan's arrival time to its guest's check-in (negative: early), for guests checked in on the arrival day. */
  arrivalToCheckInMinutes: average,
  /** Minutes from check-in to check-out. */
  visitMinutes: average,
  /**
   * The most visitors on site at once, and the (first) day it happened: per local day, that day's visits
   * from check-in to check-out (one not checked out counts to the end of its day).
   */
  peakOnSite: z.object({ count: z.number().int(), day: z.string().nullable() }),
  periods: z.array(
    z.object({
      key: periodKey,
      registrationSeconds: z.number().nullable(),
      arrivalToCheckInMinutes: z.number().nullable(),
      visitMinutes: z.number().nullable(),
      peakOnSite: z.number().int(),
    }),
  ),
});
export type HandlingReport = z.output<typeof handlingReport>;

export const PREFERENCE_KINDS = ['diet', 'transport', 'accessibility', 'other'] as const;
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];

export const preferencesReport = z.object({
  range: countedRange,
  /** Guests on plans arriving in the range (of the client, when one is asked). */
  guests: z.number().int(),
  /** Each kind's stated needs, the same words counted together (trimmed), most first, at most 15 each. */
  kinds: z.array(z.object({ kind: z.enum(PREFERENCE_KINDS), stated: z.number().int(), values: z.array(z.object({ value: z.string(), guests: z.number().int() })) })),
  /** The clients with the most guests in the range and their most stated needs (only without a client filter). */
  clients: z.array(z.object({ clientId: z.string(), name: z.string(), guests: z.number().int(), top: z.array(z.object({ kind: z.enum(PREFERENCE_KINDS), value: z.string(), guests: z.number().int() })) })),
});
export type PreferencesReport = z.output<typeof preferencesReport>;

/** A rate: `part` of `whole`; `rate` is the share from 0 to 1 (4 decimals), null when the whole is 0. The per-period rates below are such shares too. */
const rate = z.object({ part: z.number().int(), whole: z.number().int(), rate: z.number().nullable() });

export const serviceReport = z.object({
  range: countedRange,
  satisfaction: z.object({ responses: z.number().int(), average: z.number().nullable(), distribution: z.array(z.number().int()).length(5), redAlerts: z.number().int() }),
  /** Complaints recorded per visit of the range. */
  complaintRate: rate,
  /** Incidents resolved in the range within their time limit. */
  incidentsOnTime: rate,
  /** Checklist items due in the range, done by their due time. */
  checklistsOnTime: rate,
  /** Follow-up steps due in the range, done by their due day. */
  followupsOnTime: rate,
  periods: z.array(
    z.object({
      key: periodKey,
      satisfaction: z.number().nullable(),
      responses: z.number().int(),
      complaints: z.number().int(),
      visits: z.number().int(),
      incidentsOnTime: z.number().nullable(),
      checklistsOnTime: z.number().nullable(),
      followupsOnTime: z.number().nullable(),
    }),
  ),
});
export type ServiceReport = z.output<typeof serviceReport>;

export const reports = {
  visits: channel({ input: () => reportRange, output: () => visitsReport, permission: 'reports.view' }),
  peakHours: channel({ input: () => reportRange, output: () => peakHoursReport, permission: 'reports.view' }),
  handling: channel({ input: () => reportRange, output: () => handlingReport, permission: 'reports.view' }),
  preferences: channel({ input: () => reportRange, output: () => preferencesReport, permission: 'reports.view' }),
  service: channel({ input: () => reportRange, output: () => serviceReport, permission: 'reports.view' }),
};
