import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from './i18n-in-node';
import { formatPlanRange, formatPlanTime, headcountText, isMultiDay, lastPlanDay } from '../../../renderer/src/plans/planFormat';

const ZONE = process.env.TZ;
afterEach(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
  applyLocale('zh-CN');
});

describe('plan times on the plans screens', () => {
  it('shows a local time with its weekday in the interface language', () => {
    applyLocale('zh-CN');
    expect(formatPlanTime('2026-11-28T14:00')).toBe('2026-11-28 周六 14:00');
    applyLocale('en');
    expect(formatPlanTime('2026-11-28T14:00')).toBe('2026-11-28 Sat 14:00');
    expect(formatPlanTime(null)).toBe('');
  });

  it('shows one day as a time range, several days with the departure day, another year in full', () => {
    applyLocale('en');
    expect(formatPlanRange('2026-11-28T14:00', '2026-11-28T16:30')).toBe('2026-11-28 Sat 14:00–16:30');
    expect(formatPlanRange('2026-11-28T14:00', '2026-11-30T12:00')).toBe('2026-11-28 Sat 14:00 → 11-30 Mon 12:00');
    expect(formatPlanRange('2026-12-31T20:00', '2027-01-01T10:00')).toBe('2026-12-31 Thu 20:00 → 2027-01-01 Fri 10:00');
  });

  it('says so when a plan has no time yet or no departure', () => {
    applyLocale('en');
    expect(formatPlanRange(null, null)).not.toBe('');
    expect(formatPlanRange('2026-11-28T14:00', null)).toMatch(/^2026-11-28 Sat 14:00 · \S/);
  });

  it('counts a departure at midnight as the evening before', () => {
    expect(lastPlanDay('2026-11-28T14:00', '2026-11-29T00:00')).toBe('2026-11-28');
    expect(lastPlanDay('2026-11-28T14:00', '2026-11-29T00:01')).toBe('2026-11-29');
    expect(lastPlanDay('2026-12-31T20:00', '2027-01-01T00:00')).toBe('2026-12-31');
    expect(lastPlanDay('2026-11-28T14:00', null)).toBe('2026-11-28');
    // A departure before the arrival (being edited) does not stretch the plan backwards.
    expect(lastPlanDay('2026-11-28T14:00', '2026-11-27T10:00')).toBe('2026-11-28');
    expect(isMultiDay({ arrivalAt: '2026-11-28T14:00', departureAt: '2026-11-29T00:00' })).toBe(false);
    expect(isMultiDay({ arrivalAt: '2026-11-28T14:00', departureAt: '2026-11-29T09:00' })).toBe(true);
    expect(isMultiDay({ arrivalAt: null, departureAt: '2026-11-29T09:00' })).toBe(false);
  });

  it('does not move a time that falls in a daylight-saving gap where the desk runs', () => {
    applyLocale('en');
    process.env.TZ = 'America/New_York';
    expect(formatPlanTime('2026-03-08T02:30')).toBe('2026-03-08 Sun 02:30');
    expect(formatPlanRange('2026-03-07T20:00', '2026-03-08T02:30')).toBe('2026-03-07 Sat 20:00 → 03-08 Sun 02:30');
    // Santiago's clocks skip midnight: the evening before is still the 5th.
    process.env.TZ = 'America/Santiago';
    expect(lastPlanDay('2026-09-05T18:00', '2026-09-06T00:00')).toBe('2026-09-05');
  });

  it('words the headcount as expected while the guest list is empty', () => {
    applyLocale('zh-CN');
    expect(headcountText({ guestCount: 0, expectedHeadcount: 8 })).toContain('8');
    expect(headcountText({ guestCount: 3, expectedHeadcount: 8 })).toMatch(/3.*8/);
    expect(headcountText({ guestCount: 0, expectedHeadcount: 8 })).not.toBe(headcountText({ guestCount: 8, expectedHeadcount: 8 }));
  });
});
