import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { daySpan } from '../../../contract/time-spans';

/**
 * The one rule for "this plan's visit is on these local days": it arrives
 * before the last day ends, and leaves (or, with no departure yet, arrives)
 * no earlier than the first day begins — so a visit over several days is on
 * each of them. The plan calendar (plans.list), the desk's expected arrivals
 * and the day schedule all ask it; the columns are the query's own (a table or
 * an alias). Either end may be open.
 */
export function visitOnDays(plan: { arrivalAt: SQLWrapper; departureAt: SQLWrapper }, from: string | undefined, to: string | undefined): SQL {
  const parts: SQL[] = [];
  if (to) parts.push(sql`${plan.arrivalAt} < ${daySpan(to).endsAt}`);
  if (from) parts.push(sql`${visitEnd(plan)} >= ${daySpan(from).startsAt}`);
  return parts.length > 0 ? sql.join(parts, sql` AND `) : sql`1`;
}

/**
 * When a visit ends: its departure, or with none yet its arrival. Spelt
 * exactly as the index visit_plans_ends holds it (db/schema/plans.ts), which
 * SQLite uses only for this very expression: asking "ends after the first day
 * begins" through it reads the plans from that day on, never the years before.
 */
export function visitEnd(plan: { arrivalAt: SQLWrapper; departureAt: SQLWrapper }): SQL {
  return sql`coalesce(${plan.departureAt}, ${plan.arrivalAt})`;
}

/** The columns of a visit_plans row named by an alias in hand-written SQL (`FROM visit_plans p`). */
export function planColumns(alias: string): { arrivalAt: SQL; departureAt: SQL } {
  return { arrivalAt: sql.raw(`${alias}.arrival_at`), departureAt: sql.raw(`${alias}.departure_at`) };
}
