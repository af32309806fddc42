import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { daySpan } from '../../../contract/time-spans';
import { checklistItems, planChecklists, visitPlans } from '../../../db/schema';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { dueClock, type DueClock } from './item-view';
import { itemRowOf, joinedItems, LIVE, OPEN_WITH_DUE, progressByPlan, TICKABLE } from './item-rows';

/**
 * How far back the desk looks for late items. A plan left "confirmed" long
 * after its visit would otherwise be late for ever, and the read would grow
 * with history; after this many days such work belongs to the completeness
 * audit (quality), not the desk's due panel.
 */
export const DUE_LOOKBACK_DAYS = 30;

function lookback(now: Date): string {
  return `${localDay(new Date(now.getTime() - DUE_LOOKBACK_DAYS * 86_400_000))}T00:00`;
}

/** The desk's panel: late and soon-due open work of live plans, read along the partial index by due time. */
export function dueItems(ctx: ServiceContext, input: Parsed<'checklists', 'due'>): Output<'checklists', 'due'> {
  const now = ctx.now();
  const clock = dueClock(now);
  const where = and(OPEN_WITH_DUE, sql`${checklistItems.dueAt} >= ${lookback(now)}`, sql`${checklistItems.dueAt} < ${clock.soon}`, isNull(visitPlans.deletedAt), LIVE);
  const counts = ctx.db
    .select({
      overdue: sql<number>`COALESCE(SUM(${checklistItems.dueAt} < ${clock.now}), 0)`,
      dueSoon: sql<number>`COALESCE(SUM(${checklistItems.dueAt} >= ${clock.now}), 0)`,
    })
    .from(checklistItems)
    .innerJoin(visitPlans, eq(visitPlans.id, checklistItems.planId))
    .innerJoin(planChecklists, eq(planChecklists.id, checklistItems.checklistId))
    .where(where)
    .get() ?? { overdue: 0, dueSoon: 0 };
  const rows = joinedItems(ctx.db).where(where).orderBy(asc(checklistItems.dueAt), asc(checklistItems.id)).limit(input.limit).all();
  return { overdue: counts.overdue, dueSoon: counts.dueSoon, items: rows.map((r) => itemRowOf(r, clock)) };
}

/**
 * The plans whose visit touches the days, read first through the index
 * visit_plans_ends (the "ends" expression is spelt as that index holds it);
 * their items are then found by plan. Asked as a subquery, so SQLite cannot
 * choose to walk every item ever made instead.
 */
function plansOnDays(from: string | undefined, to: string | undefined): SQL {
  const parts: SQL[] = [sql`p.deleted_at IS NULL`];
  if (from) parts.push(sql`coalesce(p.departure_at, p.arrival_at) >= ${daySpan(from).startsAt}`);
  if (to) parts.push(sql`p.arrival_at < ${daySpan(to).endsAt}`);
  return sql`SELECT p.id FROM visit_plans p WHERE ${sql.join(parts, sql` AND `)}`;
}

function dueFilter(due: Parsed<'checklists', 'items'>['due'], clock: DueClock, today: string): SQL | undefined {
  switch (due) {
    case 'overdue':
      return and(OPEN_WITH_DUE, sql`${checklistItems.dueAt} < ${clock.now}`, LIVE);
    case 'dueSoon':
      return and(OPEN_WITH_DUE, sql`${checklistItems.dueAt} >= ${clock.now}`, sql`${checklistItems.dueAt} < ${clock.soon}`, LIVE);
    case 'today':
      return and(sql`${checklistItems.dueAt} >= ${daySpan(today).startsAt}`, sql`${checklistItems.dueAt} < ${daySpan(today).endsAt}`);
    case 'open':
      return sql`${checklistItems.status} IN ('open', 'problem')`;
    case 'all':
      return undefined;
  }
}

/**
 * The checklist screen: items of plans still being worked on, filtered, by due
 * time (none last). Without a plan, only plans whose visit touches the days
 * (from today on by default) — a day range, never the whole history.
 */
export function listItems(ctx: ServiceContext, input: Parsed<'checklists', 'items'>): Output<'checklists', 'items'> {
  const now = ctx.now();
  const clock = dueClock(now);
  const today = localDay(now);
  const from = input.from ?? (input.planId ? undefined : today);
  const parts: (SQL | undefined)[] = [isNull(checklistItems.deletedAt), isNull(visitPlans.deletedAt), isNull(planChecklists.deletedAt), TICKABLE];
  if (input.planId) parts.push(eq(checklistItems.planId, input.planId));
  if (from || input.to) parts.push(sql`${checklistItems.planId} IN (${plansOnDays(from, input.to)})`);
  if (input.department) parts.push(eq(checklistItems.department, input.department));
  // Nobody's items are "mine" for a session without a name (never the unassigned ones).
  if (input.mine) parts.push(ctx.session.operatorName ? eq(checklistItems.assigneeName, ctx.session.operatorName) : sql`0`);
  if (input.assigneeName) parts.push(eq(checklistItems.assigneeName, input.assigneeName));
  parts.push(dueFilter(input.due, clock, today));
  const rows = joinedItems(ctx.db)
    .where(and(...parts))
    .orderBy(sql`${checklistItems.dueAt} IS NULL`, asc(checklistItems.dueAt), asc(visitPlans.arrivalAt), asc(checklistItems.planId), asc(planChecklists.position), asc(checklistItems.position))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  const items = page.map((r) => itemRowOf(r, clock));
  return { items, more: rows.length > input.limit, plans: progressByPlan(ctx.db, [...new Set(items.map((i) => i.planId))], clock) };
}
