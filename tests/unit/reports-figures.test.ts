import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackTemplate } from '../../contract/feedback';
import type { HandlingReport, PeakHoursReport, PreferencesReport, ServiceReport, VisitsReport } from '../../contract/reports';
import { makeClient, signedInUserId } from '../helpers/followups-seed';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Every figure of the five report channels on a small set whose numbers are
 * worked out by hand below, in Asia/Shanghai (TZ set before any Date is made;
 * put back after). November 2026 has four Tuesdays: 3, 10, 17 and 24.
 *
 *   Tue 3 Nov   walk-in 甲 09:00–10:30 (form 60 s), walk-in 乙 09:30–09:45 (30 s),
 *               planned 丁 09:55–12:00 and 丙 10:10–12:00 (plan of 远航 (VIP) arriving 10:00)
 *   Tue 10 Nov  walk-in 甲 again 14:00–14:20 (20 s)
 * Visits 5 (walk-ins 3, planned 2); visitors in November 4, in the week of 2 Nov 4, of 9 Nov 1.
 * Registration (60+30+20)/3 = 36.7 s; stays 90, 15, 125, 110, 20 → 72 min; waits −5 and +10 → 2.5 min.
 * On site at once on 3 Nov: 甲, 丁 and 丙 at 10:10 → 3.
 */
const ZONE = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

let clock = new Date('2026-11-02T09:00:00+08:00');
/** The desk's clock to a local minute; a desk locked by the days between is unlocked. */
async function at(local: string) {
  clock = new Date(`${local}:00+08:00`);
  const status = await core.call<{ phase: string }>('session.status', {});
  if (status.phase === 'locked') await core.call('session.unlock', { password: ADMIN.password });
}
let core: TestCore;
let clientId = '';
const NOV = { from: '2026-11-01', to: '2026-11-30', granularity: 'month' } as const;

const walkIn = (name: string, phone: string, handlingMs: number, personId?: string) =>
  core.call<{ id: string; personId: string }>('visits.checkIn', { name, phone, company: '', host: '李娜', purpose: '拜访', privacyAck: true, handlingMs, ...(personId && { personId }) });
const checkOut = (visitId: string) => core.call('visits.checkOut', { visitId });

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  await core.call('settings.update', { idleLockMinutes: 240 });
  clientId = (await makeClient(core, '远航科技', 'vip', await signedInUserId(core))).id;
  const guest = async (name: string, phone: string) => (await core.call<{ id: string }>('people.create', { name, phone, company: '远航科技', confirmNew: true })).id;
  const [bing, ding] = [await guest('丙', '13700000003'), await guest('丁', '13700000004')];
  const plan = await core.call<{ id: string }>('plans.create', { title: '远航来访', clientId, level: 'vip', arrivalAt: '2026-11-03T10:00', departureAt: '2026-11-03T16:00', expectedHeadcount: 2 });
  await core.call('plans.setGuests', {
    planId: plan.id,
    guests: [
      { personId: bing, isLead: true, needs: { diet: '素食', transport: '接机', accessibility: '', other: '' } },
      { personId: ding, isLead: false, needs: { diet: ' 素食 ', transport: '', accessibility: '轮椅', other: '' } },
    ],
  });
  await core.call('plans.transition', { id: plan.id, to: 'confirmed', reason: '' });

  await at('2026-11-03T09:00');
  const jia = await walkIn('甲', '13900000001', 60_000);
  await at('2026-11-03T09:30');
  const yi = await walkIn('乙', '13900000002', 30_000);
  await at('2026-11-03T09:45');
  await checkOut(yi.id);
  await at('2026-11-03T09:55');
  const [d] = (await core.call<{ visits: { id: string }[] }>('visits.checkInPlanned', { planId: plan.id, personIds: [ding], privacyAck: true })).visits;
  await at('2026-11-03T10:10');
  const [b] = (await core.call<{ visits: { id: string }[] }>('visits.checkInPlanned', { planId: plan.id, personIds: [bing], privacyAck: true })).visits;
  await at('2026-11-03T10:30');
  await checkOut(jia.id);
  await at('2026-11-03T12:00');
  await checkOut(d!.id);
  await checkOut(b!.id);
  await at('2026-11-10T14:00');
  const again = await walkIn('甲', '13900000001', 20_000, jia.personId);
  await at('2026-11-10T14:20');
  await checkOut(again.id);

  // Service: two questionnaires (scores 4.5 and 3.5), one complaint.
  const t = (await core.call<FeedbackTemplate[]>('feedback.templates', {})).find((x) => x.name.zh === '接待服务满意度')!;
  const rated = t.questions.filter((q) => q.kind === 'rating');
  for (const ratings of [[5, 5, 4, 4], [3, 3, 4, 4]]) {
    await core.call('feedback.submit', { templateId: t.id, channel: 'paper', answers: rated.map((q, i) => ({ questionId: q.id, rating: ratings[i] })) });
  }
  await core.call('incidents.record', { category: 'complaint', title: '等候时间过长' });
  await at('2026-11-30T18:00');
});
afterAll(async () => core?.cleanup());

describe('report figures on a known set', () => {
  it('visits and visitors per period, by client and tier', async () => {
    const month = await core.call<VisitsReport>('reports.visits', NOV);
    expect(month.range).toEqual({ from: '2026-11-01', to: '2026-11-30', granularity: 'month' });
    expect(month.totals).toEqual({ visits: 5, walkIns: 3, planned: 2 });
    expect(month.periods).toEqual([{ key: '2026-11', visits: 5, walkIns: 3, planned: 2, visitors: 4 }]);
    expect(month.byClient).toEqual([{ clientId, name: '远航科技', tier: 'vip', visits: 2 }]);
    expect(month.otherClients).toBe(0);
    expect(month.byTier).toEqual([
      { tier: 'vip', visits: 2 },
      { tier: 'key', visits: 0 },
      { tier: 'normal', visits: 0 },
    ]);
    const weeks = await core.call<VisitsReport>('reports.visits', { from: '2026-11-03', to: '2026-11-10', granularity: 'week' });
    expect(weeks.range).toEqual({ from: '2026-11-02', to: '2026-11-15', granularity: 'week' });
    expect(weeks.periods.map((p) => [p.key, p.visits, p.visitors])).toEqual([
      ['2026-11-02', 4, 4],
      ['2026-11-09', 1, 1],
    ]);
    const days = await core.call<VisitsReport>('reports.visits', { from: '2026-11-02', to: '2026-11-04', granularity: 'day' });
    expect(days.periods.map((p) => [p.key, p.visits])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-03', 4],
      ['2026-11-04', 0],
    ]);
    const client = await core.call<VisitsReport>('reports.visits', { ...NOV, clientId });
    expect(client.periods).toEqual([{ key: '2026-11', visits: 2, walkIns: 0, planned: 2, visitors: 2 }]);
  });

  it('the weekday × hour grid and the busiest hours with their average per such weekday', async () => {
    const r = await core.call<PeakHoursReport>('reports.peakHours', NOV);
    const cells = r.heatmap.flatMap((hours, weekday) => hours.flatMap((n, hour) => (n > 0 ? [[weekday, hour, n]] : [])));
    expect(cells).toEqual([
      [1, 9, 3],
      [1, 10, 1],
      [1, 14, 1],
    ]);
    expect(r.busiest).toEqual([
      { weekday: 1, hour: 9, visits: 3, perDay: 0.75 },
      { weekday: 1, hour: 10, visits: 1, perDay: 0.25 },
      { weekday: 1, hour: 14, visits: 1, perDay: 0.25 },
    ]);
  });

  it('registration, arrival to check-in, visit length and the most on site at once', async () => {
    const r = await core.call<HandlingReport>('reports.handling', NOV);
    expect(r.registrationSeconds).toEqual({ count: 3, average: 36.7 });
    expect(r.arrivalToCheckInMinutes).toEqual({ count: 2, average: 2.5 });
    expect(r.visitMinutes).toEqual({ count: 5, average: 72 });
    expect(r.peakOnSite).toEqual({ count: 3, day: '2026-11-03' });
    const days = await core.call<HandlingReport>('reports.handling', { from: '2026-11-03', to: '2026-11-10', granularity: 'week' });
    expect(days.periods).toEqual([
      { key: '2026-11-02', registrationSeconds: 45, arrivalToCheckInMinutes: 2.5, visitMinutes: 85, peakOnSite: 3 },
      { key: '2026-11-09', registrationSeconds: 20, arrivalToCheckInMinutes: null, visitMinutes: 20, peakOnSite: 1 },
    ]);
    const client = await core.call<HandlingReport>('reports.handling', { ...NOV, clientId });
    expect(client.registrationSeconds).toEqual({ count: 0, average: null });
    expect(client.visitMinutes).toEqual({ count: 2, average: 117.5 });
    expect(client.peakOnSite).toEqual({ count: 2, day: '2026-11-03' });
  });

  it("the guests' stated needs, the same words counted together", async () => {
    const r = await core.call<PreferencesReport>('reports.preferences', NOV);
    expect(r.guests).toBe(2);
    expect(r.kinds).toEqual([
      { kind: 'diet', stated: 2, values: [{ value: '素食', guests: 2 }] },
      { kind: 'transport', stated: 1, values: [{ value: '接机', guests: 1 }] },
      { kind: 'accessibility', stated: 1, values: [{ value: '轮椅', guests: 1 }] },
      { kind: 'other', stated: 0, values: [] },
    ]);
    expect(r.clients).toEqual([
      {
        clientId,
        name: '远航科技',
        guests: 2,
        top: [
          { kind: 'diet', value: '素食', guests: 2 },
          { kind: 'accessibility', value: '轮椅', guests: 1 },
          { kind: 'transport', value: '接机', guests: 1 },
        ],
      },
    ]);
    const october = await core.call<PreferencesReport>('reports.preferences', { from: '2026-10-01', to: '2026-10-31', granularity: 'month' });
    expect(october.guests).toBe(0);
  });

  it('satisfaction, complaint rate and compliance as the feedback and quality screens count them', async () => {
    const r = await core.call<ServiceReport>('reports.service', NOV);
    expect(r.satisfaction).toEqual({ responses: 2, average: 4, distribution: [0, 0, 2, 4, 2], redAlerts: 0 });
    expect(r.complaintRate).toEqual({ part: 1, whole: 5, rate: 0.2 });
    expect(r.incidentsOnTime).toEqual({ part: 0, whole: 0, rate: null });
    expect(r.followupsOnTime).toEqual({ part: 0, whole: 0, rate: null });
    const summary = await core.call<{ average: number; distribution: number[] }>('feedback.summary', { from: '2026-11-01', to: '2026-11-30', groupBy: 'month' });
    expect([summary.average, summary.distribution]).toEqual([r.satisfaction.average, r.satisfaction.distribution]);
    const quality = await core.call<{ total: { onTime: number; due: number } }>('quality.compliance', { from: '2026-11-01', to: '2026-11-30', by: 'period', period: 'month' });
    expect(r.checklistsOnTime.part).toBe(quality.total.onTime);
    expect(r.checklistsOnTime.whole).toBe(quality.total.due);
    expect(r.periods).toEqual([
      { key: '2026-11', satisfaction: 4, responses: 2, complaints: 1, visits: 5, incidentsOnTime: null, checklistsOnTime: r.checklistsOnTime.rate, followupsOnTime: null },
    ]);
  });
});
