import { afterEach, describe, expect, it } from 'vitest';
import { byDay, formatDateTime, formatDay, formatPhone, formatShortDate, formatSignDates, formatTimeRange, formatVisitSpan } from '../../../renderer/src/print/documents/dates';

const ZONE = process.env.TZ;
afterEach(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

describe('dates on paper', () => {
  it('writes a day the way each language does, weekday included', () => {
    expect(formatDay('zh-CN', '2026-11-28T14:00')).toBe('2026年11月28日 周六');
    expect(formatDay('en', '2026-11-28T14:00')).toBe('Sat 28 Nov 2026');
    expect(formatDay('zh-CN', '2026-11-28T14:00', false)).toBe('11月28日 周六');
    expect(formatDateTime('en', '2026-11-28T14:00')).toBe('Sat 28 Nov 2026, 14:00');
    expect(formatDateTime('zh-CN', '2026-11-28T00:00')).toBe('2026年11月28日 周六 00:00');
    expect(formatShortDate('en', '2026-01-02T09:00')).toBe('2 Jan');
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'Asia/Shanghai'])('keeps midnight and the last minute on their own day in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatDateTime('zh-CN', '2026-11-28T00:00')).toBe('2026年11月28日 周六 00:00');
    expect(formatDateTime('en', '2026-12-31T23:59')).toBe('Thu 31 Dec 2026, 23:59');
    expect(formatDay('en', '2026-09-06T00:00')).toBe('Sun 6 Sep 2026');
    expect(formatDay('en', '2028-02-29T12:00')).toBe('Tue 29 Feb 2028');
  });

  it('gives an item running past midnight its end day', () => {
    expect(formatTimeRange('zh-CN', '2026-11-28T09:00', '2026-11-28T10:30')).toBe('09:00–10:30');
    expect(formatTimeRange('zh-CN', '2026-11-28T23:00', '2026-11-29T00:30')).toBe('23:00–11月29日 周日 00:30');
    expect(formatTimeRange('en', '2026-11-28T23:00', '2026-11-29T00:30')).toBe('23:00–Sun 29 Nov, 00:30');
  });

  it('writes a visit as one day with its hours, or from one day to another, the year once when it is the same', () => {
    expect(formatVisitSpan('zh-CN', '2026-11-28T09:00', '2026-11-28T17:00')).toBe('2026年11月28日 周六 09:00–17:00');
    expect(formatVisitSpan('en', '2026-11-28T09:00', '2026-11-29T12:00')).toBe('Sat 28 Nov 2026, 09:00 – Sun 29 Nov, 12:00');
    expect(formatVisitSpan('zh-CN', '2026-12-31T20:00', '2027-01-01T10:00')).toBe('2026年12月31日 周四 20:00 至 2027年1月1日 周五 10:00');
    expect(formatVisitSpan('en', '2026-11-28T09:00', null)).toBe('Sat 28 Nov 2026, 09:00');
    expect(formatVisitSpan('en', null, '2026-11-28T09:00')).toBe('');
  });

  it('gives the welcome sign calendar days only, shortest first', () => {
    expect(formatSignDates('zh-CN', '2026-11-28T09:00', '2026-11-28T17:00')).toBe('2026年11月28日');
    expect(formatSignDates('zh-CN', '2026-11-28T09:00', '2026-11-29T17:00')).toBe('2026年11月28日–29日');
    expect(formatSignDates('zh-CN', '2026-11-30T09:00', '2026-12-01T17:00')).toBe('2026年11月30日–12月1日');
    expect(formatSignDates('zh-CN', '2026-12-31T09:00', '2027-01-01T17:00')).toBe('2026年12月31日–2027年1月1日');
    expect(formatSignDates('en', '2026-11-28T09:00', '2026-11-29T17:00')).toBe('28–29 Nov 2026');
    expect(formatSignDates('en', '2026-11-30T09:00', '2026-12-01T17:00')).toBe('30 Nov – 1 Dec 2026');
    expect(formatSignDates('en', '2026-12-31T09:00', '2027-01-01T17:00')).toBe('31 Dec 2026 – 1 Jan 2027');
    expect(formatSignDates('en', null, null)).toBe('');
  });

  it('groups a mainland mobile for reading and leaves any other number as written', () => {
    expect(formatPhone('13800138000')).toBe('138 0013 8000');
    expect(formatPhone('010-12345678')).toBe('010-12345678');
    expect(formatPhone('+8613800138000')).toBe('+8613800138000');
    expect(formatPhone('')).toBe('');
  });

  it('groups items by their start day in time order, and an empty list into no days', () => {
    const items = [
      { startsAt: '2026-11-29T09:00', name: 'c' },
      { startsAt: '2026-11-28T23:30', name: 'b' },
      { startsAt: '2026-11-28T00:00', name: 'a' },
    ];
    expect(byDay(items)).toEqual([
      { day: '2026-11-28', items: [items[2], items[1]] },
      { day: '2026-11-29', items: [items[0]] },
    ]);
    expect(items[0]!.name).toBe('c');
    expect(byDay([])).toEqual([]);
  });
});
