import type Database from 'better-sqlite3';
import { DUE_SOON_MINUTES } from '../../../contract/checklists';
import { localDay, localMinute, localMinuteAfter } from '../../../main/core/clock';
import type { BenchCore } from '../bench-core';
import { floorSamples, hasTable, planOf } from '../floor-db';
import { opResult, type OpResult } from '../results';
import { sampleOver } from '../stats';

const DAY = 86_400_000;

/**
 * What checklists add to a busy desk's day, beside raw SQL: the desk's due
 * panel (read on every refresh of the desk), the to-do screen for today, and
 * the quality figures for a month. None may grow with years of ticked history.
 */
export async function benchChecklists(bench: BenchCore, db: Database.Database, rounds: number): Promise<OpResult[]> {
  if (!hasTable(db, 'checklist_items')) return [];
  const items = db.prepare('SELECT count(*) FROM checklist_items').pluck().get() as number;
  const now = new Date();
  // The floor: open items due before "soon", read along the partial index, with their plans' status.
  const dueSql = `SELECT i.id, i.due_at, i.status, p.title FROM checklist_items i JOIN visit_plans p ON p.id = i.plan_id
    WHERE i.status IN ('open', 'problem') AND i.deleted_at IS NULL AND i.due_at IS NOT NULL AND i.due_at >= ? AND i.due_at < ?
      AND p.status IN ('confirmed', 'in_progress', 'completed') ORDER BY i.due_at LIMIT 10`;
  const due = db.prepare(dueSql);
  const dueArgs = [localMinute(new Date(now.getTime() - 30 * DAY)), localMinuteAfter(now, DUE_SOON_MINUTES)];
  const results: OpResult[] = [
    opResult({
      group: 'checklists',
      name: 'checklists.due (the desk panel)',
      budget: 'deskList',
      app: await sampleOver([0], () => bench.call('checklists.due', { limit: 10 }), { rounds }),
      floor: floorSamples([0], () => due.all(...dueArgs), rounds),
      floorNote: 'floor: open items due up to now + 2 h along the partial index, joined to their plans',
      detail: { items, floorPlan: planOf(db, dueSql, dueArgs) },
    }),
  ];
  const today = localDay(now);
  const todaySql = `SELECT i.* FROM checklist_items i JOIN visit_plans p ON p.id = i.plan_id
    WHERE p.arrival_at < ? AND coalesce(p.departure_at, p.arrival_at) >= ? AND p.status IN ('confirmed', 'in_progress') AND i.deleted_at IS NULL ORDER BY i.due_at`;
  const todayArgs = [`${today}T24:00`, `${today}T00:00`];
  const todayItems = db.prepare(todaySql);
  results.push(
    opResult({
      group: 'checklists',
      name: 'checklists.items (to do, today)',
      budget: 'deskList',
      app: await sampleOver([0], () => bench.call('checklists.items', { from: today, to: today, due: 'all' }), { rounds }),
      floor: floorSamples([0], () => todayItems.all(...todayArgs), rounds),
      floorNote: "floor: every item of today's open plans, by the plans' visit-day index (context: the app also counts each plan's progress)",
      floorBound: false,
      detail: { floorPlan: planOf(db, todaySql, todayArgs) },
    }),
  );
  const monthStart = `${today.slice(0, 8)}01`;
  for (const [name, channel, input] of [
    ['quality.compliance (this month, by week)', 'quality.compliance', { from: monthStart, to: today, by: 'period', period: 'week' }],
    ['quality.compliance (this month, by person)', 'quality.compliance', { from: monthStart, to: today, by: 'person' }],
    ['quality.completeness (this month)', 'quality.completeness', { from: monthStart, to: today }],
  ] as const) {
    results.push(
      opResult({
        group: 'checklists',
        name,
        budget: 'none',
        app: await sampleOver([0], () => bench.call(channel, input), { rounds: Math.max(3, Math.round(rounds / 5)) }),
        floor: null,
        floorNote: 'floor n/a: a report over the month, no single query answers it',
        detail: {},
      }),
    );
  }
  return results;
}
