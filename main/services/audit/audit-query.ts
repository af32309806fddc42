import { sql, type SQL } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { AuditKey } from '../../../contract/audit';
import { COUNT_CAP, encodeCursor, type CappedCount } from '../../../contract/key-paging';
import { auditActions, auditActors, auditLog } from '../../../db/schema';
import { AUDIT_ORDER_DESC } from '../../audit/audit-log';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { toViews } from './audit-subjects';

export type AuditFilter = Omit<Parsed<'audit', 'list'>, 'cursor' | 'limit' | 'count'>;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Local calendar days → the UTC instants stored in `at`. */
function dayStart(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

function nextDayStart(day: string): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/**
 * Details no longer repeat the name or badge their record's row holds: the
 * text also finds the entries of a person of exactly that name and of their
 * visits, and of the visit with that badge number. Read by key
 * (people_name, visits_person_check_in, visits_badge_no) once per query.
 */
function recordsNamed(text: string): SQL {
  return sql`SELECT id FROM people WHERE name = ${text}
    UNION ALL SELECT v.id FROM people p JOIN visits v ON v.person_id = p.id WHERE p.name = ${text}
    UNION ALL SELECT id FROM visits WHERE badge_no = ${text}`;
}

/*
 * How each filter reads the log (ten years of a busy desk is millions of entries):
 * - the date range bounds `at`, a range on each index below;
 * - the action (a name or a prefix such as `visit.`) and the actor (any part
 *   of a name) are first resolved to the actions and actors the log holds
 *   (the small audit_actions and audit_actors tables, kept by triggers); then
 *   each is read newest first down its own index (audit_log_action,
 *   audit_log_actor) and the pages merged, so a rare action or person costs
 *   what a common one costs. With both, the actions are walked and the actors
 *   checked on the way;
 * - the text (any part of the details) cannot use a b-tree index: it is
 *   checked on the entries as the list order walks the index. A common match
 *   fills a page at once. A rare one would walk the whole range in one call
 *   (3 s at six million entries, the desk's thread held all that time), so
 *   the screen's list checks one window of TEXT_WINDOW entries per call and
 *   says how far back it has searched; the screen asks again from there.
 */
function dateWhere(filter: AuditFilter): SQL[] {
  const parts: (SQL | undefined)[] = [
    filter.from ? sql`${auditLog.at} >= ${dayStart(filter.from)}` : undefined,
    filter.to ? sql`${auditLog.at} < ${nextDayStart(filter.to)}` : undefined,
  ];
  return parts.filter((p): p is SQL => !!p);
}

function textWhere(filter: AuditFilter): SQL[] {
  if (!filter.text) return [];
  return [sql`(${auditLog.detail} LIKE ${`%${escapeLike(filter.text)}%`} ESCAPE '\\' OR ${auditLog.entityId} = ${filter.text} OR ${auditLog.entityId} IN (${recordsNamed(filter.text)}))`];
}

function residualWhere(filter: AuditFilter): SQL[] {
  return [...dateWhere(filter), ...textWhere(filter)];
}

/** Entries a text search checks per call of the screen's list: about 20 ms of the desk's thread. */
export const TEXT_WINDOW = 20_000;

/** The actions the filter names: all (undefined), or those the log holds that equal it or start with it. */
function actionsOf(db: ReadDb, filter: AuditFilter): string[] | undefined {
  if (!filter.action) return undefined;
  return db
    .all<{ action: string }>(
      sql`SELECT action FROM ${auditActions} WHERE action = ${filter.action} OR action LIKE ${`${escapeLike(filter.action)}%`} ESCAPE '\\' ORDER BY action`,
    )
    .map((r) => r.action);
}

/** The actors the filter names: all (undefined), or those the log holds whose name contains it. */
function actorsOf(db: ReadDb, filter: AuditFilter): string[] | undefined {
  if (!filter.actor) return undefined;
  return db
    .all<{ actor: string }>(sql`SELECT actor FROM ${auditActors} WHERE actor LIKE ${`%${escapeLike(filter.actor)}%`} ESCAPE '\\' ORDER BY actor`)
    .map((r) => r.actor);
}

const actorIn = (actors: string[]): SQL => sql`${auditLog.actor} IN (${sql.join(actors.map((a) => sql`${a}`), sql`, `)})`;

/**
 * The index walks a filter reads, each the conditions that pick one walk's
 * entries (undefined: the whole log in its order; empty: nothing matches).
 */
function walksOf(db: ReadDb, filter: AuditFilter): SQL[][] | undefined {
  const actions = actionsOf(db, filter);
  const actors = actorsOf(db, filter);
  if (actions?.length === 0 || actors?.length === 0) return [];
  if (actions) return actions.map((action) => [sql`${auditLog.action} = ${action}`, ...(actors ? [actorIn(actors)] : [])]);
  if (actors) return actors.map((actor) => [sql`${auditLog.actor} = ${actor}`]);
  return undefined;
}

/** Entries strictly older in the list order than `key` (the last one already shown). */
function olderThan(key: AuditKey): SQL {
  const [at, deviceId, deviceSeq] = key;
  // The plain `at <=` lets SQLite bound the index range; the row value settles ties on the same instant.
  return sql`${auditLog.at} <= ${at} AND (${auditLog.at}, ${auditLog.deviceId}, ${auditLog.deviceSeq}) < (${at}, ${deviceId}, ${deviceSeq})`;
}

/** Entries no older in the list order than `key` (the end of a searched window). */
function notOlderThan(key: AuditKey): SQL {
  const [at, deviceId, deviceSeq] = key;
  return sql`${auditLog.at} >= ${at} AND (${auditLog.at}, ${auditLog.deviceId}, ${auditLog.deviceSeq}) >= (${at}, ${deviceId}, ${deviceSeq})`;
}

export function keyOf(e: { at: string; deviceId: string; deviceSeq: number }): AuditKey {
  return [e.at, e.deviceId, e.deviceSeq];
}

/** Newest first, as AUDIT_ORDER_DESC reads (SQLite compares these ASCII texts as JavaScript does). */
function newerFirst(a: AuditKey, b: AuditKey): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? 1 : -1;
  if (a[1] !== b[1]) return a[1] < b[1] ? 1 : -1;
  return b[2] - a[2];
}

type Row = typeof auditLog.$inferSelect;

function newest(db: ReadDb, where: SQL[], limit: number): Row[] {
  return db
    .select()
    .from(auditLog)
    .where(where.length > 0 ? sql.join(where, sql` AND `) : undefined)
    .orderBy(...AUDIT_ORDER_DESC)
    .limit(limit)
    .all();
}

/**
 * Up to `limit` entries matching the filter, newest first, after `after`.
 * One read down its own index per action or actor, merged: each reads at most `limit` rows.
 */
export function selectAuditRows(db: ReadDb, filter: AuditFilter, after: AuditKey | undefined, limit: number): Row[] {
  const where = [...residualWhere(filter), ...(after ? [olderThan(after)] : [])];
  const walks = walksOf(db, filter);
  if (walks === undefined) return newest(db, where, limit);
  const rows = walks.flatMap((walk) => newest(db, [...walk, ...where], limit));
  return rows.sort((a, b) => newerFirst(keyOf(a), keyOf(b))).slice(0, limit);
}

/** The TEXT_WINDOW-th entry of a walk after `after` (by the order's index alone), or null where the walk ends sooner. */
function windowEnd(db: ReadDb, where: SQL[]): AuditKey | null {
  const row = db
    .select({ at: auditLog.at, deviceId: auditLog.deviceId, deviceSeq: auditLog.deviceSeq })
    .from(auditLog)
    .where(where.length > 0 ? sql.join(where, sql` AND `) : undefined)
    .orderBy(...AUDIT_ORDER_DESC)
    .limit(1)
    .offset(TEXT_WINDOW - 1)
    .get();
  return row ? keyOf(row) : null;
}

/**
 * As selectAuditRows, with a text filter searched one window at a time: each
 * walk checks at most TEXT_WINDOW entries after `after`. `searchedTo` is the
 * oldest entry every walk has checked where some walk stopped at its window
 * (null: the walks reached their ends); the rows are the matches no older
 * than it, so the next call goes on from there and misses nothing.
 */
function selectTextWindow(db: ReadDb, filter: AuditFilter, after: AuditKey | undefined, limit: number): { rows: Row[]; searchedTo: AuditKey | null } {
  const base = [...dateWhere(filter), ...(after ? [olderThan(after)] : [])];
  const walks = walksOf(db, filter) ?? [[]];
  const reads = walks.map((walk) => {
    const end = windowEnd(db, [...walk, ...base]);
    return { end, rows: newest(db, [...walk, ...base, ...textWhere(filter), ...(end ? [notOlderThan(end)] : [])], limit) };
  });
  // The newest of the windows' ends: every walk is complete down to it.
  const ends = reads.map((r) => r.end).filter((e): e is AuditKey => e !== null);
  const searchedTo = ends.sort(newerFirst)[0] ?? null;
  const rows = reads
    .flatMap((r) => r.rows)
    .filter((row) => !searchedTo || newerFirst(keyOf(row), searchedTo) <= 0)
    .sort((a, b) => newerFirst(keyOf(a), keyOf(b)));
  return { rows, searchedTo };
}

/** How many entries match, read no further than COUNT_CAP + 1 of them (per index walk, then capped overall). */
function countAudit(db: ReadDb, filter: AuditFilter): CappedCount {
  const where = residualWhere(filter);
  const walks = walksOf(db, filter) ?? [[]];
  let n = 0;
  for (const walk of walks) {
    const conditions = [...walk, ...where];
    const matching = sql`SELECT 1 FROM ${auditLog} ${conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``} LIMIT ${COUNT_CAP + 1 - n}`;
    n += db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM (${matching})`)?.n ?? 0;
    if (n > COUNT_CAP) break;
  }
  return { n: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
}

export function listAudit(ctx: ServiceContext, input: Parsed<'audit', 'list'>): Output<'audit', 'list'> {
  const { cursor, limit, count: wantCount, ...filter } = input;
  if (filter.text) return listTextWindow(ctx, filter, cursor, limit);
  // One more than shown says whether a next page exists without a second query.
  const rows = selectAuditRows(ctx.db, filter, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: toViews(ctx.db, page),
    nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null,
    ...(wantCount && { count: countAudit(ctx.db, filter) }),
  };
}

/**
 * A page of a text search, one window per call: a full page where the window
 * held enough matches; else the matches it held, `nextCursor` where it
 * stopped and `searchedTo` (that entry's time) for the screen to say how far
 * back it has searched and ask again. Not counted: a count would read the
 * whole range in one call, which is what the window avoids.
 */
function listTextWindow(ctx: ServiceContext, filter: AuditFilter, cursor: AuditKey | undefined, limit: number): Output<'audit', 'list'> {
  const { rows, searchedTo } = selectTextWindow(ctx.db, filter, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  if (rows.length > limit && last) return { entries: toViews(ctx.db, page), nextCursor: encodeCursor(keyOf(last)) };
  return {
    entries: toViews(ctx.db, page),
    nextCursor: searchedTo ? encodeCursor(searchedTo) : null,
    ...(searchedTo && { searchedTo: searchedTo[0] }),
  };
}

/** Every action the log holds, from the table the log's trigger keeps. */
export function listAuditActions(ctx: ServiceContext): string[] {
  return ctx.db.select({ action: auditActions.action }).from(auditActions).orderBy(auditActions.action).all().map((r) => r.action);
}
