import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { daySpan } from '../../../contract/time-spans';
import type { ReadDb } from '../../core/write-path';

/**
 * The one rule for "this plan's visit is on these local days": it arrives
 * before the last day ends, and leaves (or, with no departure yet, arrives)
 * no earlier than the first day begins — so a visit over several days is on
 * each of them. The plan calendar (plans.list), the desk's expected arrivals
 * and the day schedule all ask it; the columns are the query's own (a table or
 * an alias). Either end may be open.
 */
export function visitOnDays(
  plan: { arrivalAt: SQLWrapper; departureAt: SQLWrapper },
  from: string | undefined,
  to: string | undefined,
  longestDays?: number,
): SQL {
  const parts: SQL[] = [];
  if (to) parts.push(sql`${plan.arrivalAt} < ${daySpan(to).endsAt}`);
  if (from) parts.push(sql`${visitEnd(plan)} >= ${daySpan(from).startsAt}`);
  // Implied by the two above for every plan on file (none lasts longer; a day spare for rounding): it closes the index range from above, so
  // a month reads that month's plans, not every plan from its first day to the last one ever planned.
  if (from && to && longestDays !== undefined) parts.push(sql`${visitEnd(plan)} < ${daySpan(dayAfter(to, Math.ceil(longestDays) + 1)).endsAt}`);
  return parts.length > 0 ? sql.join(parts, sql` AND `) : sql`1`;
}

/** The local day `days` after `day` (YYYY-MM-DD); calendar arithmetic in UTC, so no clock change shifts it. */
function dayAfter(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * How long the longest visit on file lasts, in days (0 with none): one seek
 * at the end of the index visit_plans_length, whose expression this is. Plans
 * deleted or unscheduled count too: an upper bound is all it must be.
 */
export function longestVisitDays(db: ReadDb): number {
  const row = db.get<{ days: number | null }>(sql`SELECT max(julianday(coalesce(departure_at, arrival_at)) - julianday(arrival_at)) AS days FROM visit_plans`);
  return Math.max(0, row?.days ?? 0);
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
