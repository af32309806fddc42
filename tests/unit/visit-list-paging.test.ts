import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitSummary } from '../../contract/visits';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

type Page = { rows: VisitSummary[]; total: number; scopeTotal: number };

/** The desk lists come a page at a time, newest first, filtered in main. */
let core: TestCore;
let clock = new Date('2026-11-27T08:00:00');
beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  for (let i = 0; i < 45; i++) {
    clock = new Date(clock.getTime() + 5_000);
    const v = await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name: `访客${i}`, company: i % 3 === 0 ? '华为技术有限公司' : `测试公司${i}`, idType: 'passport', idNumber: `E${10000000 + i}` });
    // Every fourth visitor has left: on site 33 of 45.
    if (i % 4 === 0) await core.call('visits.checkOut', { visitId: v.id });
  }
}, 120_000);
afterAll(() => core.cleanup());

const list = (input: object) => core.call<Page>('visits.list', input);

describe('visits.list is bounded', () => {
  it('answers one page, newest check-in first, with the counts the tabs need', async () => {
    const first = await list({ scope: 'today', limit: 20 });
    expect(first).toMatchObject({ total: 45, scopeTotal: 45 });
    expect(first.rows.map((v) => v.name)).toEqual(Array.from({ length: 20 }, (_, i) => `访客${44 - i}`));
    const last = await list({ scope: 'today', limit: 20, offset: 40 });
    expect(last.rows.map((v) => v.name)).toEqual(['访客4', '访客3', '访客2', '访客1', '访客0']);
    expect((await list({ scope: 'today', limit: 20, offset: 60 })).rows).toEqual([]);
    const onSite = await list({ scope: 'on_site' });
    expect(onSite).toMatchObject({ total: 33, scopeTotal: 33 });
    expect(onSite.rows.every((v) => v.status === 'on_site')).toBe(true);
  });

  it('pages by 50 unless asked, and never more than 200 at once', async () => {
    expect((await list({ scope: 'today' })).rows).toHaveLength(45);
    for (const limit of [0, 201, 10_000]) {
      expect(await core.dispatch('visits.list', { scope: 'today', limit })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'limit' }] } });
    }
    expect(await core.dispatch('visits.list', { scope: 'today', offset: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('filters in main on name, company, host, badge, phone and purpose, ignoring case', async () => {
    const huawei = await list({ scope: 'today', query: ' 华为 ', limit: 5 });
    expect(huawei).toMatchObject({ total: 15, scopeTotal: 45 });
    expect(huawei.rows).toHaveLength(5);
    expect(huawei.rows.every((v) => v.company === '华为技术有限公司')).toBe(true);
    const badge = (await list({ scope: 'today', limit: 1 })).rows[0]!.badgeNo;
    expect((await list({ scope: 'today', query: badge.toLowerCase() })).rows.map((v) => v.badgeNo)).toEqual([badge]);
    expect(await list({ scope: 'on_site', query: '访客12' })).toMatchObject({ total: 0, scopeTotal: 33, rows: [] });
    // A LIKE wildcard is only a character.
    expect((await list({ scope: 'today', query: '%' })).total).toBe(0);
  });

  it('pages a group checked in at one moment without losing or repeating anyone, filtered or not', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const plan = await core.call<{ id: string }>('plans.create', { title: '同刻到达', level: 'normal', arrivalAt: '2026-11-27T08:00', departureAt: '2026-11-27T18:00', expectedHeadcount: 5 });
    const guests = [];
    for (let i = 0; i < 5; i++) guests.push((await core.call<{ id: string }>('people.create', { name: `团员${i}`, company: '同刻集团', confirmNew: true })).id);
    await core.call('plans.setGuests', { planId: plan.id, guests: guests.map((personId, i) => ({ personId, isLead: i === 0 })) });
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    await core.call('visits.checkInPlanned', { planId: plan.id, personIds: guests, privacyAck: true });
    for (const query of ['', '同刻']) {
      const whole = (await list({ scope: 'today', query, limit: 200 })).rows.map((v) => v.id);
      const paged: string[] = [];
      for (let offset = 0; offset < whole.length; offset += 2) paged.push(...(await list({ scope: 'today', query, limit: 2, offset })).rows.map((v) => v.id));
      expect(paged).toEqual(whole);
      expect(new Set(paged).size).toBe(whole.length);
    }
  });
});
