import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { afterEach, describe, expect, it } from 'vitest';
import { minutesOf, normalizeTime, showLocal, showShort, showSpan, splitLocal, timeOf } from '../../../renderer/src/plans/editor/localTime';

const ZONE = process.env.TZ;
afterEach(() => {
  // Node reads TZ afresh on each assignment: each case sets its own and puts it back.
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
  dayjs.locale('en');
});

describe('normalizeTime: what a typist means by a time of day', () => {
  it.each([
    ['930', '09:30'],
    ['0930', '09:30'],
    ['14', '14:00'],
    ['9:5', '09:05'],
    ['14.30', '14:30'],
    ['14：30', '14:30'],
    ['14．30', '14:30'],
    [' 8 ', '08:00'],
    ['0', '00:00'],
    ['000', '00:00'],
    ['2359', '23:59'],
  ])('%j is %s', (typed, time) => expect(normalizeTime(typed)).toBe(time));

  it.each(['24', '2400', '24:00', '1260', '12:60', '99999', '', 'noon', '12:30:00', '-1', '1 30'])('%j is no time of day', (typed) => {
    expect(normalizeTime(typed)).toBeNull();
  });
});

describe('minutes and clock times', () => {
  it('round-trips every five minutes of the day', () => {
    for (let m = 0; m <= 23 * 60 + 55; m += 5) expect(minutesOf(timeOf(m))).toBe(m);
  });

  it('keeps a shifted time inside the day: never before midnight, never past 23:55', () => {
    expect(timeOf(-30)).toBe('00:00');
    expect(timeOf(24 * 60)).toBe('23:55');
    expect(timeOf(23 * 60 + 30 + 60)).toBe('23:55');
  });
});

describe('local date-times are text, not instants', () => {
  it('splits only the exact YYYY-MM-DDTHH:mm form', () => {
    expect(splitLocal('2026-11-28T00:00')).toEqual({ date: '2026-11-28', time: '00:00' });
    expect(splitLocal('2026-11-28T09:00:00Z')).toBeNull();
    expect(splitLocal('2026-11-28')).toBeNull();
    expect(splitLocal(null)).toBeNull();
    expect(splitLocal(undefined)).toBeNull();
  });

  it.each(['Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])('shows the same day and time in %s', (zone) => {
    process.env.TZ = zone;
    dayjs.locale('zh-cn');
    expect(showLocal('2026-11-28T00:00')).toBe('2026-11-28 周六 00:00');
    expect(showLocal('2026-12-31T23:59')).toBe('2026-12-31 周四 23:59');
    dayjs.locale('en');
    expect(showLocal('2026-11-28T00:00')).toBe('2026-11-28 Sat 00:00');
  });

  it('shows a time in a daylight-saving gap as written, not an hour later', () => {
    process.env.TZ = 'America/New_York';
    dayjs.locale('en');
    // 02:00–03:00 does not exist there on 8 March 2026; the plan still says 02:30.
    expect(showLocal('2026-03-08T02:30')).toBe('2026-03-08 Sun 02:30');
    // Santiago skips midnight itself when its clocks go forward.
    process.env.TZ = 'America/Santiago';
    expect(showLocal('2026-09-06T00:15')).toBe('2026-09-06 Sun 00:15');
  });

  it('shows a visit of one day with its end time only, and a longer one with both dates', () => {
    dayjs.locale('en');
    expect(showSpan('2026-11-28T09:00', '2026-11-28T17:30')).toBe('2026-11-28 Sat 09:00 – 17:30');
    expect(showSpan('2026-11-28T22:00', '2026-11-29T00:30')).toBe('2026-11-28 Sat 22:00 – 2026-11-29 Sun 00:30');
    expect(showSpan(null, '2026-11-29T00:30')).toBe('2026-11-29 Sun 00:30');
    expect(showSpan('2026-11-28T22:00', null)).toBe('2026-11-28 Sat 22:00');
    expect(showSpan(null, null)).toBeNull();
  });

  it('shortens to month, day and time for a sentence', () => {
    expect(showShort('2026-01-02T00:05')).toBe('01-02 00:05');
  });
});
