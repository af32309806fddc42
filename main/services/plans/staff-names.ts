import { sql } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { searchIds } from '../../search';

/**
 * Names people serve under on teams and staff accounts, as a team's name field
 * is typed: the search engine's staff documents (ranked exact, starts-with,
 * contains; most recently on a team first), each with the phone last given
 * for it on a team (empty for an account never put on a team).
 */
export function findStaffNames(ctx: ServiceContext, input: Parsed<'plans', 'staffNames'>): Output<'plans', 'staffNames'> {
  const names = searchIds(ctx.db, { kind: 'staff', query: input.query, limit: input.limit });
  if (names.length === 0) return [];
  const phones = ctx.db.all<{ name: string; phone: string }>(sql`
    SELECT name, phone FROM (
      SELECT primary_name AS name, primary_phone AS phone, updated_at FROM plan_team WHERE deleted_at IS NULL AND primary_phone <> ''
      UNION ALL SELECT backup_name, backup_phone, updated_at FROM plan_team WHERE deleted_at IS NULL AND backup_phone <> ''
    ) WHERE name IN (${sql.join(names.map((n) => sql`${n}`), sql`, `)}) ORDER BY updated_at`);
  const phoneOf = new Map(phones.map((p) => [p.name, p.phone]));
  return names.map((name) => ({ name, phone: phoneOf.get(name) ?? '' }));
}
