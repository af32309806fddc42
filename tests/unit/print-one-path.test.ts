import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintJobPayload } from '../../contract/print';
import type { PlanDetail } from '../../contract/plans';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * Every printout — badges, plan documents, the day schedule — goes through one
 * render-print-or-save path (main/services/print/deliver-document.ts): the
 * printer check, the exact page size, the saved PDF's place and the page count
 * are written once. A document printed some other way does not reach it.
 */
const delivered: string[] = [];
vi.mock('../../main/services/print/deliver-document', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../main/services/print/deliver-document')>();
  return {
    ...real,
    renderAndDeliver: (...args: Parameters<typeof real.renderAndDeliver>) => {
      delivered.push((args[2].payload as PrintJobPayload).kind);
      return real.renderAndDeliver(...args);
    },
  };
});

let core: TestCore;
beforeEach(async () => {
  delivered.length = 0;
  core = await makeTestCore({ now: () => new Date('2026-11-27T09:30:00') });
});
afterEach(() => core.cleanup());

describe('one path for every printout', () => {
  it('badges, a plan document and the day schedule all go through renderAndDeliver', async () => {
    const visit = await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN });
    await core.call('print.badges', { visitIds: [visit.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' });
    const plan = await core.call<PlanDetail>('plans.create', { title: '华为来访', level: 'normal', arrivalAt: '2026-11-27T10:00', departureAt: '2026-11-27T12:00' });
    await core.call('print.planDocument', { planId: plan.id, document: 'welcomeSign', locale: 'zh-CN', printerId: 'pdf' });
    await core.call('print.daySchedule', { day: '2026-11-27', locale: 'zh-CN', printerId: 'pdf' });
    expect(delivered).toEqual(['badges', 'welcomeSign', 'daySchedule']);
  });

  it('refuses a printer that is gone before rendering, for badges as for documents', async () => {
    const visit = await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN });
    const result = await core.dispatch('print.badges', { visitIds: [visit.id], layoutId: 'label-89x36', printerId: 'Unplugged', locale: 'zh-CN' });
    expect(result).toMatchObject({ ok: false, error: { code: 'PRINTER_UNAVAILABLE' } });
    expect(core.engine.rendered).toEqual([]);
  });
});
