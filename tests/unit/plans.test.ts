import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail, PlanSummary } from '../../contract/plans';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { signedInUserId } from '../helpers/followups-seed';

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') })));
afterEach(() => core.cleanup());

const VIP_VISIT = {
  title: '华为高管来访',
  purpose: '战略合作洽谈',
  level: 'vip',
  arrivalAt: '2026-12-03T09:30',
  departureAt: '2026-12-03T20:00',
  expectedHeadcount: 2,
  needs: { diet: '一位清真', transport: '两辆商务车', accessibility: '', other: '' },
};

const create = (extra: object = {}) => core.call<PlanDetail>('plans.create', { ...VIP_VISIT, level: 'key', ...extra });
const person = async (name: string, phone: string) => (await core.call<{ id: string }>('people.create', { name, phone })).id;

describe('visit plans', () => {
  it('starts as a draft and checks times and client', async () => {
    const plan = await create({ level: 'vip' });
    expect(plan).toMatchObject({ status: 'draft', level: 'vip', nextStatuses: ['confirmed', 'cancelled'], guests: [], team: [], bookings: [] });
    // A VIP visit (by the default level rules) has four staff, a rehearsal, a spare room and a spare vehicle.
    expect(plan.warnings).toEqual(['tooFewStaff', 'noRehearsal', 'noSpareRoom', 'noSpareVehicle']);
    expect(plan.levelRule).toMatchObject({ minStaff: 4, rehearsal: true, spareRoom: true, spareVehicle: true });
    expect(await core.dispatch('plans.create', { ...VIP_VISIT, departureAt: '2026-12-03T08:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'departureAt', message: 'plan.departureBeforeArrival' }] },
    });
    expect(await core.dispatch('plans.create', { ...VIP_VISIT, arrivalAt: '2026-02-30T09:00' })).toMatchObject({ ok: false, error: { issues: [{ path: 'arrivalAt', message: 'datetime.invalid' }] } });
    expect(await core.dispatch('plans.create', { ...VIP_VISIT, clientId: '01900000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'clientId', message: 'client.notFound' }] },
    });
  });

  it('follows its workflow, checked in main', async () => {
    const plan = await create();
    // A cancellation says why, whoever calls (the reason goes into the audit log).
    for (const reason of [undefined, '', '   ']) {
      expect(await core.dispatch('plans.transition', { id: plan.id, to: 'cancelled', reason })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'reason', message: 'plan.cancelReason' }] },
      });
    }
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).status).toBe('draft');
    expect(await core.dispatch('plans.transition', { id: plan.id, to: 'in_progress' })).toMatchObject({ ok: false, error: { details: { reason: 'badTransition', from: 'draft' } } });
    expect(await core.dispatch('plans.transition', { id: plan.id, to: 'confirmed' })).toMatchObject({ ok: false, error: { details: { reason: 'incomplete', missing: 'guests' } } });
    await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: await person('王总', '13800000001'), isLead: true }] });
    const confirmed = await core.call<PlanDetail>('plans.transition', { id: plan.id, to: 'confirmed' });
    expect(confirmed).toMatchObject({ status: 'confirmed', nextStatuses: ['draft', 'in_progress', 'cancelled'] });
    // Its required checklist items due by the arrival are still open: only a manager's override with a reason starts it.
    expect(await core.dispatch('plans.transition', { id: plan.id, to: 'in_progress' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'checklistOpen' } } });
    await core.call('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
    await core.call('plans.transition', { id: plan.id, to: 'completed' });
    expect(await core.dispatch('plans.update', { id: plan.id, title: '改名' })).toMatchObject({ ok: false, error: { details: { reason: 'planClosed' } } });
    const archived = await core.call<PlanDetail>('plans.transition', { id: plan.id, to: 'archived' });
    expect(archived.nextStatuses).toEqual([]);
    const { entries } = await core.call<{ entries: { detail: { from: string; to: string } }[] }>('audit.list', { action: 'plan.transition' });
    expect(entries.map((e) => `${e.detail.from}>${e.detail.to}`).reverse()).toEqual(['draft>confirmed', 'confirmed>in_progress', 'in_progress>completed', 'completed>archived']);
  });

  it('keeps one row per guest, refuses duplicates and merged people, and warns about the lead and the headcount', async () => {
    const plan = await create();
    const a = await person('王总', '13800000001');
    const b = await person('李经理', '13800000002');
    expect(await core.dispatch('plans.setGuests', { planId: plan.id, guests: [{ personId: a }, { personId: a }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'guests', message: 'guests.duplicate' }] },
    });
    let detail = await core.call<PlanDetail>('plans.setGuests', { planId: plan.id, guests: [{ personId: a }] });
    // (A key visit asks for two staff; this plan has no team yet.)
    expect(detail.warnings).toEqual(['headcountMismatch', 'noLeadGuest', 'tooFewStaff']);
    detail = await core.call<PlanDetail>('plans.setGuests', { planId: plan.id, guests: [{ personId: b }, { personId: a, isLead: true, needs: { diet: '清真', transport: '', accessibility: '', other: '' } }] });
    expect(detail.warnings).toEqual(['tooFewStaff']);
    expect(detail.guests.map((g) => g.name)).toEqual(['王总', '李经理']);
    expect(detail.guests[0]!.needs.diet).toBe('清真');
    await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: b }] });
    await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: a }, { personId: b }] });
    const rows = core.sqlite.prepare('SELECT COUNT(*) FROM plan_guests').pluck().get();
    expect(rows).toBe(2);
    await core.call('people.merge', { keepId: b, mergeId: a });
    expect(await core.dispatch('plans.setGuests', { planId: plan.id, guests: [{ personId: a }] })).toMatchObject({ ok: false, error: { details: { reason: 'guestNotFound' } } });
  });

  it('orders the itinerary, warns about overlaps and items outside the visit, and refuses an end before the start', async () => {
    const plan = await create();
    const item = (startsAt: string, endsAt: string, activity: string) => ({ startsAt, endsAt, activity, place: '一号会议室', responsible: '张经理' });
    let detail = await core.call<PlanDetail>('plans.saveItinerary', {
      planId: plan.id,
      items: [item('2026-12-03T12:00', '2026-12-03T13:30', '午餐'), item('2026-12-03T10:00', '2026-12-03T12:15', '会谈'), item('2026-12-03T18:30', '2026-12-03T21:00', '晚宴')],
    });
    expect(detail.itinerary.map((i) => i.activity)).toEqual(['会谈', '午餐', '晚宴']);
    const [talk, lunch, dinner] = detail.itinerary;
    expect(talk!.overlapsWith).toEqual([lunch!.id]);
    expect(lunch!.overlapsWith).toEqual([talk!.id]);
    expect(dinner).toMatchObject({ overlapsWith: [], outsideVisit: true });
    expect(detail.warnings).toEqual(['itineraryOverlap', 'itineraryOutsideVisit', 'tooFewStaff']);

    detail = await core.call<PlanDetail>('plans.saveItinerary', {
      planId: plan.id,
      items: [{ ...item('2026-12-03T10:00', '2026-12-03T11:45', '会谈'), id: talk!.id }, { ...item('2026-12-03T12:00', '2026-12-03T13:30', '午餐'), id: lunch!.id }],
    });
    expect(detail.itinerary.map((i) => i.id)).toEqual([talk!.id, lunch!.id]);
    expect(detail.warnings).toEqual(['tooFewStaff']);
    expect(await core.dispatch('plans.saveItinerary', { planId: plan.id, items: [item('2026-12-03T10:00', '2026-12-03T09:00', '倒序')] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'items.0.endsAt', message: 'itinerary.endBeforeStart' }] },
    });
    const other = await create({ title: '另一场' });
    expect(await core.dispatch('plans.saveItinerary', { planId: other.id, items: [{ ...item('2026-12-03T10:00', '2026-12-03T11:00', 'x'), id: talk!.id }] })).toMatchObject({
      ok: false,
      error: { details: { reason: 'itemNotFound' } },
    });
  });

  it('lists plans by the days their visit touches, status and client', async () => {
    const client = await core.call<{ id: string }>('clients.create', { name: '华为技术有限公司', tier: 'vip', accountManagerUserId: await signedInUserId(core) });
    await create({ clientId: client.id });
    await create({ title: '跨天参观', level: 'normal', arrivalAt: '2026-12-04T16:00', departureAt: '2026-12-05T11:00' });
    await create({ title: '未定时间', arrivalAt: null, departureAt: null });
    const titles = async (input: object) => (await core.call<{ items: PlanSummary[] }>('plans.list', input)).items.map((p) => p.title);
    expect(await titles({})).toEqual(['华为高管来访', '跨天参观', '未定时间']);
    expect(await titles({ from: '2026-12-05', to: '2026-12-05' })).toEqual(['跨天参观']);
    expect(await titles({ from: '2026-12-03', to: '2026-12-04' })).toEqual(['华为高管来访', '跨天参观']);
    expect(await titles({ query: '华为' })).toEqual(['华为高管来访']);
    expect(await titles({ status: ['confirmed'] })).toEqual([]);
    const [first] = (await core.call<{ items: PlanSummary[] }>('plans.list', {})).items;
    expect(first).toMatchObject({ clientName: '华为技术有限公司', guestCount: 0 });
  });

  it('pages the list latest first and the unscheduled plans on their own, each page one answer', async () => {
    await create({ title: '第二个未定', arrivalAt: null, departureAt: null });
    await create({ title: '十二月一日', arrivalAt: '2026-12-01T09:00', departureAt: '2026-12-01T12:00' });
    const page = (input: object) => core.call<{ total: number; items: PlanSummary[] }>('plans.list', input);
    const ascending = (await page({ limit: 500 })).items.map((p) => p.title);
    // Latest first is the same list reversed (the plans without an arrival first), page by page.
    const descending = [...(await page({ order: 'desc', limit: 3 })).items, ...(await page({ order: 'desc', limit: 3, offset: 3 })).items, ...(await page({ order: 'desc', limit: 500, offset: 6 })).items];
    expect(descending.map((p) => p.title)).toEqual([...ascending].reverse());
    const unscheduled = await page({ unscheduled: true, limit: 1 });
    expect(unscheduled.total).toBe(ascending.filter((t) => ['未定时间', '第二个未定'].includes(t)).length);
    expect(unscheduled.items.map((p) => p.arrivalAt)).toEqual([null]);
    expect((await page({ unscheduled: true, order: 'desc', limit: 500 })).items.every((p) => p.arrivalAt === null)).toBe(true);
    expect((await page({ from: '2026-12-01', order: 'desc', limit: 1 })).items[0]!.arrivalAt! >= '2026-12-01').toBe(true);
    expect(await core.dispatch('plans.list', { order: 'newest' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'order' }] } });
  });

  it('records changes with old and new values', async () => {
    const plan = await create();
    await core.call('plans.update', { id: plan.id, level: 'normal', expectedHeadcount: 12 });
    const { entries } = await core.call<{ entries: { detail: Record<string, unknown> }[] }>('audit.list', { action: 'plan.update' });
    expect(entries[0]!.detail).toMatchObject({ before: { level: 'key', expectedHeadcount: 2 }, after: { level: 'normal', expectedHeadcount: 12 } });
    await core.signInAs('receptionist');
    expect(await core.dispatch('plans.update', { id: plan.id, title: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).level).toBe('normal');
  });
});
