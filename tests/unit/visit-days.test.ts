import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanDetail, PlanSummary } from '../../contract/plans';
import type { DayScheduleJob } from '../../contract/print';
import type { ExpectedGuest } from '../../contract/visits';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * "This plan's visit is on these days" is written once
 * (main/services/plans/visit-days.ts). Here the rule changes there — a visit
 * is no longer on the day it leaves — and the plan calendar, the desk's
 * expected arrivals and the day schedule must all follow: a copy of the old
 * comparison anywhere fails this test.
 */
vi.mock('../../main/services/plans/visit-days', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../main/services/plans/visit-days')>();
  const { sql } = await import('drizzle-orm');
  return {
    ...real,
    visitOnDays: (plan: { arrivalAt: never; departureAt: never }, from: string | undefined, to: string | undefined) =>
      sql.join(
        [
          ...(to ? [sql`${plan.arrivalAt} < ${`${to}T24:00`}`] : []),
          // The changed rule: the departure day no longer counts.
          ...(from ? [sql`coalesce(${plan.departureAt}, ${plan.arrivalAt}) >= ${`${from}T24:00`}`] : []),
          sql`1`,
        ],
        sql` AND `,
      ),
  };
});

let core: TestCore;
let scheduled: string[][];
beforeEach(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-28T09:00:00') });
  scheduled = [];
  const render = core.engine.renderPdf.bind(core.engine);
  core.engine.renderPdf = async (jobId, page) => {
    const job = await core.dispatch('print.job', { jobId });
    if (job.ok) scheduled.push((job.value as DayScheduleJob).visits.map((v) => v.title));
    return render(jobId, page);
  };
});
afterEach(() => core.cleanup());

describe('the visit-days rule in main/services/plans/visit-days.ts', () => {
  it('decides the calendar, the expected list and the day schedule alike', async () => {
    // Arrives the day before, leaves today at noon: under the changed rule it is not on today.
    const plan = await core.call<PlanDetail>('plans.create', { title: '华为来访', level: 'normal', arrivalAt: '2026-11-27T15:00', departureAt: '2026-11-28T12:00', expectedHeadcount: 1 });
    const guest = (await core.call<{ id: string }>('people.create', { name: '王总', phone: '13800000001' })).id;
    await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: guest, isLead: true }] });
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });

    const onDay = async (day: string) => ({
      calendar: (await core.call<{ items: PlanSummary[] }>('plans.list', { from: day, to: day })).items.map((p) => p.title),
      expected: (await core.call<ExpectedGuest[]>('visits.expected', { day })).map((g) => g.planTitle),
      schedule: (await core.call('print.daySchedule', { day, locale: 'zh-CN', printerId: 'pdf' }), scheduled.pop()),
    });
    expect(await onDay('2026-11-27')).toEqual({ calendar: ['华为来访'], expected: ['华为来访'], schedule: ['华为来访'] });
    expect(await onDay('2026-11-28')).toEqual({ calendar: [], expected: [], schedule: [] });
  });
});
