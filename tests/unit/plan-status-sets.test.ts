import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BookingConflict, PlanDetail, Resource } from '../../contract/plans';
import type { ExpectedGuest } from '../../contract/visits';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Which plan statuses are closed, and which the desk receives guests from, are
 * written once, in contract/plans.ts. Here the contract gets a new closed
 * status (`confirmed`) and a new receiving one (`draft`): every service must
 * follow at once — a copy of the old list anywhere (a Set, an SQL literal)
 * fails one of these tests.
 */
vi.mock('../../contract/plans', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../contract/plans')>();
  const closed = [...real.CLOSED_PLAN_STATUSES, 'confirmed'] as const;
  return {
    ...real,
    CLOSED_PLAN_STATUSES: closed,
    isClosedPlan: (status: string) => (closed as readonly string[]).includes(status),
    RECEIVING_PLAN_STATUSES: ['draft', ...real.RECEIVING_PLAN_STATUSES],
  };
});

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') })));
afterEach(() => core.cleanup());

const plan = (title: string, arrivalAt: string, departureAt: string) =>
  core.call<PlanDetail>('plans.create', { title, level: 'normal', arrivalAt, departureAt, expectedHeadcount: 1 });
const member = (primaryName: string) => ({ role: 'greeter', primaryName, primaryPhone: '13800000000', backupName: '李明', backupPhone: '' });

describe('a closed plan status added in contract/plans.ts', () => {
  it('is refused edits, holds no resources and no staff, in main and in its SQL', async () => {
    const room = await core.call<Resource>('resources.create', { kind: 'room', name: '一号会议室', capacity: 20 });
    const a = await plan('华为来访', '2026-12-03T09:00', '2026-12-03T18:00');
    const booking = { resourceId: room.id, startsAt: '2026-12-03T10:00', endsAt: '2026-12-03T12:00' };
    await core.call('plans.setBookings', { planId: a.id, bookings: [booking] });
    await core.call('plans.setTeam', { planId: a.id, members: [member('王芳')] });
    const guest = (await core.call<{ id: string }>('people.create', { name: '王总', phone: '13800000001' })).id;
    await core.call('plans.setGuests', { planId: a.id, guests: [{ personId: guest, isLead: true }] });
    await core.call('plans.transition', { id: a.id, to: 'confirmed' });

    // plans.ts: the content of a closed plan no longer changes.
    expect(await core.dispatch('plans.update', { id: a.id, title: '改名' })).toMatchObject({ ok: false, error: { details: { reason: 'planClosed', status: 'confirmed' } } });

    // team-and-bookings.ts (SQL): the closed plan's room is free for another plan.
    const b = await plan('腾讯来访', '2026-12-03T09:00', '2026-12-03T18:00');
    const { conflicts } = await core.call<{ conflicts: BookingConflict[] }>('plans.checkBookings', { planId: b.id, bookings: [booking] });
    expect(conflicts).toEqual([]);

    // team-and-bookings.ts: nobody on it is double-booked, seen from either side.
    const other = await core.call<PlanDetail>('plans.setTeam', { planId: b.id, members: [member('王芳')] });
    expect(other.team[0]!.doubleBookedOn).toEqual([]);
    expect((await core.call<PlanDetail>('plans.get', { id: a.id })).team[0]!.doubleBookedOn).toEqual([]);
  });
});

describe('a receiving plan status added in contract/plans.ts', () => {
  it('puts that plan’s guests on the desk’s expected list', async () => {
    const a = await plan('华为来访', '2026-11-27T10:00', '2026-11-27T18:00');
    const guest = (await core.call<{ id: string }>('people.create', { name: '王总', phone: '13800000001' })).id;
    await core.call('plans.setGuests', { planId: a.id, guests: [{ personId: guest, isLead: true }] });
    const expected = await core.call<ExpectedGuest[]>('visits.expected', {});
    expect(expected.map((g) => [g.planTitle, g.name])).toEqual([['华为来访', '王总']]);
  });
});
