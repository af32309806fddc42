import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanDetail } from '../../contract/plans';
import { clashesOf, type ItineraryRow } from '../../renderer/src/plans/editor/itineraryRows';
import { selfOverlaps, type BookingRow } from '../../renderer/src/plans/editor/bookings/bookingRows';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * When times clash is written once, in contract/time-spans.ts. Here the rule
 * changes there — spans that only touch (10:00–11:00, 11:00–12:00) now count
 * as overlapping, and so does an item ending exactly at departure — and main's
 * plan detail, its booking check and the editor's marks must all follow: a
 * copy of the old comparison anywhere fails this test.
 */
vi.mock('../../contract/time-spans', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../contract/time-spans')>();
  type Span = { startsAt: string; endsAt: string };
  const spansOverlap = (a: Span, b: Span) => a.startsAt <= b.endsAt && b.startsAt <= a.endsAt;
  return {
    ...real,
    spansOverlap,
    overlapsById: (items: readonly (Span & { id: string })[]) =>
      new Map(items.map((item) => [item.id, items.filter((o) => o !== item && spansOverlap(item, o)).map((o) => o.id)])),
    outsideWindow: (span: Span, arrivalAt: string | null, departureAt: string | null) => ({
      before: !!arrivalAt && span.startsAt < arrivalAt,
      after: !!departureAt && span.endsAt >= departureAt,
    }),
  };
});

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') })));
afterEach(() => core.cleanup());

const ITEMS = [
  { startsAt: '2026-12-03T10:00', endsAt: '2026-12-03T11:00', activity: '参观展厅' },
  { startsAt: '2026-12-03T11:00', endsAt: '2026-12-03T12:00', activity: '午餐' },
];
const row = (key: string, start: string, end: string): ItineraryRow => ({ key, date: '2026-12-03', start, end, activity: key, place: '', responsible: '', notes: '' });

describe('the time-clash rule in contract/time-spans.ts', () => {
  it('is the one main uses for an itinerary and a booking list', async () => {
    const plan = await core.call<PlanDetail>('plans.create', { title: '华为来访', level: 'normal', arrivalAt: '2026-12-03T09:00', departureAt: '2026-12-03T12:00' });
    const saved = await core.call<PlanDetail>('plans.saveItinerary', { planId: plan.id, items: ITEMS });
    const [first, second] = saved.itinerary;
    expect(first!.overlapsWith).toEqual([second!.id]);
    expect(second!.overlapsWith).toEqual([first!.id]);
    expect(second!.outsideVisit).toBe(true);
    expect(saved.warnings).toEqual(expect.arrayContaining(['itineraryOverlap', 'itineraryOutsideVisit']));

    const room = await core.call<{ id: string }>('resources.create', { kind: 'room', name: '一号会议室', capacity: 20 });
    const bookings = ITEMS.map((i) => ({ resourceId: room.id, startsAt: i.startsAt, endsAt: i.endsAt }));
    const { conflicts } = await core.call<{ conflicts: unknown[] }>('plans.checkBookings', { planId: plan.id, bookings });
    expect(conflicts).toHaveLength(1);
  });

  it('is the one the plan editor marks rows with as they are typed', () => {
    const clashes = clashesOf([row('a', '10:00', '11:00'), row('b', '11:00', '12:00')], '2026-12-03T09:00', '2026-12-03T12:00');
    expect(clashes.get('a')?.overlaps.map((r) => r.key)).toEqual(['b']);
    expect(clashes.get('b')).toMatchObject({ before: false, after: true });
    const booking = (key: string, startsAt: string, endsAt: string): BookingRow => ({ key, resourceId: 'r1', resourceName: '一号会议室', kind: 'room', startsAt, endsAt, spare: false });
    expect(selfOverlaps([booking('x', '2026-12-03T10:00', '2026-12-03T11:00'), booking('y', '2026-12-03T11:00', '2026-12-03T12:00')])).toEqual(new Set(['x', 'y']));
  });
});
