import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../contract/plans';
import type { ExpectedGuest, VisitSummary } from '../../contract/visits';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-12-03T09:10:00') })));
afterEach(() => core.cleanup());

async function plannedVisit(names: string[]): Promise<{ plan: PlanDetail; people: string[] }> {
  const people: string[] = [];
  for (const [i, name] of names.entries()) people.push((await core.call<{ id: string }>('people.create', { name, phone: `1380000000${i}`, title: '总监' })).id);
  const plan = await core.call<PlanDetail>('plans.create', { title: '华为高管来访', level: 'key', arrivalAt: '2026-12-03T09:30', departureAt: '2026-12-03T17:00', expectedHeadcount: names.length, purpose: '战略合作' });
  const vegetarian = { diet: '素食', transport: '', accessibility: '', other: '' };
  await core.call('plans.setGuests', { planId: plan.id, guests: people.map((personId, i) => ({ personId, isLead: i === 0, ...(i === 1 ? { needs: vegetarian } : {}) })) });
  await core.call('plans.setTeam', { planId: plan.id, members: [{ role: 'greeter', primaryName: '王芳', backupName: '李娜' }] });
  return { plan, people };
}

describe('from plan to desk', () => {
  it("lists today's planned guests only once the plan is confirmed", async () => {
    const { plan } = await plannedVisit(['张总', '李工']);
    expect(await core.call<ExpectedGuest[]>('visits.expected', {})).toEqual([]);
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    const expected = await core.call<ExpectedGuest[]>('visits.expected', {});
    expect(expected.map((g) => [g.name, g.isLead, g.visitId])).toEqual([['张总', true, null], ['李工', false, null]]);
    // What the receptionist needs at a glance: the greeter to call, and each guest's needs.
    expect(expected.map((g) => [g.greeter, g.needs.diet, g.checkInAt])).toEqual([['王芳', '', null], ['王芳', '素食', null]]);
    expect(await core.call<ExpectedGuest[]>('visits.expected', { day: '2026-12-04' })).toEqual([]);
  });

  it('checks a whole group in on their own records, starts the plan, and never twice', async () => {
    const { plan, people } = await plannedVisit(['张总', '李工', '王助理']);
    expect(await core.dispatch('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: true })).toMatchObject({
      ok: false,
      error: { details: { reason: 'planNotReceiving', status: 'draft' } },
    });
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    const arrived = await core.call<VisitSummary[]>('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: true });
    expect(arrived.map((v) => [v.name, v.host, v.planTitle, v.badgeNo])).toEqual([
      ['张总', '王芳', '华为高管来访', 'V2612030001'],
      ['李工', '王芳', '华为高管来访', 'V2612030002'],
      ['王助理', '王芳', '华为高管来访', 'V2612030003'],
    ]);
    expect(arrived.map((v) => v.visitorId)).toEqual(people);
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).status).toBe('in_progress');
    // Each expected guest now points at their own visit (an empty list would not pass).
    expect((await core.call<ExpectedGuest[]>('visits.expected', {})).map((g) => [g.name, g.visitId, g.checkInAt])).toEqual(arrived.map((v) => [v.name, v.id, v.checkInAt]));
    expect(await core.dispatch('visits.checkInPlanned', { planId: plan.id, personIds: [people[0]], privacyAck: true })).toMatchObject({
      ok: false,
      error: { details: { reason: 'alreadyCheckedIn', badgeNo: 'V2612030001' } },
    });
    // One person, one record: no visitor row was added.
    const db = new Database(join(core.dataDir, 'reception.sqlite3'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM visitors').pluck().get()).toBe(3);
    db.close();
    // The group's badges print in one batch.
    expect(await core.call('print.badges', { visitIds: arrived.map((v) => v.id), layoutId: 'a4-2x5', printerId: 'pdf', locale: 'zh-CN' })).toMatchObject({ badges: 3, pages: 1 });
  });

  it('refuses people not invited, and guests already on site from a walk-in', async () => {
    const { plan, people } = await plannedVisit(['张总']);
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    const stranger = await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN });
    expect(await core.dispatch('visits.checkInPlanned', { planId: plan.id, personIds: [stranger.visitorId], privacyAck: true })).toMatchObject({
      ok: false,
      error: { details: { reason: 'notInvited' } },
    });
    await core.call('visits.checkIn', { ...WALK_IN, visitorId: people[0], name: '张总', phone: '', company: '' });
    expect(await core.dispatch('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: true })).toMatchObject({
      ok: false,
      error: { details: { reason: 'alreadyOnSite' } },
    });
    expect(await core.dispatch('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: false })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
