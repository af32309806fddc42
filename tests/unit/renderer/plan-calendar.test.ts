import { afterEach, describe, expect, it } from 'vitest';
import './i18n-in-node';
import type { PlanSummary } from '../../../contract/plans';
import { stepDate } from '../../../renderer/src/plans/calendar/calendarNav';
import { hasMultiDay, planEvent, planEvents, visibleHours } from '../../../renderer/src/plans/calendar/planEvents';

const ZONE = process.env.TZ;
afterEach(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

const plan = (arrivalAt: string | null, departureAt: string | null): PlanSummary => ({ id: `p-${arrivalAt}-${departureAt}`, title: '华为来访', level: 'vip', status: 'confirmed', arrivalAt, departureAt }) as PlanSummary;

describe('the plans calendar', () => {
  it('steps a day, week or month at a time, a long month into a short one landing on its last day', () => {
    expect(stepDate('2026-12-31', 'day', 1)).toBe('2027-01-01');
    expect(stepDate('2026-11-28', 'week', -1)).toBe('2026-11-21');
    expect(stepDate('2027-01-31', 'month', 1)).toBe('2027-02-28');
    expect(stepDate('2028-03-31', 'month', -1)).toBe('2028-02-29');
    expect(stepDate('2026-11-28', 'list', 1)).toBe('2026-11-28');
  });

  it('steps across a daylight-saving change to the next calendar day', () => {
    process.env.TZ = 'America/Santiago';
    expect(stepDate('2026-09-05', 'day', 1)).toBe('2026-09-06');
    expect(stepDate('2026-09-06', 'day', 1)).toBe('2026-09-07');
    process.env.TZ = 'America/New_York';
    expect(stepDate('2026-03-08', 'day', -1)).toBe('2026-03-07');
  });

  it('puts a one-day visit at its hours, and one ending at midnight still on its day', () => {
    expect(planEvent(plan('2026-11-28T09:00', '2026-11-28T11:00'))).toMatchObject({ start: '2026-11-28T09:00', end: '2026-11-28T11:00', allDay: false });
    expect(planEvent(plan('2026-11-28T20:00', '2026-11-29T00:00'))).toMatchObject({ allDay: false, end: '2026-11-29T00:00' });
  });

  it('draws a visit over several days as a bar through its last day', () => {
    expect(planEvent(plan('2026-11-28T09:00', '2026-11-30T12:00'))).toMatchObject({ start: '2026-11-28', end: '2026-12-01', allDay: true });
    // A departure at midnight ends the evening before: the bar stops there.
    expect(planEvent(plan('2026-12-30T09:00', '2027-01-01T00:00'))).toMatchObject({ start: '2026-12-30', end: '2027-01-01', allDay: true });
  });

  it('leaves plans without an arrival off the calendar, and an empty list empty', () => {
    expect(planEvents([plan(null, null), plan('2026-11-28T09:00', null)])).toHaveLength(1);
    expect(planEvents([])).toEqual([]);
    expect(hasMultiDay([])).toBe(false);
  });

  it('opens the day on business hours, stretched to fit an early start or a late end', () => {
    expect(visibleHours([])).toEqual({ min: '07:00:00', max: '22:00:00' });
    expect(visibleHours([plan('2026-11-28T06:30', '2026-11-28T08:00')])).toEqual({ min: '06:00:00', max: '22:00:00' });
    expect(visibleHours([plan('2026-11-28T21:00', '2026-11-28T22:15')])).toEqual({ min: '07:00:00', max: '23:00:00' });
    expect(visibleHours([plan('2026-11-28T20:00', '2026-11-29T00:00')])).toEqual({ min: '07:00:00', max: '24:00:00' });
    // No departure: an hour is assumed, past midnight if it must.
    expect(visibleHours([plan('2026-11-28T23:30', null)])).toEqual({ min: '07:00:00', max: '24:00:00' });
  });
});
