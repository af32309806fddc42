import { sql } from 'drizzle-orm';
import { CLOSED_PLAN_STATUSES } from '../../../contract/plans';
import { DESTROYED_NAME, type DestructionItemKind, type ExpiredItem } from '../../../contract/retention';
import { encodeCursor } from '../../../contract/key-paging';
import { localDay } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { mayCall, type Session } from '../../security/roles';
import { readPersonalDataYears } from './rules';

/*
 * What has passed its period. A document: its kept-until day (doc_date + its
 * class's years, kept by the archive) is before today. A person's personal
 * data: their last visit (or, never having come, the day they were entered)
 * is more than the period ago — unless they are a client's contact (the
 * client relationship keeps them), or a guest of a plan that is not closed.
 * Both lists are read by key down an index and stop after a page.
 */

const CLOSED = sql.raw(CLOSED_PLAN_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * When the person was last at the desk (their newest check-in; never having
 * come, when they were entered), as an ISO instant: read from the covering
 * index visits_person_check_in, one seek per person.
 */
const LAST_SEEN = sql`coalesce((SELECT max(v.check_in_at) FROM visits v WHERE v.person_id = p.id), p.created_at)`;

/** The first instant of a local day, as stored instants are written (ISO, UTC). */
function startOf(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** People whose data is past its period, as SQL conditions on `p` (last seen before the cut-off day). */
function personExpired(cutoffDay: string) {
  return sql`p.client_id IS NULL AND p.merged_into IS NULL AND p.name <> ${DESTROYED_NAME}
    AND ${LAST_SEEN} < ${startOf(cutoffDay)}
    AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.person_id = p.id AND v.status = 'expected' AND v.visit_day >= ${cutoffDay})
    AND NOT EXISTS (SELECT 1 FROM plan_guests g JOIN visit_plans pl ON pl.id = g.plan_id
      WHERE g.person_id = p.id AND g.deleted_at IS NULL AND pl.deleted_at IS NULL AND pl.status NOT IN (${CLOSED}))`;
}

/** Documents past their day; confidential ones only for those who may see them (the archive hides them from the rest). */
function documentExpired(today: string, session: Session) {
  const hidden = mayCall(session, 'archive.confidential') ? sql`` : sql` AND d.security <> 'confidential'`;
  return sql`d.deleted_at IS NULL AND d.retain_until IS NOT NULL AND d.retain_until < ${today}${hidden}`;
}

/** The day N years before `day` (a 29 February falls back to the 28th). */
export function yearsBefore(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) - years;
  const md = day.slice(5);
  return md === '02-29' ? `${y}-02-28` : `${y}-${md}`;
}
function yearsAfter(day: string, years: number): string {
  return yearsBefore(day, -years);
}

const PENDING_CODE = sql`(SELECT r.code FROM destruction_items i JOIN destruction_requests r ON r.id = i.request_id
  WHERE i.target_id = x.id AND r.status IN ('pending', 'failed') LIMIT 1)`;

interface Page {
  items: ExpiredItem[];
  nextCursor: string | null;
}

export function listExpired(ctx: ServiceContext, input: { kind: DestructionItemKind; cursor?: [string, string] | undefined; limit: number }): Page {
  const today = localDay(ctx.now());
  const [k, id] = input.cursor ?? ['', ''];
  if (input.kind === 'document') {
    const after = input.cursor ? sql` AND (d.retain_until > ${k} OR (d.retain_until = ${k} AND d.id > ${id}))` : sql``;
    const rows = ctx.db.all<{ id: string; code: string; title: string; detail: string; since: string; keptUntil: string; pendingCode: string | null }>(sql`
      SELECT x.*, ${PENDING_CODE} AS pendingCode FROM (
        SELECT d.id, d.code, d.title, coalesce(c.name_zh, '') AS detail, d.doc_date AS since, d.retain_until AS keptUntil
        FROM documents d LEFT JOIN document_classes c ON c.id = d.class_id
        WHERE ${documentExpired(today, ctx.session)}${after}
        ORDER BY d.retain_until, d.id LIMIT ${input.limit + 1}) x`);
    return page(rows.map((r) => ({ kind: 'document', ...r })), input.limit, (r) => [r.keptUntil, r.id]);
  }
  const years = readPersonalDataYears(ctx.db);
  const cutoff = yearsBefore(today, years);
  const after = input.cursor ? sql` AND (p.name_pinyin > ${k} OR (p.name_pinyin = ${k} AND p.id > ${id}))` : sql``;
  const rows = ctx.db.all<{ id: string; title: string; detail: string; since: string; pinyin: string; pendingCode: string | null }>(sql`
    SELECT x.*, ${PENDING_CODE} AS pendingCode FROM (
      SELECT p.id, p.name AS title, p.company AS detail, ${LAST_SEEN} AS since, p.name_pinyin AS pinyin
      FROM people p
      WHERE ${personExpired(cutoff)}${after}
      ORDER BY p.name_pinyin, p.id LIMIT ${input.limit + 1}) x`);
  return page(
    rows.map(({ pinyin, since, ...r }) => {
      const day = localDay(new Date(since));
      return { kind: 'person' as const, code: '', ...r, since: day, keptUntil: yearsAfter(day, years), key: pinyin };
    }),
    input.limit,
    (r) => [r.key, r.id],
  );
}

function page<T extends ExpiredItem>(rows: T[], limit: number, keyOf: (r: T) => [string, string]): Page {
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => ({ kind: r.kind, id: r.id, code: r.code, title: r.title, detail: r.detail, since: r.since, keptUntil: r.keptUntil, pendingCode: r.pendingCode })),
    nextCursor: more && last ? encodeCursor(keyOf(last)) : null,
  };
}

/** The ids among these that are expired today (a request and its execution both check). */
export function expiredAmong(db: ReadDb, today: string, session: Session, kind: DestructionItemKind, ids: readonly string[]): Set<string> {
  const json = JSON.stringify(ids);
  if (kind === 'document') {
    return new Set(db.all<{ id: string }>(sql`SELECT d.id FROM documents d WHERE d.id IN (SELECT value FROM json_each(${json})) AND ${documentExpired(today, session)}`).map((r) => r.id));
  }
  const cutoff = yearsBefore(today, readPersonalDataYears(db));
  return new Set(db.all<{ id: string }>(sql`SELECT p.id FROM people p WHERE p.id IN (SELECT value FROM json_each(${json})) AND ${personExpired(cutoff)}`).map((r) => r.id));
}
