import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceReport } from '../../contract/reports';
import { insertItem, insertList, seedPlan } from '../helpers/quality-seed';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * reports.service judges checklist items in SQL (per day, without reading
 * every item into JS): its verdicts must stay quality's, whatever form the
 * tick time has. In Asia/Shanghai (UTC+8), so a tick stored as an ISO instant
 * reads differently as a UTC string and as the desk's local minute.
 */
const ZONE = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

let core: TestCore;
let now: Date;
const DECEMBER = { from: '2026-12-01', to: '2026-12-31', granularity: 'month', clientId: null };

beforeEach(async () => {
  now = new Date('2026-12-09T08:00:00+08:00');
  core = await makeTestCore({ now: () => now });
});
afterEach(() => core.cleanup());

async function setClock(to: string): Promise<void> {
  now = new Date(to);
  const status = await core.call<{ phase: string }>('session.status', {});
  if (status.phase === 'locked') await core.call('session.unlock', { password: ADMIN.password });
}

describe('reports.service checklist compliance', () => {
  it('judges each item as quality compliance does: ISO ticks in local time, local-minute ticks as they are', async () => {
    const planId = await seedPlan(core, { title: '来访', status: 'confirmed', arrivalAt: '2026-12-10T09:00', departureAt: '2026-12-10T17:00' });
    const s = core.sqlite;
    const listId = insertList(s, { planId, templateId: null, name: '准备' });
    const item = (o: Partial<Parameters<typeof insertItem>[1]>, position: number) => insertItem(s, { planId, listId, text: `事项${position}`, dueAt: '2026-12-10T09:00', position, ...o });
    // Ticked 09:30 local (01:30Z): late, though '2026-12-10T01:30' sorts before the due time as a UTC string.
    item({ status: 'done', tickedAt: '2026-12-10T09:30' }, 0);
    // Ticked 09:00:45 local: the minute 09:00 is on time.
    const exact = item({ status: 'done', tickedAt: '2026-12-10T09:00' }, 1);
    s.prepare('UPDATE checklist_items SET status_at = ? WHERE id = ?').run('2026-12-10T01:00:45.000Z', exact);
    // A tick kept as a local minute, and one without a time: on time.
    const local = item({ status: 'done', tickedAt: '2026-12-10T08:00' }, 2);
    s.prepare('UPDATE checklist_items SET status_at = ? WHERE id = ?').run('2026-12-10T08:59', local);
    item({ status: 'done' }, 3);
    // Open and a problem once due: missed; open not yet due and not applicable: not judged.
    item({ status: 'open' }, 4);
    item({ status: 'problem' }, 5);
    item({ status: 'open', dueAt: '2026-12-11T09:00' }, 6);
    item({ status: 'na' }, 7);
    // Across local midnight: due 00:10 on the 11th, ticked 23:50 on the 10th (15:50Z): on time, on the 11th.
    item({ status: 'done', dueAt: '2026-12-11T00:10', tickedAt: '2026-12-10T23:50' }, 8);
    await setClock('2026-12-10T12:00:00+08:00');
    const r = await core.call<ServiceReport>('reports.service', DECEMBER);
    expect(r.checklistsOnTime).toEqual({ part: 4, whole: 7, rate: 0.5714 });
    const quality = await core.call<{ total: { onTime: number; due: number } }>('quality.compliance', { from: '2026-12-01', to: '2026-12-31', by: 'period', period: 'month' });
    expect([r.checklistsOnTime.part, r.checklistsOnTime.whole]).toEqual([quality.total.onTime, quality.total.due]);
    const byDay = await core.call<ServiceReport>('reports.service', { ...DECEMBER, granularity: 'day' });
    expect(byDay.periods.filter((p) => p.checklistsOnTime !== null).map((p) => [p.key, p.checklistsOnTime])).toEqual([
      ['2026-12-10', 0.5],
      ['2026-12-11', 1],
    ]);
  });
});
