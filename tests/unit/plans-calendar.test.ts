import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../contract/plans';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { capturedStatements } from '../helpers/statements';

/*
 * Issue 17: the plan calendar reads the month it shows, a range of
 * visit_plans_ends closed at both ends by the longest visit on file, and shows
 * exactly the plans the rule "its visit touches these days" picks.
 */

let core: TestCore;
const SPANS: [title: string, arrivalAt: string | null, departureAt: string | null][] = [
  ['十月底到十一月初', '2026-10-28T09:00', '2026-11-03T17:00'],
  ['十一月最后一天跨月', '2026-11-30T15:00', '2026-12-02T11:00'],
  ['十一月一日零点', '2026-11-01T00:00', null],
  ['十月最后一分钟', '2026-10-31T23:59', null],
  ['十二月一日零点', '2026-12-01T00:00', '2026-12-01T10:00'],
  ['整个秋天', '2026-09-01T09:00', '2026-12-31T18:00'],
  ['十一月中', '2026-11-15T09:00', '2026-11-15T12:00'],
  ['十月中', '2026-10-15T09:00', '2026-10-16T12:00'],
  ['去年', '2025-11-15T09:00', '2025-11-15T12:00'],
  ['未定', null, null],
];

beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-10T09:00:00') });
  for (const [title, arrivalAt, departureAt] of SPANS) {
    await core.call('plans.create', { title, level: 'normal', expectedHeadcount: 1, ...(arrivalAt && { arrivalAt }), ...(departureAt && { departureAt }) });
  }
  const deleted = await core.call<{ id: string }>('plans.create', { title: '已删除', level: 'normal', expectedHeadcount: 1, arrivalAt: '2026-11-20T09:00' });
  core.sqlite.prepare("UPDATE visit_plans SET deleted_at = '2026-11-10T00:00:00.000Z' WHERE id = ?").run(deleted.id);
});
afterAll(() => core.cleanup());

/** The rule as it stood before the bound, straight on the file: every plan whose visit touches the days. */
function byTheRule(from: string, to: string): string[] {
  return (
    core.sqlite
      .prepare('SELECT title FROM visit_plans WHERE deleted_at IS NULL AND arrival_at < ? AND coalesce(departure_at, arrival_at) >= ? ORDER BY arrival_at, id')
      .pluck()
      .all(`${to}T24:00`, `${from}T00:00`) as string[]
  ).sort();
}

const calendar = async (from: string, to: string) =>
  (await core.call<{ total: number; items: PlanSummary[] }>('plans.list', { from, to, limit: 500, offset: 0 })).items.map((p) => p.title).sort();

describe('the plan calendar, a month', () => {
  it.each([
    ['2026-11-01', '2026-11-30'],
    ['2026-10-01', '2026-10-31'],
    ['2026-12-01', '2026-12-31'],
    ['2026-09-01', '2026-09-30'],
    ['2025-11-01', '2025-11-30'],
    ['2026-11-30', '2026-12-01'],
  ])('%s – %s shows the same plans as the rule, including those over its borders', async (from, to) => {
    const shown = await calendar(from, to);
    expect(shown).toEqual(byTheRule(from, to));
    expect(shown.length).toBeGreaterThan(0);
  });

  it('November holds the plans that cross into and out of it', async () => {
    expect(await calendar('2026-11-01', '2026-11-30')).toEqual(['十一月一日零点', '十一月中', '十一月最后一天跨月', '十月底到十一月初', '整个秋天'].sort());
  });

  it('reads one range of visit_plans_ends, bounded at both ends, and the longest visit by one seek', async () => {
    const ran = await capturedStatements(core.sqlite, () => core.call('plans.list', { from: '2026-11-01', to: '2026-11-30', limit: 500, offset: 0 }));
    const steps = ran
      .filter((r) => /visit_plans/.test(r.sql))
      .flatMap((r) => (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((s) => s.detail))
      .filter((d) => /visit_plans\b/.test(d) && /^(SCAN|SEARCH)/.test(d));
    expect(steps.length).toBeGreaterThan(0);
    // By key (the page's own plans, for their checklist counts), the month's bounded range, or the longest visit's seek.
    const unbounded = steps.filter((d) => !/^SEARCH visit_plans USING (COVERING )?INDEX (visit_plans_ends \(<expr>>\? AND <expr><\?\)|visit_plans_length|sqlite_autoindex_visit_plans_1 \(id=\?\))$/.test(d));
    expect(unbounded).toEqual([]);
    expect(steps.some((d) => /visit_plans_length/.test(d))).toBe(true);
  });

  it('without visit_plans_length the longest visit would read every plan (the check itself works)', () => {
    core.sqlite.exec('BEGIN');
    try {
      core.sqlite.exec('DROP INDEX visit_plans_length');
      const steps = (core.sqlite.prepare('EXPLAIN QUERY PLAN SELECT max(julianday(coalesce(departure_at, arrival_at)) - julianday(arrival_at)) AS days FROM visit_plans').all() as { detail: string }[]).map((s) => s.detail);
      // Every plan read (the table, or a whole index without a key), not one seek.
      expect(steps).toEqual([expect.stringMatching(/^(SCAN visit_plans|SEARCH visit_plans USING COVERING INDEX \w+)$/)]);
    } finally {
      core.sqlite.exec('ROLLBACK');
    }
  });

  it('a longer visit saved later widens the bound: it shows on every month it touches', async () => {
    await core.call('plans.create', { title: '一年', level: 'normal', expectedHeadcount: 1, arrivalAt: '2026-01-05T09:00', departureAt: '2027-01-05T09:00' });
    expect(await calendar('2026-06-01', '2026-06-30')).toEqual(['一年']);
    expect(await calendar('2026-11-01', '2026-11-30')).toEqual(byTheRule('2026-11-01', '2026-11-30'));
  });
});
