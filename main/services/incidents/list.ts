import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Output, Parsed } from '../../../contract';
import { OPEN_INCIDENT_SQL } from '../../../db/schema/incidents';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { foreignCursor, pageOf } from '../../core/key-paging';
import { searchIds } from '../../search';
import { escalateDue } from './escalation';
import { summariesOf } from './rows';

type ListInput = Parsed<'incidents', 'list'>;

/** Browsing pages by (received_at, id) going back in time; a search pages by offset into its ranked ids. */
const browseKey = z.tuple([z.string(), z.string()]);
const searchKey = z.strictObject({ offset: z.number().int().min(0).max(10_000) });

function readCursor(cursor: string | undefined): z.output<typeof browseKey> | z.output<typeof searchKey> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    throw foreignCursor();
  }
  const key = browseKey.or(searchKey).safeParse(parsed);
  if (!key.success) throw foreignCursor();
  return key.data;
}

/** The list's filters over an incident aliased `alias` (`i` browsing, `e` inside the search engine). */
function conditions(input: ListInput, ctx: ServiceContext, nowMinute: string, alias: 'i' | 'e'): SQL[] {
  const a = sql.raw(alias);
  // The partial index's own predicate, word for word (its columns are the incident's alone in both queries), so SQLite can use it.
  const open = OPEN_INCIDENT_SQL;
  const parts: SQL[] = [];
  switch (input.filter) {
    case 'open':
      parts.push(open);
      break;
    case 'overdue':
      parts.push(open, sql`${a}.deadline_at <= ${nowMinute}`);
      break;
    case 'mine':
      parts.push(sql`${a}.owner_user_id = ${ctx.session.operatorId}`, sql`${a}.deleted_at IS NULL`);
      break;
    case 'resolved':
      parts.push(sql`${a}.status IN ('resolved', 'reviewed')`, sql`${a}.deleted_at IS NULL`);
      break;
    case 'all':
      parts.push(sql`${a}.deleted_at IS NULL`);
      break;
  }
  if (input.category) parts.push(sql`${a}.category = ${input.category}`);
  if (input.tier) parts.push(sql`${a}.tier = ${input.tier}`);
  if (input.clientId) parts.push(sql`${a}.client_id = ${input.clientId}`);
  if (input.planId) parts.push(sql`${a}.plan_id = ${input.planId}`);
  if (input.personId) parts.push(sql`${a}.person_id = ${input.personId}`);
  if (input.from) parts.push(sql`${a}.received_at >= ${input.from}`);
  if (input.to) parts.push(sql`${a}.received_at <= ${`${input.to}T23:59`}`);
  return parts;
}

/**
 * The incidents page: newest received first, by key; a typed query (code,
 * title, names, pinyin) ranks through the app's search engine within the same filters.
 * Overdue incidents escalate before they are shown.
 */
export function listIncidents(ctx: ServiceContext, input: ListInput): Output<'incidents', 'list'> {
  escalateDue(ctx);
  const nowMinute = localMinute(ctx.now());
  const cursor = readCursor(input.cursor);
  const query = input.query?.trim() ?? '';
  if (query !== '') {
    if (Array.isArray(cursor)) throw foreignCursor();
    const offset = cursor?.offset ?? 0;
    const ids = searchIds(ctx.db, { kind: 'incidents', query, limit: input.limit + 1, offset, filter: sql.join(conditions(input, ctx, nowMinute, 'e'), sql` AND `) });
    const page = pageOf(ids, input.limit, () => ({ offset: offset + input.limit }));
    return { items: summariesOf(ctx.db, page.rows, nowMinute), nextCursor: page.nextCursor };
  }
  if (cursor !== undefined && !Array.isArray(cursor)) throw foreignCursor();
  const parts = conditions(input, ctx, nowMinute, 'i');
  // The plain `<=` bounds the index range; the row value settles the rest.
  if (cursor) parts.push(sql`i.received_at <= ${cursor[0]} AND (i.received_at, i.id) < (${cursor[0]}, ${cursor[1]})`);
  const rows = ctx.db.all<{ id: string; received_at: string }>(
    sql`SELECT i.id, i.received_at FROM incidents i WHERE ${sql.join(parts, sql` AND `)} ORDER BY i.received_at DESC, i.id DESC LIMIT ${input.limit + 1}`,
  );
  const page = pageOf(rows, input.limit, (r) => [r.received_at, r.id]);
  return { items: summariesOf(ctx.db, page.rows.map((r) => r.id), nowMinute), nextCursor: page.nextCursor };
}
