import { sql } from 'drizzle-orm';
import type { ReportRange, ServiceReport } from '../../../contract/reports';
import { localDay, localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { clientVisits } from './client-visits';
import { endOfDay, mean, periodMap, periodOf, share, widen, type CountedRange } from './periods';

type Filter = { range: CountedRange; clientId: string | null };
const clientIs = (column: string, clientId: string | null) => (clientId ? sql`AND ${sql.raw(column)} = ${clientId}` : sql``);

interface FeedbackDay {
  day: string;
  responses: number;
  scored: number;
  scoreSum: number;
  red: number;
}

/**
 * Feedback given in the range: per day the responses, scores and red alerts,
 * and every rating (1–5) given, as the feedback summary counts them (each
 * answer's rating), from feedback_day_stats (db/schema/reports.ts, kept by
 * triggers): parsing every response's answers JSON was most of this report's
 * time over years of history.
 */
function feedback(db: ReadDb, { range, clientId }: Filter): { days: FeedbackDay[]; distribution: number[] } {
  const rows = db.all<FeedbackDay & { r1: number; r2: number; r3: number; r4: number; r5: number }>(sql`
    SELECT day, sum(responses) AS responses, sum(scored) AS scored, sum(score_sum) AS scoreSum, sum(red) AS red,
      sum(r1) AS r1, sum(r2) AS r2, sum(r3) AS r3, sum(r4) AS r4, sum(r5) AS r5
    FROM feedback_day_stats WHERE day BETWEEN ${range.from} AND ${range.to} ${clientIs('client_id', clientId)} GROUP BY day`);
  const distribution = [0, 0, 0, 0, 0];
  for (const r of rows) [r.r1, r.r2, r.r3, r.r4, r.r5].forEach((n, i) => (distribution[i]! += n));
  return { days: rows.map(({ day, responses, scored, scoreSum, red }) => ({ day, responses, scored, scoreSum, red })), distribution };
}

/** Complaints received in the range (incidents_received), per day. */
function complaintDays(db: ReadDb, { range, clientId }: Filter) {
  return db.all<{ day: string; n: number }>(sql`
    SELECT substr(received_at, 1, 10) AS day, count(*) AS n FROM incidents
    WHERE received_at >= ${range.from} AND received_at < ${endOfDay(range.to)} AND category = 'complaint' AND deleted_at IS NULL ${clientIs('client_id', clientId)}
    GROUP BY day`);
}

/** Incidents resolved in the range, per day of resolution: how many, and how many within their time limit. */
function resolvedDays(db: ReadDb, { range, clientId }: Filter) {
  return db.all<{ day: string; whole: number; part: number }>(sql`
    SELECT substr(resolved_at, 1, 10) AS day, count(*) AS whole, sum(resolved_late = 0) AS part FROM incidents
    WHERE resolved_at >= ${range.from} AND resolved_at < ${endOfDay(range.to)} AND deleted_at IS NULL ${clientIs('client_id', clientId)}
    GROUP BY day`);
}

/*
 * When a checklist item was ticked, as the desk's local minute: quality's
 * `tickedAt` (a local minute as it is, an ISO instant in the local zone;
 * SQLite's 'localtime' reads the same TZ as the process). An instant SQLite
 * cannot read sorts after every due time, as JS's invalid date ("NaN-…") did.
 */
const TICKED = `CASE WHEN i.status_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]' THEN i.status_at
  ELSE coalesce(strftime('%Y-%m-%dT%H:%M', i.status_at, 'localtime'), 'NaN') END`;

/**
 * Checklist items due in the range on plans that went ahead (as quality
 * compliance reads them, checklist_items_due), judged per day by its rule
 * (quality's checklistVerdict, here in SQL so the items stay in SQLite): done
 * on time (done, ticked by its due time), or late or missed (done after it,
 * or open or a problem once due); not applicable and not yet due are not judged.
 */
function checklistDays(db: ReadDb, { range, clientId }: Filter, now: string) {
  return db.all<{ day: string; whole: number; part: number }>(sql`
    SELECT substr(i.due_at, 1, 10) AS day, count(*) AS whole,
      sum(i.status = 'done' AND (i.status_at IS NULL OR i.status_at = '' OR ${sql.raw(TICKED)} <= i.due_at)) AS part
    FROM checklist_items i JOIN plan_checklists l ON l.id = i.checklist_id JOIN visit_plans p ON p.id = i.plan_id
    WHERE i.due_at >= ${`${range.from}T00:00`} AND i.due_at < ${endOfDay(range.to)}
      AND i.deleted_at IS NULL AND l.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status NOT IN ('draft', 'cancelled') ${clientIs('p.client_id', clientId)}
      AND (i.status = 'done' OR (i.status <> 'na' AND i.due_at < ${now}))
    GROUP BY day`);
}

/**
 * Follow-up steps due in the range: on time when done by their due day (the
 * desk's local day of doing it); late when done after, or still open after
 * it. Skipped steps and those not yet due are not judged; a cancelled
 * follow-up's steps do not count.
 */
function followupDays(db: ReadDb, { range, clientId }: Filter, today: string) {
  return db.all<{ day: string; whole: number; part: number }>(sql`
    SELECT s.due_day AS day, count(*) AS whole, sum(s.status = 'done' AND date(s.done_at, 'localtime') <= s.due_day) AS part
    FROM followup_steps s JOIN followup_plans f ON f.id = s.followup_id
    WHERE s.due_day BETWEEN ${range.from} AND ${range.to} AND s.deleted_at IS NULL AND f.deleted_at IS NULL AND f.status <> 'cancelled'
      AND (s.status = 'done' OR (s.status = 'open' AND s.due_day < ${today})) ${clientIs('f.client_id', clientId)}
    GROUP BY s.due_day`);
}

/** Visits per day: the summary, or the client's planned visits. */
function visitDays(db: ReadDb, { range, clientId }: Filter): { day: string; n: number }[] {
  if (clientId) return clientVisits(db, range, clientId).map((v) => ({ day: v.day, n: 1 }));
  return db.all<{ day: string; n: number }>(sql`SELECT day, sum(visits) AS n FROM visit_stats WHERE day BETWEEN ${range.from} AND ${range.to} GROUP BY day`);
}

/**
 * The service figures (DIGEST 06): satisfaction, complaint rate, incidents
 * resolved within their limit, checklist and follow-up compliance, over the
 * range and per period. Rates are shares from 0 to 1.
 */
export function serviceReport(ctx: ServiceContext, input: ReportRange): ServiceReport {
  const range = widen(input);
  const filter = { range, clientId: input.clientId };
  const now = ctx.now();
  const empty = () => ({ responses: 0, scored: 0, scoreSum: 0, red: 0, complaints: 0, visits: 0, incWhole: 0, incPart: 0, clWhole: 0, clPart: 0, fuWhole: 0, fuPart: 0 });
  const periods = periodMap(range, empty);
  const all = empty();
  const add = (day: string, f: (p: ReturnType<typeof empty>) => void) => {
    f(periods.get(periodOf(day, range.granularity))!);
    f(all);
  };
  const given = feedback(ctx.db, filter);
  for (const d of given.days)
    add(d.day, (p) => {
      p.responses += d.responses;
      p.scored += d.scored;
      p.scoreSum += d.scoreSum;
      p.red += d.red;
    });
  for (const d of complaintDays(ctx.db, filter)) add(d.day, (p) => (p.complaints += d.n));
  for (const d of visitDays(ctx.db, filter)) add(d.day, (p) => (p.visits += d.n));
  for (const d of resolvedDays(ctx.db, filter))
    add(d.day, (p) => {
      p.incWhole += d.whole;
      p.incPart += d.part;
    });
  for (const d of checklistDays(ctx.db, filter, localMinute(now)))
    add(d.day, (p) => {
      p.clWhole += d.whole;
      p.clPart += d.part;
    });
  for (const d of followupDays(ctx.db, filter, localDay(now)))
    add(d.day, (p) => {
      p.fuWhole += d.whole;
      p.fuPart += d.part;
    });
  const rate = (part: number, whole: number) => ({ part, whole, rate: share(part, whole) });
  return {
    range,
    satisfaction: { responses: all.responses, average: mean(all.scoreSum, all.scored, 2), distribution: given.distribution, redAlerts: all.red },
    complaintRate: rate(all.complaints, all.visits),
    incidentsOnTime: rate(all.incPart, all.incWhole),
    checklistsOnTime: rate(all.clPart, all.clWhole),
    followupsOnTime: rate(all.fuPart, all.fuWhole),
    periods: [...periods].map(([key, p]) => ({
      key,
      satisfaction: mean(p.scoreSum, p.scored, 2),
      responses: p.responses,
      complaints: p.complaints,
      visits: p.visits,
      incidentsOnTime: share(p.incPart, p.incWhole),
      checklistsOnTime: share(p.clPart, p.clWhole),
      followupsOnTime: share(p.fuPart, p.fuWhole),
    })),
  };
}
