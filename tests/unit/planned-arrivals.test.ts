import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail } from '../../contract/plans';
import type { CheckInPlannedResult, ExpectedGuest, VisitSummary } from '../../contract/visits';
import { deskCodeOf, makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-12-03T09:10:00') })));
afterEach(() => core.cleanup());

function auditRows(): { action: string; detail: string }[] {
  const db = new Database(join(core.dataDir, 'reception.sqlite3'), { readonly: true });
  try {
    return db.prepare('SELECT action, detail FROM audit_log ORDER BY seq').all() as { action: string; detail: string }[];
  } finally {
    db.close();
  }
}

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
    const { visits: arrived } = await core.call<CheckInPlannedResult>('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: true });
    expect(arrived.map((v) => [v.name, v.host, v.planTitle, v.badgeNo])).toEqual([
      ['张总', '王芳', '华为高管来访', `V261203${deskCodeOf(core)}0001`],
      ['李工', '王芳', '华为高管来访', `V261203${deskCodeOf(core)}0002`],
      ['王助理', '王芳', '华为高管来访', `V261203${deskCodeOf(core)}0003`],
    ]);
    expect(arrived.map((v) => v.personId)).toEqual(people);
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).status).toBe('in_progress');
    // Each expected guest now points at their own visit (an empty list would not pass).
    expect((await core.call<ExpectedGuest[]>('visits.expected', {})).map((g) => [g.name, g.visitId, g.checkInAt])).toEqual(arrived.map((v) => [v.name, v.id, v.checkInAt]));
    // Asked again, nobody gets a second visit: each is reported with the badge they already have.
    expect(await core.call<CheckInPlannedResult>('visits.checkInPlanned', { planId: plan.id, personIds: [people[0]], privacyAck: true })).toEqual({
      visits: [],
      guests: [{ personId: people[0], name: '张总', outcome: 'alreadyCheckedIn', badgeNo: `V261203${deskCodeOf(core)}0001` }],
    });
    // One person, one record: no visitor row was added.
    const db = new Database(join(core.dataDir, 'reception.sqlite3'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM people').pluck().get()).toBe(3);
    db.close();
    // The group's badges print in one batch.
    expect(await core.call('print.badges', { visitIds: arrived.map((v) => v.id), layoutId: 'a4-2x5', printerId: 'pdf', locale: 'zh-CN' })).toMatchObject({ badges: 3, pages: 1 });
  });

  it('checks in the rest of a group when one guest is already on site, and names that guest before and after', async () => {
    const { plan, people } = await plannedVisit(['张总', '欧阳娜娜', '王助理']);
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    // 欧阳娜娜 came in earlier as a walk-in, on her own directory record.
    const walkIn = await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, personId: people[1], name: '欧阳娜娜', phone: '', company: '' });
    // The desk knows before anyone tries: the expected list carries the badge she is on site with.
    const before = await core.call<ExpectedGuest[]>('visits.expected', {});
    expect(before.map((g) => [g.name, g.onSiteBadgeNo])).toEqual([['张总', null], ['欧阳娜娜', walkIn.badgeNo], ['王助理', null]]);

    const auditBefore = auditRows().length;
    const result = await core.call<CheckInPlannedResult>('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: true });
    expect(result.guests).toEqual([
      { personId: people[0], name: '张总', outcome: 'checkedIn', badgeNo: result.visits[0]!.badgeNo },
      { personId: people[1], name: '欧阳娜娜', outcome: 'alreadyOnSite', badgeNo: walkIn.badgeNo },
      { personId: people[2], name: '王助理', outcome: 'checkedIn', badgeNo: result.visits[1]!.badgeNo },
    ]);
    expect(result.visits.map((v) => [v.personId, v.planId, v.status])).toEqual([
      [people[0], plan.id, 'on_site'],
      [people[2], plan.id, 'on_site'],
    ]);
    // She keeps her one visit; nobody is in the building twice.
    const onSite = await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'on_site' });
    expect(onSite.rows.filter((v) => v.personId === people[1]).map((v) => v.badgeNo)).toEqual([walkIn.badgeNo]);
    // One audit entry for the group, naming whom it skipped and why.
    const audits = auditRows().slice(auditBefore);
    expect(audits.map((a) => a.action)).toEqual(['visit.checkInPlanned']);
    expect(JSON.parse(audits[0]!.detail)).toMatchObject({ skipped: [{ name: '欧阳娜娜', outcome: 'alreadyOnSite', badgeNo: walkIn.badgeNo }] });

    // Once she is checked out, she can be checked in with her group.
    await core.call('visits.checkOut', { visitId: walkIn.id });
    expect((await core.call<ExpectedGuest[]>('visits.expected', {})).find((g) => g.personId === people[1])?.onSiteBadgeNo).toBeNull();
    const later = await core.call<CheckInPlannedResult>('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: true });
    expect(later.guests.map((g) => [g.name, g.outcome])).toEqual([['张总', 'alreadyCheckedIn'], ['欧阳娜娜', 'checkedIn'], ['王助理', 'alreadyCheckedIn']]);
  });

  it('reports people not invited without checking them in, and writes nothing when nobody can come in', async () => {
    const { plan, people } = await plannedVisit(['张总']);
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    const stranger = await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN });
    await core.call('visits.checkOut', { visitId: stranger.id });
    const auditBefore = auditRows().length;
    expect(await core.call<CheckInPlannedResult>('visits.checkInPlanned', { planId: plan.id, personIds: [stranger.personId], privacyAck: true })).toEqual({
      visits: [],
      guests: [{ personId: stranger.personId, name: WALK_IN.name, outcome: 'notInvited', badgeNo: null }],
    });
    await core.call('visits.checkIn', { ...WALK_IN, personId: people[0], name: '张总', phone: '', company: '' });
    const all = await core.call<CheckInPlannedResult>('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: true });
    expect(all.visits).toEqual([]);
    expect(all.guests.map((g) => g.outcome)).toEqual(['alreadyOnSite']);
    // Nothing checked in: no plan started, no audit entry beyond the walk-in's own.
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).status).toBe('confirmed');
    expect(auditRows().slice(auditBefore).map((a) => a.action)).toEqual(['visit.checkIn']);
    expect(await core.dispatch('visits.checkInPlanned', { planId: plan.id, personIds: people, privacyAck: false })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
