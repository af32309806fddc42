import { sql } from 'drizzle-orm';
import type { FollowupDetail } from '../../../contract/followups';
import { tierRank } from '../../../db/schema/clients';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { followupDetailOf, planRows } from './read';

/** The most sequences one sheet prints (a client's or an owner's active ones). */
export const SHEET_LIMIT = 50;

/**
 * What a follow-up sheet prints: one sequence, a client's active ones, or the
 * active ones the signed-in user owns, in the list's order (tier, urgency).
 */
export function followupsForSheet(ctx: ServiceContext, which: { id?: string | undefined; clientId?: string | undefined; mine: boolean }): FollowupDetail[] {
  const now = ctx.now();
  if (which.id) return [followupDetailOf(ctx.db, which.id, now)];
  const parts = [sql`f.status = 'active'`];
  if (which.clientId) parts.push(sql`f.client_id = ${which.clientId}`);
  if (which.mine) parts.push(sql`f.owner_user_id = ${ctx.session.operatorId}`);
  const rows = planRows(
    ctx.db,
    sql.join(parts, sql` AND `),
    sql`ORDER BY ${tierRank(sql`c.tier`)}, (CASE f.urgency WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END), f.created_at, f.id LIMIT ${SHEET_LIMIT}`,
  );
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No active follow-up to print.', { reason: 'noFollowups' });
  return rows.map((r) => followupDetailOf(ctx.db, r.id, now));
}
