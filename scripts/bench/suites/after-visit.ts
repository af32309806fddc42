import type Database from 'better-sqlite3';
import { localDay } from '../../../main/core/clock';
import type { BenchCore } from '../bench-core';
import { floorSamples, hasTable, planOf } from '../floor-db';
import { opResult, type OpResult } from '../results';
import { sampleOver } from '../stats';

const DAY = 86_400_000;
/** The open incidents, as the partial index incidents_open_deadline is written. */
const OPEN = `status IN ('received', 'classified', 'dispatched') AND deleted_at IS NULL`;

/**
 * What the after-visit domains add to a desk's day, beside raw SQL: the
 * header's task count (polled every 30 s on every desk), the inbox, the team
 * view, the open incidents; and the period reports. The inbox reads only open
 * rows, so none of the first four may grow with years of closed history.
 */
export async function benchAfterVisit(bench: BenchCore, db: Database.Database, rounds: number): Promise<OpResult[]> {
  if (!hasTable(db, 'incidents')) return [];
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const detail = { incidents: count('incidents'), feedback: count('feedback_responses'), followupSteps: count('followup_steps') };
  const openSql = `SELECT * FROM incidents WHERE ${OPEN} ORDER BY deadline_at LIMIT 50`;
  const open = db.prepare(openSql);
  const openCountSql = `SELECT count(*) FROM incidents WHERE ${OPEN}`;
  const openCount = db.prepare(openCountSql);
  const results: OpResult[] = [
    opResult({
      group: 'after the visit',
      name: 'tasks.count (the header, every 30 s)',
      budget: 'deskList',
      app: await sampleOver([0], () => bench.call('tasks.count', {}), { rounds }),
      floor: floorSamples([0], () => openCount.get(), rounds),
      floorNote: 'floor: the open incidents counted along their partial index (one of the six sources the app reads)',
      detail: { ...detail, floorPlan: planOf(db, openCountSql, []) },
    }),
    opResult({
      group: 'after the visit',
      name: 'tasks.mine (the inbox, 14 days ahead)',
      budget: 'deskList',
      app: await sampleOver([0], () => bench.call('tasks.mine', {}), { rounds }),
      floor: floorSamples([0], () => open.all(), rounds),
      floorNote: 'floor: the first 50 open incidents by deadline along their partial index',
      detail: { floorPlan: planOf(db, openSql, []) },
    }),
    opResult({
      group: 'after the visit',
      name: 'incidents.list (open, first page)',
      budget: 'deskList',
      app: await sampleOver([0], () => bench.call('incidents.list', { filter: 'open' }), { rounds }),
      floor: floorSamples([0], () => open.all(), rounds),
      floorNote: 'floor: the first 50 open incidents by deadline along their partial index',
      detail: {},
    }),
    opResult({
      group: 'after the visit',
      name: 'tasks.team (everyone, 14 days ahead)',
      budget: 'none',
      app: await sampleOver([0], () => bench.call('tasks.team', {}), { rounds: Math.max(3, Math.round(rounds / 5)) }),
      floor: null,
      floorNote: 'floor n/a: six sources for every owner, no single query answers it',
      detail: {},
    }),
  ];
  const today = localDay(new Date());
  const yearAgo = localDay(new Date(Date.now() - 365 * DAY));
  for (const [name, channel, input] of [
    ['incidents.list (all, first page)', 'incidents.list', { filter: 'all' }],
    ['incidents.analysis (a year, by month)', 'incidents.analysis', { from: yearAgo, to: today, groupBy: 'month' }],
    ['incidents.analysis (a year, by root cause)', 'incidents.analysis', { from: yearAgo, to: today, groupBy: 'rootCause' }],
    ['feedback.summary (a year, by month)', 'feedback.summary', { from: yearAgo, to: today, groupBy: 'month' }],
    ['feedback.responses (first page)', 'feedback.responses', {}],
    ['followups.list (active)', 'followups.list', { filter: 'active' }],
  ] as const) {
    results.push(
      opResult({
        group: 'after the visit',
        name,
        budget: 'none',
        app: await sampleOver([0], () => bench.call(channel, input), { rounds: Math.max(3, Math.round(rounds / 5)) }),
        floor: null,
        floorNote: 'floor n/a: a list or report over a period, no single query answers it',
        detail: {},
      }),
    );
  }
  return results;
}
