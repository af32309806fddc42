import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail, Resource } from '../../contract/plans';
import { makeTestCore, type TestCore } from '../helpers/test-core';

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') })));
afterEach(() => core.cleanup());

const plan = (title: string, arrivalAt: string, departureAt: string, level = 'vip') =>
  core.call<PlanDetail>('plans.create', { title, level, arrivalAt, departureAt, expectedHeadcount: 12 });
const resource = (kind: string, name: string) => core.call<Resource>('resources.create', { kind, name, capacity: kind === 'room' ? 20 : 7 });
const member = (role: string, primaryName: string, backupName = '') => ({ role, primaryName, primaryPhone: '13800000000', backupName, backupPhone: '' });

describe('the team (A/B rule)', () => {
  it('warns when a key role has no stand-in and when a person serves on two overlapping visits', async () => {
    const a = await plan('华为来访', '2026-12-03T09:00', '2026-12-03T18:00');
    const b = await plan('腾讯来访', '2026-12-03T14:00', '2026-12-03T20:00');
    const later = await plan('阿里来访', '2026-12-04T09:00', '2026-12-04T12:00');
    let detail = await core.call<PlanDetail>('plans.setTeam', { planId: a.id, members: [member('greeter', '王芳'), member('presenter', '李明', '赵强')] });
    expect(detail.warnings).toContain('roleWithoutBackup');
    expect(detail.warnings).not.toContain('staffDoubleBooked');
    await core.call('plans.setTeam', { planId: b.id, members: [member('logistics', '周杰', '王芳')] });
    await core.call('plans.setTeam', { planId: later.id, members: [member('greeter', '王芳', '周杰')] });
    detail = await core.call<PlanDetail>('plans.get', { id: a.id });
    expect(detail.team.find((m) => m.primaryName === '王芳')?.doubleBookedOn).toEqual(['腾讯来访']);
    expect(detail.team.find((m) => m.primaryName === '李明')?.doubleBookedOn).toEqual([]);
    expect(detail.warnings).toContain('staffDoubleBooked');
    // Nor does a cancelled visit see its old team as busy elsewhere.
    await core.call('plans.transition', { id: a.id, to: 'cancelled', reason: '客户改期' });
    expect((await core.call<PlanDetail>('plans.get', { id: a.id })).team.flatMap((m) => m.doubleBookedOn)).toEqual([]);
    await core.call('plans.transition', { id: a.id, to: 'draft' });
    // A cancelled visit no longer takes anyone.
    await core.call('plans.transition', { id: b.id, to: 'cancelled', reason: '客户改期' });
    expect((await core.call<PlanDetail>('plans.get', { id: a.id })).warnings).not.toContain('staffDoubleBooked');
    expect(await core.dispatch('plans.setTeam', { planId: a.id, members: [member('chef', '王芳')] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the team rules hold in main, whoever calls', () => {
  it('refuses a custom role without a name, a phone that is no phone and a stand-in who is the lead, each on its row and field, saving nothing', async () => {
    const a = await plan('华为来访', '2026-12-03T09:00', '2026-12-03T18:00');
    await core.call('plans.setTeam', { planId: a.id, members: [member('greeter', '王芳', '周杰')] });
    const refused = await core.dispatch('plans.setTeam', {
      planId: a.id,
      members: [
        member('greeter', '王芳', '周杰'),
        { role: 'custom', customLabel: '  ', primaryName: '李明', primaryPhone: '', backupName: '', backupPhone: '' },
        { ...member('presenter', '赵强', ' 赵强 '), primaryPhone: 'call me' },
        { ...member('logistics', 'Li Ming', 'li  ming'), backupPhone: '12345' },
      ],
    });
    expect(refused.ok ? [] : refused.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'members.1.customLabel', message: 'required' },
        { path: 'members.2.primaryPhone', message: 'phone.invalid' },
        { path: 'members.2.backupName', message: 'team.sameAsPrimary' },
        { path: 'members.3.backupName', message: 'team.sameAsPrimary' },
        { path: 'members.3.backupPhone', message: 'phone.invalid' },
      ]),
    );
    expect(refused.ok ? 0 : refused.error.issues).toHaveLength(5);
    expect((await core.call<PlanDetail>('plans.get', { id: a.id })).team.map((m) => m.primaryName)).toEqual(['王芳']);
    // Phones are stored in their one written form.
    const saved = await core.call<PlanDetail>('plans.setTeam', { planId: a.id, members: [{ ...member('greeter', '王芳', '周杰'), primaryPhone: '+86 138 0013 8000' }] });
    expect(saved.team[0]!.primaryPhone).toBe('13800138000');
  });
});

describe('rooms and vehicles', () => {
  it('finds booking conflicts before saving and refuses them, changing nothing', async () => {
    const room = await resource('room', '一号会议室');
    const spareRoom = await resource('room', '备用会议室');
    const car = await resource('vehicle', '商务车 京A·12345');
    const spareCar = await resource('vehicle', '备用车 京A·67890');
    expect(await core.dispatch('resources.create', { kind: 'room', name: '一号会议室' })).toMatchObject({ ok: false, error: { details: { reason: 'nameTaken' } } });
    const a = await plan('华为来访', '2026-12-03T09:00', '2026-12-03T18:00');
    const b = await plan('腾讯来访', '2026-12-03T14:00', '2026-12-03T20:00', 'normal');
    let detail = await core.call<PlanDetail>('plans.setBookings', {
      planId: a.id,
      bookings: [
        { resourceId: room.id, startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T15:00' },
        { resourceId: spareRoom.id, startsAt: '2026-12-03T09:00', endsAt: '2026-12-03T18:00', spare: true },
        { resourceId: car.id, startsAt: '2026-12-03T08:00', endsAt: '2026-12-03T10:00' },
        { resourceId: spareCar.id, startsAt: '2026-12-03T08:00', endsAt: '2026-12-03T18:00', spare: true },
      ],
    });
    expect(detail.warnings).not.toContain('noSpareRoom');
    expect(detail.warnings).not.toContain('noSpareVehicle');
    expect(detail.bookings.map((bk) => bk.resourceName)).toEqual(['商务车 京A·12345', '备用车 京A·67890', '一号会议室', '备用会议室']);

    const wanted = [{ resourceId: room.id, startsAt: '2026-12-03T14:30', endsAt: '2026-12-03T16:00' }];
    const check = await core.call<{ conflicts: { planTitle: string; resourceName: string }[] }>('plans.checkBookings', { planId: b.id, bookings: wanted });
    expect(check.conflicts).toEqual([expect.objectContaining({ planTitle: '华为来访', resourceName: '一号会议室', startsAt: '2026-12-03T09:00' })]);
    expect(await core.dispatch('plans.setBookings', { planId: b.id, bookings: wanted })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'bookingConflict', planTitle: '华为来访' } },
    });
    expect((await core.call<PlanDetail>('plans.get', { id: b.id })).bookings).toEqual([]);
    // Right after the other booking ends is free; the same room twice in one list is not.
    detail = await core.call<PlanDetail>('plans.setBookings', { planId: b.id, bookings: [{ resourceId: room.id, startsAt: '2026-12-03T15:00', endsAt: '2026-12-03T16:00' }] });
    expect(detail.bookings).toHaveLength(1);
    const twice = [
      { resourceId: car.id, startsAt: '2026-12-03T18:00', endsAt: '2026-12-03T19:00' },
      { resourceId: car.id, startsAt: '2026-12-03T18:30', endsAt: '2026-12-03T19:30' },
    ];
    expect((await core.call<{ conflicts: unknown[] }>('plans.checkBookings', { planId: b.id, bookings: twice })).conflicts).toHaveLength(1);
    // Cancelling frees the room; an inactive resource cannot be booked.
    await core.call('plans.transition', { id: a.id, to: 'cancelled', reason: '客户改期' });
    expect((await core.call<{ conflicts: unknown[] }>('plans.checkBookings', { planId: b.id, bookings: wanted })).conflicts).toEqual([]);
    await core.call('resources.update', { id: spareRoom.id, active: false });
    expect(await core.call<Resource[]>('resources.list', { kind: 'room' })).toEqual([expect.objectContaining({ name: '一号会议室' })]);
    expect(await core.dispatch('plans.setBookings', { planId: b.id, bookings: [{ resourceId: spareRoom.id, startsAt: '2026-12-03T15:00', endsAt: '2026-12-03T16:00' }] })).toMatchObject({
      ok: false,
      error: { details: { reason: 'resourceNotFound' } },
    });
  });
});
