import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../contract/data-export';
import { exportUntilEnd } from '../helpers/exports';
import { capturedStatements } from '../helpers/statements';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * An export of visits reads page after page by key down visits_day_check_in,
 * in the list's order: no page sorts the years behind it (no temp B-tree for
 * the ORDER BY), whatever the filters.
 */

const clock = new Date('2026-12-03T09:10:00');
let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  for (const name of ['张伟', '王芳', '李娜']) await core.call('visits.checkIn', { ...WALK_IN, name, idType: undefined });
});
afterAll(() => core.cleanup());

function planOf(sql: string, params: unknown[]): string[] {
  return (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as never[])) as { detail: string }[]).map((s) => s.detail);
}

describe('visits, read by key', () => {
  it.each<ExportRequest['filters']>([
    {},
    { from: '2026-01-01', to: '2026-12-31' },
    { scope: 'today' },
    { status: 'checked_out', kind: 'walk_in' },
    { from: '2026-12-01', query: '张' },
  ])('%j: every page down the day index, in order', async (filters) => {
    const ran = await capturedStatements(core.sqlite, () => exportUntilEnd(core, { dataset: 'visits', filters, format: 'csv' } as ExportRequest));
    const pages = ran.filter((r) => /ORDER BY day DESC, checkInAt DESC, seq DESC/.test(r.sql));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const plan = planOf(page.sql, page.params);
      expect(plan.join('\n'), page.sql).toMatch(/visits_day_check_in/);
      expect(plan.join('\n'), page.sql).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });
});
