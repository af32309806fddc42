import { sql, type SQL } from 'drizzle-orm';
import type { VisitSummary } from '../../../contract/visits';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

const COLUMNS = sql`
  t.id, t.person_id AS personId,
    coalesce(t.visitor_name, v.name) AS name, coalesce(t.visitor_company, v.company) AS company,
    coalesce(t.visitor_phone, v.phone) AS phone, v.id_type AS idType,
    v.id_number_mask AS idMasked, t.host, t.purpose, t.badge_no AS badgeNo, t.status,
    t.check_in_at AS checkInAt, t.check_out_at AS checkOutAt,
    (SELECT COUNT(*) FROM badge_prints p WHERE p.visit_id = t.id AND p.deleted_at IS NULL) AS badgePrints,
    t.plan_id AS planId, vp.title AS planTitle`;
const FROM = sql`FROM visits t JOIN people v ON v.id = t.person_id LEFT JOIN visit_plans vp ON vp.id = t.plan_id WHERE t.deleted_at IS NULL`;
const SELECT = sql`SELECT ${COLUMNS} ${FROM}`;

/**
 * The desk's order, newest check-in first. Ties (a group checked in in one
 * transaction shares one moment) go by rowid, which every index of visits ends
 * with: so a list scoped by day or by status is read from its index
 * (visits_day_check_in, visits_status_check_in) already in order, and a page
 * stops after its last row instead of sorting the whole scope.
 */
const NEWEST_FIRST = sql`ORDER BY t.check_in_at DESC, t.rowid DESC`;

/**
 * Visits as the desk lists them, newest check-in first. Name, company and phone
 * are the visit's own (recorded at check-in), not what the person's record says
 * today; the fallback covers only rows a desk without the columns wrote.
 */
export function selectVisitSummaries(db: ReadDb, where: SQL): VisitSummary[] {
  return db.all<VisitSummary>(sql`${SELECT} AND (${where}) ${NEWEST_FIRST}`);
}

export interface VisitPage {
  rows: VisitSummary[];
  total: number;
  scopeTotal: number;
}

/** Case-insensitive containment in any of the columns the desk's filter looks at, as the list shows them. */
function matching(query: string): SQL {
  if (!query) return sql`1`;
  const q = query.toLowerCase();
  const fields = [sql`s.name`, sql`s.company`, sql`s.host`, sql`s.badgeNo`, sql`s.phone`, sql`s.purpose`];
  return sql.join(
    fields.map((f) => sql`instr(lower(${f}), ${q}) > 0`),
    sql` OR `,
  );
}

/**
 * The ids of one page. Unfiltered, the page is read from the visits table
 * alone, in index order, and the reading stops after it; a filter reads the
 * list as shown (so it matches the same columns the rows carry), which is the
 * scope's rows only (a day, or who is on site), never the years behind them.
 */
function pageIds(db: ReadDb, where: SQL, page: { query: string; limit: number; offset: number }): string[] {
  const window = sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  const rows = page.query
    ? db.all<{ id: string }>(
        sql`SELECT s.id FROM (SELECT t.rowid AS seq, ${COLUMNS} ${FROM} AND (${where})) s WHERE ${matching(page.query)} ORDER BY s.checkInAt DESC, s.seq DESC ${window}`,
      )
    : db.all<{ id: string }>(sql`SELECT t.id FROM visits t WHERE t.deleted_at IS NULL AND (${where}) ${NEWEST_FIRST} ${window}`);
  return rows.map((r) => r.id);
}

/**
 * One page of a desk list, newest first: the page's ids, then the rows (with
 * the per-row badge count) for that page only.
 */
export function pageVisitSummaries(db: ReadDb, where: SQL, page: { query: string; limit: number; offset: number }): VisitPage {
  const ids = pageIds(db, where, page);
  // The whole list is counted on the visits table alone (the scope reads only its columns); a filter needs the joins.
  const scopeTotal = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM visits t WHERE t.deleted_at IS NULL AND (${where})`)!.n;
  const total = page.query ? db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${SELECT} AND (${where})) s WHERE ${matching(page.query)}`)!.n : scopeTotal;
  const rows = ids.length ? selectVisitSummaries(db, sql`t.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`) : [];
  return { rows, total, scopeTotal };
}

export function getVisitSummary(db: ReadDb, visitId: string): VisitSummary {
  const [row] = selectVisitSummaries(db, sql`t.id = ${visitId}`);
  if (!row) throw new AppError('NOT_FOUND', 'No such visit.');
  return row;
}

/** Where a page read by key ends: the visit day, check-in and rowid of its last row (the index visits_day_check_in's order). */
export type VisitKey = [day: string, checkInAt: string | null, seq: number];

/** After `key` in (visit day, check-in, rowid) descending order; a visit not yet checked in (NULL) comes last in its day. */
function afterVisitKey([day, checkInAt, seq]: VisitKey): SQL {
  const sameDay =
    checkInAt === null
      ? sql`t.check_in_at IS NULL AND t.rowid < ${seq}`
      : sql`t.check_in_at < ${checkInAt} OR (t.check_in_at = ${checkInAt} AND t.rowid < ${seq}) OR t.check_in_at IS NULL`;
  // The plain `<=` bounds the index range; the rest settles the day itself.
  return sql`t.visit_day <= ${day} AND (t.visit_day < ${day} OR (t.visit_day = ${day} AND (${sameDay})))`;
}

/**
 * A desk list read whole, page by page by key (exports): the same scope and
 * the same filter as `pageVisitSummaries`, newest day first and the desk's
 * order within a day, each page continuing down visits_day_check_in where the
 * last one stopped (never OFFSET).
 */
export function visitSummariesAfter(db: ReadDb, where: SQL, query: string, after: VisitKey | null, limit: number): { rows: VisitSummary[]; next: VisitKey | null } {
  const scope = after ? sql`(${where}) AND ${afterVisitKey(after)}` : where;
  const order = sql`ORDER BY day DESC, checkInAt DESC, seq DESC LIMIT ${limit}`;
  const keys = query
    ? db.all<{ id: string; day: string; checkInAt: string | null; seq: number }>(
        sql`SELECT s.id, s.day, s.checkInAt, s.seq FROM (SELECT t.rowid AS seq, t.visit_day AS day, ${COLUMNS} ${FROM} AND (${scope})) s WHERE ${matching(query)} ${order}`,
      )
    : db.all<{ id: string; day: string; checkInAt: string | null; seq: number }>(
        sql`SELECT t.id, t.visit_day AS day, t.check_in_at AS checkInAt, t.rowid AS seq FROM visits t WHERE t.deleted_at IS NULL AND (${scope}) ${order}`,
      );
  if (keys.length === 0) return { rows: [], next: null };
  const byId = new Map(selectVisitSummaries(db, sql`t.id IN (${sql.join(keys.map((k) => sql`${k.id}`), sql`, `)})`).map((r) => [r.id, r]));
  const last = keys.at(-1)!;
  return { rows: keys.map((k) => byId.get(k.id)!), next: keys.length < limit ? null : [last.day, last.checkInAt, last.seq] };
}

/** How many visits a desk list read whole holds (the export's progress). */
export function countVisitSummaries(db: ReadDb, where: SQL, query: string): number {
  return query
    ? db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${SELECT} AND (${where})) s WHERE ${matching(query)}`)!.n
    : db.get<{ n: number }>(sql`SELECT count(*) AS n FROM visits t WHERE t.deleted_at IS NULL AND (${where})`)!.n;
}
