import { sql, type SQL } from 'drizzle-orm';
import type { VisitSummary } from '../../../contract/visits';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

const SELECT = sql`
  SELECT t.id, t.person_id AS personId,
    coalesce(t.visitor_name, v.name) AS name, coalesce(t.visitor_company, v.company) AS company,
    coalesce(t.visitor_phone, v.phone) AS phone, v.id_type AS idType,
    v.id_number_mask AS idMasked, t.host, t.purpose, t.badge_no AS badgeNo, t.status,
    t.check_in_at AS checkInAt, t.check_out_at AS checkOutAt,
    (SELECT COUNT(*) FROM badge_prints p WHERE p.visit_id = t.id AND p.deleted_at IS NULL) AS badgePrints,
    t.plan_id AS planId, vp.title AS planTitle
  FROM visits t JOIN people v ON v.id = t.person_id LEFT JOIN visit_plans vp ON vp.id = t.plan_id
  WHERE t.deleted_at IS NULL`;

/**
 * Visits as the desk lists them, newest check-in first. Name, company and phone
 * are the visit's own (recorded at check-in), not what the person's record says
 * today; the fallback covers only rows a desk without the columns wrote.
 */
export function selectVisitSummaries(db: ReadDb, where: SQL): VisitSummary[] {
  return db.all<VisitSummary>(sql`${SELECT} AND (${where}) ORDER BY t.check_in_at DESC, t.id DESC`);
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
 * One page of a desk list, newest first. The page's ids are picked from the
 * list as shown (so the filter reads the same columns the rows carry) without
 * the per-row badge count, which is then worked out for that page only.
 */
export function pageVisitSummaries(db: ReadDb, where: SQL, page: { query: string; limit: number; offset: number }): VisitPage {
  const scoped = sql`(${SELECT} AND (${where})) s`;
  const filter = matching(page.query);
  const ids = db
    .all<{ id: string }>(sql`SELECT s.id FROM ${scoped} WHERE ${filter} ORDER BY s.checkInAt DESC, s.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`)
    .map((r) => r.id);
  // The whole list is counted on the visits table alone (the scope reads only its columns); a filter needs the joins.
  const scopeTotal = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM visits t WHERE t.deleted_at IS NULL AND (${where})`)!.n;
  const total = page.query ? db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${scoped} WHERE ${filter}`)!.n : scopeTotal;
  const rows = ids.length ? selectVisitSummaries(db, sql`t.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`) : [];
  return { rows, total, scopeTotal };
}

export function getVisitSummary(db: ReadDb, visitId: string): VisitSummary {
  const [row] = selectVisitSummaries(db, sql`t.id = ${visitId}`);
  if (!row) throw new AppError('NOT_FOUND', 'No such visit.');
  return row;
}
