import { and, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import { isClosedPlan, type PlanDetail } from '../../../contract/plans';
import { clients, planGuests, visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { definedValues } from '../../core/defined-values';
import { AppError } from '../../core/errors';
import { checklistCounts, NO_CHECKLIST, planFacts, retimePlanItems, syncPlanLists } from '../checklists';
import { getPlanRow, planDetail, type PlanRow } from './plan-detail';
import { longestVisitDays, visitOnDays } from './visit-days';
import { matchingIdsSql } from '../../search';
import { insertStamps, type ReadDb } from '../../core/write-path';

/** Closed plans (contract's CLOSED_PLAN_STATUSES) are history: their content no longer changes. */
export function refuseClosedPlan(plan: PlanRow): void {
  if (isClosedPlan(plan.status)) throw new AppError('CONFLICT', 'This plan is closed and can no longer be changed.', { reason: 'planClosed', status: plan.status });
}

function checkTimes(arrivalAt: string | null | undefined, departureAt: string | null | undefined): void {
  if (arrivalAt && departureAt && departureAt <= arrivalAt) {
    throw new AppError('VALIDATION', 'Departure must come after arrival.', undefined, [{ path: 'departureAt', message: 'plan.departureBeforeArrival' }]);
  }
}

function checkClient(db: ReadDb, clientId: string | null | undefined): void {
  if (!clientId) return;
  const row = db.select({ id: clients.id }).from(clients).where(and(eq(clients.id, clientId), isNull(clients.deletedAt))).get();
  if (!row) throw new AppError('VALIDATION', 'No such client.', undefined, [{ path: 'clientId', message: 'client.notFound' }]);
}

/**
 * A changed field as the log keeps it: needs (stored as JSON text) as facts,
 * the client by name (an id tells the reader nothing).
 */
function loggedValue(db: ReadDb, key: string, value: unknown): unknown {
  if (key === 'needs' && typeof value === 'string') return JSON.parse(value) as unknown;
  if (key === 'clientId' && typeof value === 'string') return db.select({ name: clients.name }).from(clients).where(eq(clients.id, value)).get()?.name ?? value;
  return value;
}

function audit(ctx: ServiceContext, action: string, detail: (plan: PlanDetail) => Record<string, unknown>) {
  return (plan: PlanDetail) => ({ action, entity: 'plan', entityId: plan.id, detail: { title: plan.title, ...detail(plan) } });
}

/** A plan for a client takes the client's tier as its level unless one is given (DIGEST 04); without a client, normal. */
function defaultLevel(db: ReadDb, clientId: string | null | undefined): PlanRow['level'] {
  if (!clientId) return 'normal';
  return db.select({ tier: clients.tier }).from(clients).where(eq(clients.id, clientId)).get()?.tier ?? 'normal';
}

export function createPlan(ctx: ServiceContext, input: Parsed<'plans', 'create'>): PlanDetail {
  checkTimes(input.arrivalAt, input.departureAt);
  checkClient(ctx.db, input.clientId);
  const id = uuidv7();
  const level = input.level ?? defaultLevel(ctx.db, input.clientId);
  return ctx.write(
    (tx) => {
      tx.insert(visitPlans)
        .values({
          id,
          ...insertStamps(tx),
          title: input.title,
          clientId: input.clientId ?? null,
          purpose: input.purpose,
          level,
          visitType: input.visitType,
          status: 'draft',
          arrivalAt: input.arrivalAt ?? null,
          departureAt: input.departureAt ?? null,
          expectedHeadcount: input.expectedHeadcount,
          needs: JSON.stringify(input.needs),
          notes: input.notes,
        })
        .run();
      return planDetail(tx, id, ctx.now());
    },
    audit(ctx, 'plan.create', (p) => ({ level: p.level, visitType: p.visitType, arrivalAt: p.arrivalAt, departureAt: p.departureAt })),
  );
}

export function updatePlan(ctx: ServiceContext, input: Parsed<'plans', 'update'>): PlanDetail {
  const { id, needs, ...plain } = input;
  const before = getPlanRow(ctx.db, id);
  refuseClosedPlan(before);
  const changes: Partial<PlanRow> = definedValues(plain);
  if (needs) changes.needs = JSON.stringify(needs);
  checkTimes(changes.arrivalAt === undefined ? before.arrivalAt : changes.arrivalAt, changes.departureAt === undefined ? before.departureAt : changes.departureAt);
  checkClient(ctx.db, changes.clientId);
  const keys = Object.keys(changes) as (keyof PlanRow)[];
  const moved = keys.some((k) => (k === 'arrivalAt' || k === 'departureAt') && changes[k] !== before[k]);
  const rematch = keys.some((k) => (k === 'level' || k === 'visitType' || k === 'clientId') && changes[k] !== before[k]);
  let lists = { added: 0, removed: 0, retimed: 0 };
  return ctx.write(
    (tx) => {
      const matchedBefore = planFacts(tx, id);
      tx.update(visitPlans).set(changes).where(eq(visitPlans.id, id)).run();
      // The checklists follow the plan in the same write: due times with its times, lists with its level, type and client.
      const retimed = moved ? retimePlanItems(tx, id) : 0;
      lists = { ...(rematch ? syncPlanLists(tx, id, matchedBefore) : { added: 0, removed: 0 }), retimed };
      return planDetail(tx, id, ctx.now());
    },
    audit(ctx, 'plan.update', () => ({
      before: Object.fromEntries(keys.map((k) => [k, loggedValue(ctx.db, k, before[k])])),
      after: Object.fromEntries(keys.map((k) => [k, loggedValue(ctx.db, k, changes[k])])),
      ...(lists.added + lists.removed + lists.retimed > 0 && { checklistsAdded: lists.added, checklistsRemoved: lists.removed, itemsRetimed: lists.retimed }),
    })),
  );
}

/** "Has no arrival time", spelt as the first column of the index visit_plans_list_order. */
const UNSCHEDULED = sql`(${visitPlans.arrivalAt} IS NULL)`;

/** Local days → the plan's local date-time strings: a plan is listed on every day its visit touches. */
export type PlanListFilter = Pick<Parsed<'plans', 'list'>, 'from' | 'to' | 'status' | 'query' | 'unscheduled'>;

function listWhere(db: ReadDb, input: PlanListFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [isNull(visitPlans.deletedAt)];
  // A calendar's days (both ends): bounded by the longest visit on file too, so the month is one short index range.
  if (input.from || input.to) parts.push(visitOnDays(visitPlans, input.from, input.to, input.from && input.to ? longestVisitDays(db) : undefined));
  if (input.unscheduled) parts.push(sql`${UNSCHEDULED} = 1`);
  // Unary +: a status picks most plans, so SQLite must not read them all through the status index and sort them,
  // but keep to the days' index or the list's order (sqlite.org/optoverview.html, "Disqualifying WHERE clause terms").
  if (input.status?.length) parts.push(sql`+${visitPlans.status} IN (${sql.join(input.status.map((s) => sql`${s}`), sql`, `)})`);
  // Title or client, by characters or pinyin: the search engine's matches.
  if (input.query) parts.push(sql`${visitPlans.id} IN (${matchingIdsSql('plans', input.query)})`);
  return and(...parts);
}

/**
 * The list's one order: scheduled plans by arrival, then those without one;
 * the id breaks ties; `desc` is it reversed. Spelt as the index
 * visit_plans_list_order holds it, so a page is read in order and the reading
 * stops there. A list from a first day holds no plan without an arrival, so
 * its order leaves that key out: then SQLite reads the range through
 * visit_plans_ends (that day on) and sorts it, instead of walking the order
 * index from the first plan ever until the page is full.
 */
function listOrder(input: Pick<Parsed<'plans', 'list'>, 'from' | 'order'>): SQL[] {
  const keys = [...(input.from ? [] : [UNSCHEDULED]), sql`${visitPlans.arrivalAt}`, sql`${visitPlans.id}`];
  return input.order === 'desc' ? keys.map((k) => sql`${k} DESC`) : keys;
}

/** A plan as the list shows it (and the export writes it): its fields, its client's name and how many guests it has. */
const SUMMARY_COLUMNS = {
  id: visitPlans.id,
  title: visitPlans.title,
  clientId: visitPlans.clientId,
  clientName: clients.name,
  level: visitPlans.level,
  visitType: visitPlans.visitType,
  status: visitPlans.status,
  arrivalAt: visitPlans.arrivalAt,
  departureAt: visitPlans.departureAt,
  expectedHeadcount: visitPlans.expectedHeadcount,
  guestCount: sql<number>`(SELECT COUNT(*) FROM ${planGuests} WHERE ${planGuests.planId} = ${visitPlans.id} AND ${planGuests.deletedAt} IS NULL)`,
};

export function listPlans(ctx: ServiceContext, input: Parsed<'plans', 'list'>): Output<'plans', 'list'> {
  const where = listWhere(ctx.db, input);
  // The client is joined only when the query looks at its name: a count of plans needs no other table.
  const counted = ctx.db.select({ n: count() }).from(visitPlans);
  const total = (input.query ? counted.leftJoin(clients, eq(clients.id, visitPlans.clientId)) : counted).where(where).get()?.n ?? 0;
  const items = ctx.db
    .select(SUMMARY_COLUMNS)
    .from(visitPlans)
    .leftJoin(clients, eq(clients.id, visitPlans.clientId))
    .where(where)
    .orderBy(...listOrder(input))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  // The page's own plans only: one grouped read by plan, never the whole history.
  const counts = checklistCounts(ctx.db, items.map((p) => p.id), ctx.now());
  return { total, items: items.map((p) => ({ ...p, checklist: counts.get(p.id) ?? NO_CHECKLIST })) };
}

/** Where a page read by key ends: the last plan's arrival (null: unscheduled) and id. */
export type PlanKey = [arrivalAt: string | null, id: string];

/** After `key` in the list's ascending order: by arrival, then the plans without one. */
function afterPlanKey([arrivalAt, id]: PlanKey): SQL {
  if (arrivalAt === null) return sql`(${UNSCHEDULED} AND ${visitPlans.id} > ${id})`;
  return sql`(${visitPlans.arrivalAt} > ${arrivalAt} OR (${visitPlans.arrivalAt} = ${arrivalAt} AND ${visitPlans.id} > ${id}) OR ${UNSCHEDULED})`;
}

/**
 * The plans list read whole, page by page by key (exports): the list's own
 * filters (and one client), in its ascending order, never OFFSET.
 */
export function planSummariesAfter(db: ReadDb, filter: PlanListFilter & { clientId?: string | undefined }, after: PlanKey | null, limit: number) {
  const where = and(listWhere(db, filter), filter.clientId ? eq(visitPlans.clientId, filter.clientId) : undefined, after ? afterPlanKey(after) : undefined);
  const items = db
    .select(SUMMARY_COLUMNS)
    .from(visitPlans)
    .leftJoin(clients, eq(clients.id, visitPlans.clientId))
    .where(where)
    .orderBy(...listOrder({ from: undefined, order: 'asc' }))
    .limit(limit)
    .all();
  const last = items.at(-1);
  const total = after ? undefined : (db.select({ n: count() }).from(visitPlans).where(and(listWhere(db, filter), filter.clientId ? eq(visitPlans.clientId, filter.clientId) : undefined)).get()?.n ?? 0);
  return { items, next: last && items.length === limit ? ([last.arrivalAt, last.id] as PlanKey) : null, total };
}
