import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../main/core/context';
import { escalateDue } from '../../main/services/incidents';
import { capturedStatements, type Ran } from '../helpers/statements';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Escalation runs every minute and before every incident read, and the open
 * list is the desk's daily view: both read the open incidents through the
 * partial index incidents_open_deadline, never the years of closed ones.
 */

let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-26T10:00:00') });
  for (let n = 0; n < 3; n++) await core.call('incidents.record', { category: 'complaint', title: `问题 ${n}` });
  // A few years of closed ones, so the planner sees a table worth an index.
  const insert = core.sqlite.prepare(
    `INSERT INTO incidents (id, created_at, updated_at, device_id, code, category, tier, status, source, title, reporter_id, reporter_name, received_at, limit_from)
     VALUES (?, '2024-01-01', '2024-01-01', 'd', ?, 'other', 'ordinary', 'archived', 'desk', '旧问题', 'x', 'x', ?, ?)`,
  );
  core.sqlite.transaction(() => {
    for (let i = 0; i < 2000; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000 * 9).toISOString().slice(0, 16);
      insert.run(`00000000-0000-7000-8000-${String(i).padStart(12, '0')}`, `IN-OLD-${i}`, day, day);
    }
  })();
  core.sqlite.exec('ANALYZE');
});
afterAll(() => core.cleanup());

function planOf(ran: Ran): string[] {
  return (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${ran.sql}`).all(...ran.params) as { detail: string }[]).map((s) => s.detail);
}

/** The statements that read open incidents (the partial index's predicate). */
async function openReads(during: () => Promise<unknown>): Promise<Ran[]> {
  const ran = await capturedStatements(core.sqlite, during);
  return ran.filter((r) => /^\s*select/i.test(r.sql) && /status IN \('received', 'classified', 'dispatched'\) AND deleted_at IS NULL/.test(r.sql));
}

describe('open incidents are read through the partial index', () => {
  it('by escalation', async () => {
    const reads = await openReads(async () => escalateDue(core.context(SYSTEM)));
    expect(reads.length).toBe(1);
    for (const r of reads) expect(planOf(r).join('\n')).toMatch(/SEARCH \w+ USING INDEX incidents_open_deadline/);
  });

  it('by the open and overdue lists', async () => {
    for (const filter of ['open', 'overdue']) {
      const reads = await openReads(() => core.call('incidents.list', { filter }));
      // The escalation before the read, and the list itself.
      expect(reads.length, filter).toBe(2);
      for (const r of reads) expect(planOf(r).join('\n'), `${filter}: ${r.sql}`).toMatch(/(SEARCH|SCAN) \w+ USING INDEX incidents_open_deadline/);
    }
  });

  it('while the whole list pages down incidents_received', async () => {
    const ran = await capturedStatements(core.sqlite, () => core.call('incidents.list', { filter: 'all', limit: 20 }));
    const page = ran.find((r) => /ORDER BY i\.received_at DESC/.test(r.sql))!;
    expect(planOf(page).join('\n')).toMatch(/SCAN i USING (COVERING )?INDEX incidents_received/);
    expect(planOf(page).join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
