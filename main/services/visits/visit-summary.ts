import { sql, type SQL } from 'drizzle-orm';
import type { VisitSummary } from '../../../contract/visits';
import type { Db } from '../../../db/open';
import { AppError } from '../../core/errors';

const SELECT = sql`
  SELECT t.id, t.visitor_id AS visitorId,
    coalesce(t.visitor_name, v.name) AS name, coalesce(t.visitor_company, v.company) AS company,
    coalesce(t.visitor_phone, v.phone) AS phone, v.id_type AS idType,
    v.id_number_mask AS idMasked, t.host, t.purpose, t.badge_no AS badgeNo, t.status,
    t.check_in_at AS checkInAt, t.check_out_at AS checkOutAt,
    (SELECT COUNT(*) FROM badge_prints p WHERE p.visit_id = t.id AND p.deleted_at IS NULL) AS badgePrints,
    t.plan_id AS planId, vp.title AS planTitle
  FROM visits t JOIN visitors v ON v.id = t.visitor_id LEFT JOIN visit_plans vp ON vp.id = t.plan_id
  WHERE t.deleted_at IS NULL`;

/**
 * Visits as the desk lists them, newest check-in first. Name, company and phone
 * are the visit's own (recorded at check-in), not what the person's record says
 * today; the fallback covers only rows a desk without the columns wrote.
 */
export function selectVisitSummaries(db: Db, where: SQL): VisitSummary[] {
  return db.all<VisitSummary>(sql`${SELECT} AND (${where}) ORDER BY t.check_in_at DESC, t.id DESC`);
}

export function getVisitSummary(db: Db, visitId: string): VisitSummary {
  const [row] = selectVisitSummaries(db, sql`t.id = ${visitId}`);
  if (!row) throw new AppError('NOT_FOUND', 'No such visit.');
  return row;
}
