import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { capturedStatements, type Ran } from '../helpers/statements';

/*
 * The desk's due panel reads open work by due time along the partial index
 * checklist_items_open_due, which holds only open items with a due time: it
 * never grows with the years of ticked items. SQLite takes a partial index only
 * when the query visibly holds the index's own condition, so this checks the
 * SQL the service really runs (caught at prepare, with its parameters).
 */
let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-12-03T09:00:00') });
  const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', level: 'vip', arrivalAt: '2026-12-03T10:00', departureAt: '2026-12-03T16:00', expectedHeadcount: 2 });
  const guest = await core.call<{ id: string }>('people.create', { name: '王芳', phone: '13700137000', confirmNew: true });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true }] });
  await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
});
afterAll(() => core.cleanup());

/** The reads of checklist items run while `during` runs. */
async function statementsOf(sqlite: Database.Database, during: () => Promise<unknown>): Promise<Ran[]> {
  return (await capturedStatements(sqlite, during)).filter((r) => /^\s*select\b/i.test(r.sql) && /from "checklist_items"/i.test(r.sql));
}

const planOf = (r: { sql: string; params: unknown[] }) =>
  (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((s) => s.detail);

describe('the desk’s due panel', () => {
  it('reads checklist items through the partial index of open work, by due time', async () => {
    const due = await core.call<{ overdue: number; dueSoon: number }>('checklists.due', {});
    expect(due.overdue + due.dueSoon).toBeGreaterThan(0);
    const ran = await statementsOf(core.sqlite, () => core.call('checklists.due', { limit: 10 }));
    expect(ran).toHaveLength(2);
    for (const r of ran) {
      const steps = planOf(r);
      expect(steps.find((d) => /checklist_items/.test(d)), steps.join('\n')).toMatch(/^SEARCH checklist_items USING INDEX checklist_items_open_due \(due_at>\? AND due_at<\?\)$/);
    }
  });

  it('would read every item ever ticked without it', async () => {
    const ran = await statementsOf(core.sqlite, () => core.call('checklists.due', { limit: 10 }));
    core.sqlite.exec('BEGIN');
    try {
      core.sqlite.exec('DROP INDEX checklist_items_open_due');
      for (const r of ran) expect(planOf(r).some((d) => /checklist_items_open_due/.test(d))).toBe(false);
    } finally {
      core.sqlite.exec('ROLLBACK');
    }
  });
});
