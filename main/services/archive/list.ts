import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { countCapped, foreignCursor, pageOf } from '../../core/key-paging';
import { countMatches, MATCH_COUNT_CAP, searchIds } from '../../search';
import { summariesOf } from './rows';
import { subtreeIds } from './tree-read';
import { visibleTo } from './visibility';

type ListInput = Parsed<'archive', 'list'>;

/** A search pages by offset into its ranked ids; the cursor says so in its first slot (browsing keys start with a day). */
const SEARCH_CURSOR = 'search';

/**
 * The list's filters over a document aliased `alias` (`d` browsing, `e` inside
 * the search engine). Each filter is written so one of the documents indexes
 * serves it (tests/unit/query-plans.test.ts).
 */
function conditions(ctx: ServiceContext, input: ListInput, alias: 'd' | 'e'): SQL[] {
  const a = sql.raw(alias);
  const parts: SQL[] = [visibleTo(ctx.session, alias)];
  if (input.folderId) parts.push(sql`${a}.folder_id IN (SELECT value FROM json_each(${JSON.stringify(subtreeIds(ctx.db, input.folderId))}))`);
  if (input.classId) parts.push(sql`${a}.class_id = ${input.classId}`);
  if (input.security) parts.push(sql`${a}.security = ${input.security}`);
  if (input.clientId) parts.push(sql`${a}.client_id = ${input.clientId}`);
  if (input.planId) parts.push(sql`${a}.plan_id = ${input.planId}`);
  if (input.visitId) parts.push(sql`${a}.visit_id = ${input.visitId}`);
  if (input.personId) parts.push(sql`${a}.person_id = ${input.personId}`);
  if (input.from) parts.push(sql`${a}.doc_date >= ${input.from}`);
  if (input.to) parts.push(sql`${a}.doc_date <= ${input.to}`);
  if (input.tag) parts.push(sql`${a}.id IN (SELECT document_id FROM document_tags WHERE tag = ${input.tag.trim()})`);
  if (input.pending) {
    parts.push(sql`${a}.id IN (SELECT document_id FROM document_versions WHERE status = 'pending' AND deleted_at IS NULL)`);
  }
  return parts;
}

/**
 * The documents page: newest document date first, read by key on the
 * documents' indexes; a typed query (title, pinyin of the title, code, tags,
 * notes, linked names, the file's words) ranks through the app's search
 * engine within the same filters. Confidential documents are left out for
 * users who may not see them, in both.
 */
export function listDocuments(ctx: ServiceContext, input: ListInput): Output<'archive', 'list'> {
  const query = input.query?.trim() ?? '';
  const cursor = input.cursor;
  if (query !== '') {
    if (cursor && cursor[0] !== SEARCH_CURSOR) throw foreignCursor();
    const offset = cursor ? Number(cursor[1]) : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > 10_000) throw foreignCursor();
    const filter = sql.join(conditions(ctx, input, 'e'), sql` AND `);
    const ids = searchIds(ctx.db, { kind: 'documents', query, limit: input.limit + 1, offset, filter });
    const page = pageOf(ids, input.limit, () => [SEARCH_CURSOR, String(offset + input.limit)]);
    const count = input.withCount ? countMatches(ctx.db, { kind: 'documents', query, filter }) : undefined;
    return { items: summariesOf(ctx.db, page.rows), nextCursor: page.nextCursor, ...(count !== undefined && { count: { n: count, more: count >= MATCH_COUNT_CAP } }) };
  }
  if (cursor && cursor[0] === SEARCH_CURSOR) throw foreignCursor();
  const parts = conditions(ctx, input, 'd');
  const where = sql.join(parts, sql` AND `);
  // The plain `<=` bounds the index range; the row value settles the rest.
  const keyed = cursor ? [...parts, sql`d.doc_date <= ${cursor[0]} AND (d.doc_date, d.id) < (${cursor[0]}, ${cursor[1]})`] : parts;
  const rows = ctx.db.all<{ id: string; doc_date: string }>(
    sql`SELECT d.id, d.doc_date FROM documents d WHERE ${sql.join(keyed, sql` AND `)} ORDER BY d.doc_date DESC, d.id DESC LIMIT ${input.limit + 1}`,
  );
  const page = pageOf(rows, input.limit, (r) => [r.doc_date, r.id]);
  return {
    items: summariesOf(ctx.db, page.rows.map((r) => r.id)),
    nextCursor: page.nextCursor,
    ...(input.withCount && { count: countCapped(ctx.db, sql`documents d WHERE ${where}`) }),
  };
}

/** Every tag in use on documents this user may see, most used first. */
export function listTags(ctx: ServiceContext): Output<'archive', 'tags'> {
  return ctx.db.all<{ tag: string; documents: number }>(
    sql`SELECT t.tag, count(*) AS documents FROM document_tags t JOIN documents d ON d.id = t.document_id WHERE ${visibleTo(ctx.session, 'd')}
      GROUP BY t.tag ORDER BY documents DESC, t.tag`,
  );
}
