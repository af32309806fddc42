import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completedPlan, type PastPlan } from '../helpers/past-visits-seed';
import { capturedStatements, type Ran } from '../helpers/statements';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Past visits grow with every visit ever received: the list reads them along
 * the partial index visit_plans_past (completed and archived plans only, by
 * arrival) and stops after a page, and a file reads its plan's audit trail
 * through audit_log_entity instead of the whole log. Checked on the SQL the
 * services really run, caught at prepare with its parameters.
 */
let core: TestCore;
let past: PastPlan;
beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-12-03T10:00:00') });
  past = await completedPlan(core);
});
afterAll(() => core.cleanup());

const planOf = (r: Ran) => (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((s) => s.detail);
const reads = async (table: string, during: () => Promise<unknown>) =>
  (await capturedStatements(core.sqlite, during)).filter((r) => /^\s*select\b/i.test(r.sql) && new RegExp(`from "${table}"`, 'i').test(r.sql));

describe('past visits read by index', () => {
  for (const [name, input] of [
    ['the first page', {}],
    ['a later page', { cursor: JSON.stringify(['2026-12-03T09:00', '0190a000-0000-7000-8000-000000000000']) }],
    ['a status', { status: 'archived' }],
    ['a day range', { from: '2026-12-01', to: '2026-12-31' }],
  ] as const) {
    it(`lists ${name} along visit_plans_past, in its order (no sort)`, async () => {
      const [list] = await reads('visit_plans', () => core.call('pastVisits.list', input));
      const steps = planOf(list!);
      expect(steps.find((d) => / visit_plans /.test(d) || /^(SCAN|SEARCH) visit_plans\b/.test(d)), steps.join('\n')).toMatch(/USING INDEX visit_plans_past/);
      expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
    });
  }

  it('reads a file’s audit trail through audit_log_entity', async () => {
    const ran = await reads('audit_log', () => core.call('pastVisits.file', { planId: past.planId }));
    expect(ran).toHaveLength(1);
    expect(planOf(ran[0]!).join('\n')).toMatch(/SEARCH audit_log USING INDEX audit_log_entity \(entity_id=\?\)/);
  });
});
