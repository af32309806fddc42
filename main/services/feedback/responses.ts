import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { foreignCursor, pageOf } from '../../core/key-paging';
import { searchIds } from '../../search';
import { responseViews } from './response-view';

type Input = Parsed<'feedback', 'responses'>;

/** The filters as SQL over the alias `e` (the search engine joins the table under it). */
function filtersOf(input: Input): SQL[] {
  const parts: SQL[] = [sql`e.deleted_at IS NULL`];
  if (input.from) parts.push(sql`e.given_at >= ${input.from}`);
  // A local minute of the last day sorts before `<day>U`: the whole day is in.
  if (input.to) parts.push(sql`e.given_at < ${`${input.to}U`}`);
  if (input.templateId) parts.push(sql`e.template_id = ${input.templateId}`);
  if (input.clientId) parts.push(sql`e.client_id = ${input.clientId}`);
  if (input.planId) parts.push(sql`e.plan_id = ${input.planId}`);
  if (input.redAlertOnly) parts.push(sql`e.red_alert = 1`);
  return parts;
}

function readCursor(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw foreignCursor();
  }
}

/**
 * Newest first, read by key down feedback_responses_given (given_at, id); a
 * query goes through the search index (who gave it, the client, the code, the
 * comments), ranked by it, a few pages deep at most (an offset cursor).
 */
export function listResponses(ctx: ServiceContext, input: Input): Output<'feedback', 'responses'> {
  const parts = filtersOf(input);
  const cursor = readCursor(input.cursor);
  if (input.query) {
    if (cursor !== undefined && (typeof cursor !== 'object' || cursor === null || Array.isArray(cursor))) throw foreignCursor();
    const offset = Number((cursor as { offset?: unknown } | undefined)?.offset ?? 0);
    if (!Number.isInteger(offset) || offset < 0) throw foreignCursor();
    const ids = searchIds(ctx.db, { kind: 'feedback', query: input.query, limit: input.limit + 1, offset, filter: sql.join(parts, sql` AND `) });
    const page = pageOf(ids, input.limit, () => ({ offset: offset + input.limit }));
    return { items: responseViews(ctx.db, page.rows), nextCursor: page.nextCursor };
  }
  if (cursor !== undefined) {
    if (!Array.isArray(cursor) || cursor.length !== 2 || !cursor.every((v) => typeof v === 'string')) throw foreignCursor();
    const [givenAt, id] = cursor as [string, string];
    parts.push(sql`e.given_at <= ${givenAt} AND (e.given_at, e.id) < (${givenAt}, ${id})`);
  }
  const rows = ctx.db.all<{ id: string; given_at: string }>(
    sql`SELECT e.id, e.given_at FROM feedback_responses e WHERE ${sql.join(parts, sql` AND `)} ORDER BY e.given_at DESC, e.id DESC LIMIT ${input.limit + 1}`,
  );
  const page = pageOf(rows, input.limit, (r) => [r.given_at, r.id]);
  return { items: responseViews(ctx.db, page.rows.map((r) => r.id)), nextCursor: page.nextCursor };
}
