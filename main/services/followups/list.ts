import { sql, type SQL } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import type { FollowupSummary } from '../../../contract/followups';
import { tierRank } from '../../../db/schema/clients';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { matchingIdsSql } from '../../search';
import { planRows, summariesOf } from './read';

/** Within a tier, urgent sequences first (contract FOLLOWUP_URGENCIES order). */
const URGENCY_RANK = sql`(CASE f.urgency WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END)`;
/** The next open step's day; a sequence with none left goes last. */
const NEXT_DUE = sql`(SELECT MIN(s.due_day) FROM followup_steps s WHERE s.followup_id = f.id AND s.status = 'open' AND s.deleted_at IS NULL)`;

/**
 * The follow-up list: VIP clients first, then urgency, then the next step's
 * due day. Filters read followup_plans_status (status, owner); a query takes
 * the ids the search engine matches (title, client, owner; pinyin too).
 */
export function listFollowups(ctx: ServiceContext, input: Parsed<'followups', 'list'>): FollowupSummary[] {
  const today = localDay(ctx.now());
  const me = ctx.session.operatorId;
  const parts: SQL[] = [];
  const openStep = (extra: SQL) =>
    sql`EXISTS (SELECT 1 FROM followup_steps s WHERE s.followup_id = f.id AND s.status = 'open' AND s.deleted_at IS NULL AND ${extra})`;
  switch (input.filter) {
    case 'active':
      parts.push(sql`f.status = 'active'`);
      break;
    case 'overdue':
      parts.push(sql`f.status = 'active'`, openStep(sql`s.due_day < ${today}`));
      break;
    case 'mine':
      parts.push(sql`f.status = 'active'`, sql`(f.owner_user_id = ${me} OR ${openStep(sql`s.owner_user_id = ${me}`)})`);
      break;
    case 'done':
      parts.push(sql`f.status = 'done'`);
      break;
    case 'all':
      break;
  }
  if (input.clientId) parts.push(sql`f.client_id = ${input.clientId}`);
  if (input.ownerUserId) parts.push(sql`f.owner_user_id = ${input.ownerUserId}`);
  const query = input.query?.trim() ?? '';
  if (query !== '') parts.push(sql`f.id IN (${matchingIdsSql('followups', query)})`);
  const where = parts.length === 0 ? sql`1 = 1` : sql.join(parts, sql` AND `);
  const rows = planRows(ctx.db, where, sql`ORDER BY ${tierRank(sql`c.tier`)}, ${URGENCY_RANK}, ${NEXT_DUE} IS NULL, ${NEXT_DUE}, f.created_at, f.id LIMIT ${input.limit}`);
  return summariesOf(ctx.db, rows, ctx.now());
}
