import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { Finding, MISSING_FIELDS } from '../../../contract/quality';
import { localDay, localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { planColumns, visitOnDays } from '../plans';

type Missing = (typeof MISSING_FIELDS)[number];

/**
 * Plans whose record should be whole: once confirmed the visit is going to
 * happen (a draft may never), and a completed or archived one is history.
 * Cancelled visits need nothing more.
 */
const CHECKED_STATUSES = ['confirmed', 'in_progress', 'completed', 'archived'];
/** After the visit: its follow-up items should be closed by now. */
const FINISHED_STATUSES = ['completed'];

interface PlanFacts {
  id: string;
  title: string;
  status: string;
  arrivalAt: string | null;
  departureAt: string | null;
  purpose: string;
  guests: number;
  leads: number;
  /** Phone of the lead guest (or the first guest when nobody leads); null when there is no guest. */
  leadPhone: string | null;
  greeters: number;
}

const inList = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/**
 * The plans of the range and what their record holds, in one read: found by
 * the day (visit_plans_ends, as the calendar finds them), their guests, lead
 * and greeter counted per plan through plan_guests / plan_team's plan indexes.
 */
function plansInRange(db: ReadDb, from: string, to: string): PlanFacts[] {
  return db.all<PlanFacts>(sql`
    SELECT p.id, p.title, p.status, p.arrival_at AS arrivalAt, p.departure_at AS departureAt, p.purpose,
      (SELECT count(*) FROM plan_guests g WHERE g.plan_id = p.id AND g.deleted_at IS NULL) AS guests,
      (SELECT count(*) FROM plan_guests g WHERE g.plan_id = p.id AND g.deleted_at IS NULL AND g.is_lead = 1) AS leads,
      (SELECT pe.phone FROM plan_guests g JOIN people pe ON pe.id = g.person_id
        WHERE g.plan_id = p.id AND g.deleted_at IS NULL ORDER BY g.is_lead DESC, g.created_at LIMIT 1) AS leadPhone,
      (SELECT count(*) FROM plan_team m WHERE m.plan_id = p.id AND m.deleted_at IS NULL AND m.role = 'greeter' AND m.primary_name <> '') AS greeters
    FROM visit_plans p
    WHERE p.deleted_at IS NULL AND +p.status IN (${inList(CHECKED_STATUSES)}) AND ${visitOnDays(planColumns('p'), from, to)}
    ORDER BY p.arrival_at, p.id`);
}

function missingOf(p: PlanFacts): Missing[] {
  const missing: Missing[] = [];
  if (!p.arrivalAt || !p.departureAt) missing.push('times');
  if (p.guests === 0) missing.push('guests');
  if (p.guests > 0 && p.leads === 0) missing.push('leadGuest');
  if (p.greeters === 0) missing.push('greeter');
  if (p.guests > 0 && !p.leadPhone) missing.push('guestPhone');
  if (p.purpose.trim() === '') missing.push('purpose');
  return missing;
}

interface OpenCounts {
  planId: string;
  feedback: number;
  filing: number;
  required: number;
}

/** Open (or problem) items of finished plans, by what they stand for; read per plan through checklist_items_plan. */
function openItemsOf(db: ReadDb, planIds: string[]): Map<string, OpenCounts> {
  if (planIds.length === 0) return new Map();
  const rows = db.all<OpenCounts>(sql`
    SELECT i.plan_id AS planId,
      sum(i.item_check IN ('feedbackRequest', 'callBack')) AS feedback,
      sum(i.item_check = 'filing') AS filing,
      sum(i.item_check IS NULL AND i.required = 1) AS required
    FROM checklist_items i JOIN plan_checklists l ON l.id = i.checklist_id
    WHERE i.plan_id IN (${inList(planIds)}) AND i.deleted_at IS NULL AND l.deleted_at IS NULL AND i.status IN ('open', 'problem')
    GROUP BY i.plan_id`);
  return new Map(rows.map((r) => [r.planId, r]));
}

function planFindings(p: PlanFacts, open: OpenCounts | undefined): Finding[] {
  const base = { planId: p.id, visitId: null, title: p.title, at: p.arrivalAt };
  const found: Finding[] = [];
  const missing = missingOf(p);
  if (missing.length > 0) found.push({ ...base, kind: 'missingRequiredData', missing, openItems: 0 });
  if (!FINISHED_STATUSES.includes(p.status) || !open) return found;
  if (open.feedback > 0) found.push({ ...base, kind: 'missingFeedback', missing: [], openItems: open.feedback });
  if (open.filing > 0) found.push({ ...base, kind: 'unfiled', missing: [], openItems: open.filing });
  if (open.required > 0) found.push({ ...base, kind: 'requiredItemsOpen', missing: [], openItems: open.required });
  return found;
}

/**
 * Visits of the range still on site from a day before today: somebody left
 * without checking out. Read through visits_day_check_in by the day range.
 */
function missingCheckOuts(db: ReadDb, from: string, to: string, today: string): Finding[] {
  const rows = db.all<{ id: string; name: string; badgeNo: string; planId: string | null; checkInAt: string | null }>(sql`
    SELECT t.id, coalesce(t.visitor_name, pe.name) AS name, t.badge_no AS badgeNo, t.plan_id AS planId, t.check_in_at AS checkInAt
    FROM visits t JOIN people pe ON pe.id = t.person_id
    WHERE t.visit_day BETWEEN ${from} AND ${to} AND t.visit_day < ${today} AND t.deleted_at IS NULL AND t.status = 'on_site'
    ORDER BY t.visit_day, t.check_in_at`);
  return rows.map((v) => ({
    kind: 'missingCheckOut',
    planId: v.planId,
    visitId: v.id,
    title: `${v.name} · ${v.badgeNo}`,
    at: v.checkInAt ? localMinute(new Date(v.checkInAt)) : null,
    missing: [],
    openItems: 0,
  }));
}

function countVisits(db: ReadDb, where: SQL): number {
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM visits t WHERE ${where}`)!.n;
}

/**
 * The record-completeness audit (DIGEST 06) over the plans and visits of a
 * day range: what is missing, each with the plan or visit to fix it in.
 */
export function completeness(ctx: ServiceContext, input: Parsed<'quality', 'completeness'>): Output<'quality', 'completeness'> {
  const plans = plansInRange(ctx.db, input.from, input.to);
  const open = openItemsOf(
    ctx.db,
    plans.filter((p) => FINISHED_STATUSES.includes(p.status)).map((p) => p.id),
  );
  const today = localDay(ctx.now());
  const findings = [...plans.flatMap((p) => planFindings(p, open.get(p.id))), ...missingCheckOuts(ctx.db, input.from, input.to, today)];
  return {
    findings,
    plansChecked: plans.length,
    visitsChecked: countVisits(ctx.db, sql`t.visit_day BETWEEN ${input.from} AND ${input.to} AND t.deleted_at IS NULL`),
  };
}

