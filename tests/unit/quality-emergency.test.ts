import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Drill, EmergencyPlan } from '../../contract/quality';
import { seedPlan } from '../helpers/quality-seed';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/* The emergency plan per site and per visit, and the drill log, on real SQLite. */
let core: TestCore;
let planId: string;
let otherId: string;

const SITE = {
  contacts: [{ name: '陈保安', role: '安保主管', phone: '13811112222' }],
  assemblyPoint: '东门广场',
  spareRoom: '二楼小会议室',
  spareVehicle: '沪A·77999',
  procedures: '火警：沿疏散指示撤离至东门广场。',
};

beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-12-10T12:00:00') });
  planId = await seedPlan(core, { title: '华为来访', status: 'confirmed', arrivalAt: '2026-12-11T09:00', departureAt: '2026-12-11T17:00' });
  otherId = await seedPlan(core, { title: '西门子来访', status: 'confirmed', arrivalAt: '2026-12-12T09:00', departureAt: '2026-12-12T17:00' });
});
afterAll(() => core.cleanup());

type Shown = EmergencyPlan & { inherited: boolean };
const show = (planId: string | null) => core.call<Shown>('quality.emergencyPlan', { planId });

describe('emergency plans', () => {
  it('start empty; the site plan is kept by a manager only', async () => {
    expect(await show(null)).toMatchObject({ contacts: [], assemblyPoint: '', updatedAt: null, inherited: false });
    await core.signInAs('coordinator');
    expect(await core.dispatch('quality.saveEmergencyPlan', { planId: null, plan: SITE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.dispatch('quality.saveEmergencyPlan', { plan: SITE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.sqlite.prepare('SELECT count(*) FROM emergency_plans').pluck().get()).toBe(0);
    await core.signInAs('manager');
    expect(await core.call<Shown>('quality.saveEmergencyPlan', { planId: null, plan: SITE })).toMatchObject({ ...SITE, updatedByName: 'manager 用户', inherited: false });
  });

  it("a visit without its own shows the site's, marked inherited; its own replaces it for that visit only", async () => {
    expect(await show(planId)).toMatchObject({ ...SITE, inherited: true });
    await core.signInAs('coordinator');
    const own = { ...SITE, assemblyPoint: '西门停车场', contacts: [{ name: '王芳', role: '接待', phone: '13812345678' }] };
    expect(await core.call<Shown>('quality.saveEmergencyPlan', { planId, plan: own })).toMatchObject({ assemblyPoint: '西门停车场', inherited: false, updatedByName: 'coordinator 用户' });
    expect(await show(planId)).toMatchObject({ assemblyPoint: '西门停车场', inherited: false });
    expect(await show(otherId)).toMatchObject({ assemblyPoint: '东门广场', inherited: true });
    expect(await show(null)).toMatchObject({ assemblyPoint: '东门广场', inherited: false });
    // Saved again: the one row of that visit is updated, not a second one added.
    await core.call('quality.saveEmergencyPlan', { planId, plan: { ...own, spareRoom: '三楼会议室' } });
    expect(core.sqlite.prepare('SELECT count(*) FROM emergency_plans WHERE plan_id = ?').pluck().get(planId)).toBe(1);
    expect(await show(planId)).toMatchObject({ spareRoom: '三楼会议室', assemblyPoint: '西门停车场' });
  });

  it("a receptionist reads them but changes neither; an unknown visit is not found", async () => {
    await core.signInAs('receptionist');
    expect(await show(planId)).toMatchObject({ inherited: false });
    expect(await core.dispatch('quality.saveEmergencyPlan', { planId, plan: SITE })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('manager');
    const stranger = '0190f0a0-0000-7000-8000-000000000001';
    expect(await core.dispatch('quality.emergencyPlan', { planId: stranger })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('quality.saveEmergencyPlan', { planId: stranger, plan: SITE })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('every save is audited, the site under its own record kind', async () => {
    const rows = core.sqlite.prepare("SELECT entity, entity_id AS entityId, actor FROM audit_log WHERE action = 'emergency.plan' ORDER BY seq").all();
    expect(rows).toEqual([
      { entity: 'site', entityId: null, actor: 'manager 用户' },
      { entity: 'plan', entityId: planId, actor: 'coordinator 用户' },
      { entity: 'plan', entityId: planId, actor: 'coordinator 用户' },
    ]);
  });
});

describe('the drill log', () => {
  const DRILL = { heldAt: '2026-12-05T15:00', scenario: 'fire', title: '冬季消防演练', participants: ['王芳', '李娜', '陈保安'], findings: '东门疏散慢', actions: '加装指示牌' };

  it('logs a drill by whoever works the desk; an auditor may only read', async () => {
    await core.signInAs('receptionist');
    const drill = await core.call<Drill>('quality.saveDrill', DRILL);
    expect(drill).toMatchObject({ ...DRILL, recordedByName: 'receptionist 用户' });
    await core.signInAs('auditor');
    expect(await core.dispatch('quality.saveDrill', DRILL)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.call<Drill[]>('quality.drills', {})).toEqual([drill]);
  });

  it('corrects a drill in place, keeping who recorded it', async () => {
    await core.signInAs('manager');
    const [drill] = await core.call<Drill[]>('quality.drills', {});
    const fixed = await core.call<Drill>('quality.saveDrill', { ...DRILL, id: drill!.id, participants: ['王芳', '李娜'], findings: '东门疏散慢，已改' });
    expect(fixed).toMatchObject({ id: drill!.id, participants: ['王芳', '李娜'], findings: '东门疏散慢，已改', recordedByName: 'receptionist 用户' });
    expect(core.sqlite.prepare('SELECT count(*) FROM emergency_drills').pluck().get()).toBe(1);
    expect(await core.dispatch('quality.saveDrill', { ...DRILL, id: '0190f0a0-0000-7000-8000-000000000001' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists by the day held, newest first, and refuses a drill with nobody in it', async () => {
    await core.call('quality.saveDrill', { ...DRILL, heldAt: '2026-11-20T10:00', scenario: 'powerCut', title: '' });
    expect((await core.call<Drill[]>('quality.drills', {})).map((d) => d.heldAt)).toEqual(['2026-12-05T15:00', '2026-11-20T10:00']);
    expect((await core.call<Drill[]>('quality.drills', { from: '2026-12-01', to: '2026-12-31' })).map((d) => d.scenario)).toEqual(['fire']);
    expect(await core.dispatch('quality.saveDrill', { ...DRILL, participants: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
