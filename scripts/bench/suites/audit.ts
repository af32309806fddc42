import type Database from 'better-sqlite3';
import type { BenchCore } from '../bench-core';
import { floorSamples, planOf } from '../floor-db';
import { opResult, type OpResult } from '../results';
import { sampleOver } from '../stats';

/** The audit screen's page size (renderer/src/audit/useAuditLog.ts: AUDIT_PAGE). */
const PAGE = 100;
/** Pages read on from the first, as the screen does while it scrolls. */
const PAGES_ON = 5;
const COLUMNS = 'seq, id, at, device_id, actor, action, entity, entity_id, detail';
const ORDER = 'ORDER BY at DESC, device_id DESC, device_seq DESC';

type Key = [string, string, number];
interface Entry {
  at: string;
  device_id: string;
  device_seq: number;
}

interface AuditPage {
  entries: unknown[];
  nextCursor: string | null;
  count?: { n: number; more: boolean };
}

/** Actions and actors as the screen's filter offers them: a busy one and a rare one, from the newest entries. */
function filterValues(db: Database.Database): { busyAction: string; rareAction: string; busyActor: string; rareActor: string } {
  const recent = `SELECT action, actor FROM audit_log ORDER BY seq DESC LIMIT 50000`;
  const byAction = db.prepare(`SELECT action, count(*) AS n FROM (${recent}) GROUP BY action ORDER BY n DESC`).all() as { action: string; n: number }[];
  const byActor = db.prepare(`SELECT actor, count(*) AS n FROM (${recent}) GROUP BY actor ORDER BY n DESC`).all() as { actor: string; n: number }[];
  return { busyAction: byAction[0]!.action, rareAction: byAction.at(-1)!.action, busyActor: byActor[0]!.actor, rareActor: byActor.at(-1)!.actor };
}

/**
 * The audit screen as an auditor uses it: opened (the first page, with the
 * capped count the screen shows), paged on by key, and filtered by a busy
 * and a rare action and actor, each beside the raw-SQL floor: the newest
 * entries read in log order down the index that answers the same question.
 */
export async function benchAudit(bench: BenchCore, db: Database.Database, rounds: number): Promise<OpResult[]> {
  const values = filterValues(db);
  const entries = db.prepare('SELECT max(seq) FROM audit_log').pluck().get();
  const results: OpResult[] = [];
  const once = [0];

  const firstSql = `SELECT ${COLUMNS} FROM audit_log ${ORDER} LIMIT ${PAGE}`;
  const first = db.prepare(firstSql);
  results.push(
    opResult({
      group: 'audit',
      name: 'audit.list, the log opened (first page and its count)',
      budget: 'deskList',
      app: await sampleOver(once, () => bench.call('audit.list', { limit: PAGE, count: true }), { rounds, warmup: 3 }),
      floor: floorSamples(once, () => first.all(), rounds),
      floorNote: 'floor: a keyed read of the newest entries in log order, from its index (no count)',
      detail: { entries, floorPlan: planOf(db, firstSql, []) },
    }),
  );

  // Paging on: the app's cursor against the floor's keyset read from the same last key.
  const nextSql = `SELECT ${COLUMNS} FROM audit_log WHERE at <= ? AND (at, device_id, device_seq) < (?, ?, ?) ${ORDER} LIMIT ${PAGE}`;
  const next = db.prepare(nextSql);
  const appPages: number[] = [];
  const floorPages: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let cursor: string | null = null;
    let key: Key | null = null;
    for (let p = 0; p <= PAGES_ON; p++) {
      const t = performance.now();
      const page: AuditPage = await bench.call<AuditPage>('audit.list', { limit: PAGE, ...(cursor && { cursor }) });
      if (p > 0) appPages.push(performance.now() - t);
      cursor = page.nextCursor;
      const f = performance.now();
      const rows = (key ? next.all(key[0], key[0], key[1], key[2]) : first.all()) as Entry[];
      if (p > 0) floorPages.push(performance.now() - f);
      const last = rows.at(-1);
      // A log shorter than the pages asked for (the quick stand-in data) ends the walk early.
      if (!last || cursor === null) break;
      key = [last.at, last.device_id, last.device_seq];
    }
  }
  results.push(
    opResult({
      group: 'audit',
      name: `audit.list, paging on (pages 2–${PAGES_ON + 1})`,
      budget: 'deskList',
      app: appPages,
      floor: floorPages,
      floorNote: 'floor: the next page read by key from the last entry shown',
      detail: { floorPlan: planOf(db, nextSql, ['x', 'x', 'x', 0]) },
    }),
  );

  const byActionSql = `SELECT ${COLUMNS} FROM audit_log WHERE action = ? ORDER BY at DESC LIMIT ${PAGE}`;
  const byAction = db.prepare(byActionSql);
  for (const [label, action] of [
    ['a busy action', values.busyAction],
    ['a rare action', values.rareAction],
  ] as const) {
    results.push(
      opResult({
        group: 'audit',
        name: `audit.list, filtered by ${label} (first page and its count)`,
        budget: 'deskList',
        app: await sampleOver(once, () => bench.call('audit.list', { limit: PAGE, action, count: true }), { rounds, warmup: 2 }),
        floor: floorSamples(once, () => byAction.all(action), rounds),
        floorNote: 'floor: the action’s newest entries from the (action, at) index',
        detail: { action, floorPlan: planOf(db, byActionSql, [action]) },
      }),
    );
  }

  // The actor is any part of a name (no b-tree index can answer it): the floor walks the log order the same way.
  const byActorSql = `SELECT ${COLUMNS} FROM audit_log WHERE actor LIKE ? ${ORDER} LIMIT ${PAGE}`;
  const byActor = db.prepare(byActorSql);
  for (const [label, actor] of [
    ['a busy actor', values.busyActor],
    ['a rare actor', values.rareActor],
  ] as const) {
    results.push(
      opResult({
        group: 'audit',
        name: `audit.list, filtered by ${label} (first page)`,
        budget: 'deskList',
        app: await sampleOver(once, () => bench.call('audit.list', { limit: PAGE, actor }), { rounds: Math.max(2, Math.ceil(rounds / 5)), warmup: 1 }),
        floor: floorSamples(once, () => byActor.all(`%${actor}%`), Math.max(2, Math.ceil(rounds / 5))),
        floorNote: 'floor: the same walk down the log order, matching the name inside',
        detail: { actor, floorPlan: planOf(db, byActorSql, [`%${actor}%`]) },
      }),
    );
  }
  return results;
}
