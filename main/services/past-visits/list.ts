import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { encodeCursor } from '../../../contract/key-paging';
import { clients, planGuests, recordChanges, visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { visitOnDays } from '../plans';
import { matchingIdsSql } from '../../search';

/**
 * The list's rows are exactly the index visit_plans_past (db/schema/plans.ts):
 * its WHERE is asked here term for term (unary + included: without it SQLite
 * takes the status index and sorts every past plan), so a page reads past
 * plans only, in the list's order: newest arrival first, none last.
 */
const PAST = sql`+${visitPlans.status} IN ('completed', 'archived') AND ${visitPlans.deletedAt} IS NULL`;

/**
 * After the key [arrivalAt, id] of the page's last row, in descending order.
 * NULL arrivals sort first in the index, so they come last here: after a
 * dated row, the rest of the dated ones and then every undated one.
 */
function afterKey([arrivalAt, id]: [string | null, string]): SQL {
  if (arrivalAt === null) return sql`(${visitPlans.arrivalAt} IS NULL AND ${visitPlans.id} < ${id})`;
  return sql`(${visitPlans.arrivalAt} < ${arrivalAt} OR (${visitPlans.arrivalAt} = ${arrivalAt} AND ${visitPlans.id} < ${id}) OR ${visitPlans.arrivalAt} IS NULL)`;
}

export function listPastVisits(ctx: ServiceContext, input: Parsed<'pastVisits', 'list'>): Output<'pastVisits', 'list'> {
  const where = and(
    PAST,
    // A status picks most past plans: unary + keeps SQLite on the list's index rather than the status one.
    input.status ? sql`+${visitPlans.status} = ${input.status}` : undefined,
    input.clientId ? eq(visitPlans.clientId, input.clientId) : undefined,
    input.from || input.to ? visitOnDays(visitPlans, input.from, input.to) : undefined,
    input.query ? sql`${visitPlans.id} IN (${matchingIdsSql('plans', input.query)})` : undefined,
    input.cursor ? afterKey(input.cursor) : undefined,
  );
  const guestCount = sql<number>`(SELECT COUNT(*) FROM ${planGuests} WHERE ${planGuests.planId} = ${visitPlans.id} AND ${planGuests.deletedAt} IS NULL)`;
  const pendingChanges = sql<number>`(SELECT COUNT(*) FROM ${recordChanges} WHERE ${recordChanges.planId} = ${visitPlans.id} AND ${recordChanges.status} = 'pending' AND ${recordChanges.deletedAt} IS NULL)`;
  const rows = ctx.db
    .select({
      id: visitPlans.id,
      title: visitPlans.title,
      clientId: visitPlans.clientId,
      clientName: clients.name,
      status: visitPlans.status,
      arrivalAt: visitPlans.arrivalAt,
      departureAt: visitPlans.departureAt,
      guestCount,
      pendingChanges,
    })
    .from(visitPlans)
    .leftJoin(clients, eq(clients.id, visitPlans.clientId))
    .where(where)
    .orderBy(sql`${visitPlans.arrivalAt} DESC`, sql`${visitPlans.id} DESC`)
    .limit(input.limit + 1)
    .all();
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor([last.arrivalAt, last.id]) : null };
}
