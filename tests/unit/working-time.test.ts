import { describe, expect, it } from 'vitest';
import { deadlineAfter, holidayDataUntil, isWorkingDay } from '../../main/core/working-time';

const DAY = { start: '09:00', end: '18:00' };
const work = (amount: number) => ({ amount, unit: 'workHours' as const });
const clock = (amount: number) => ({ amount, unit: 'hours' as const });

describe('working days from chinese-days', () => {
  it('marks the National Day week 2026 as holidays and the 调休 Saturday 2026-10-10 as a working day', () => {
    for (const day of ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2026-09-30')).toBe(true);
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(isWorkingDay('2026-10-11')).toBe(false);
  });

  it('has ordinary weekends off', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
  });

  it('knows the package data up to 2026 and falls back to Monday–Friday after it', () => {
    expect(holidayDataUntil()).toBe(2026);
    // 2027-10-01 is a Friday: a holiday in fact, but nobody has published 2027's arrangement in this package.
    expect(isWorkingDay('2027-10-01')).toBe(true);
    expect(isWorkingDay('2027-10-02')).toBe(false);
    expect(isWorkingDay('2027-10-04')).toBe(true);
  });
});

describe('deadlineAfter', () => {
  it('counts clock hours across midnight', () => {
    expect(deadlineAfter('2026-11-27T22:30', clock(4), DAY)).toBe('2026-11-28T02:30');
    expect(deadlineAfter('2026-12-31T23:00', clock(1), DAY)).toBe('2027-01-01T00:00');
  });

  it('counts working hours inside the day', () => {
    expect(deadlineAfter('2026-11-26T10:00', work(3), DAY)).toBe('2026-11-26T13:00');
    // A limit that fills the day exactly ends at the day's end, not the next morning.
    expect(deadlineAfter('2026-11-26T10:00', work(8), DAY)).toBe('2026-11-26T18:00');
  });

  it('runs a Friday evening limit over the weekend to Monday', () => {
    expect(deadlineAfter('2026-11-27T17:00', work(8), DAY)).toBe('2026-11-30T16:00');
    // Working hours overnight: the rest of Thursday, then Friday morning.
    expect(deadlineAfter('2026-11-26T16:30', work(4), DAY)).toBe('2026-11-27T11:30');
  });

  it('begins a start outside working hours at the next working start', () => {
    expect(deadlineAfter('2026-11-26T20:30', work(2), DAY)).toBe('2026-11-27T11:00');
    expect(deadlineAfter('2026-11-26T07:15', work(2), DAY)).toBe('2026-11-26T11:00');
    expect(deadlineAfter('2026-11-26T18:00', work(1), DAY)).toBe('2026-11-27T10:00');
    expect(deadlineAfter('2026-11-28T10:00', work(1), DAY)).toBe('2026-11-30T10:00');
  });

  it('skips the National Day week and works the 调休 Saturday', () => {
    expect(deadlineAfter('2026-09-30T15:00', work(8), DAY)).toBe('2026-10-08T14:00');
    expect(deadlineAfter('2026-10-01T09:30', work(1), DAY)).toBe('2026-10-08T10:00');
    expect(deadlineAfter('2026-10-09T16:00', work(8), DAY)).toBe('2026-10-10T15:00');
  });

  it('follows the configured working day', () => {
    expect(deadlineAfter('2026-11-26T16:00', work(2), { start: '08:30', end: '17:00' })).toBe('2026-11-27T09:30');
  });

  it('falls back to Monday–Friday in a year beyond the package data', () => {
    expect(deadlineAfter('2027-09-30T17:00', work(2), DAY)).toBe('2027-10-01T10:00');
    expect(deadlineAfter('2027-10-01T17:00', work(2), DAY)).toBe('2027-10-04T10:00');
  });

  it('ends the longest limit at the close of a working day', () => {
    // 720 working hours = 80 full working days of 9 hours, into 2027 (Monday–Friday there).
    const end = deadlineAfter('2026-11-26T09:00', work(720), DAY);
    expect(end.slice(11)).toBe('18:00');
    expect(isWorkingDay(end.slice(0, 10))).toBe(true);
    expect(end > '2027-03-01').toBe(true);
  });
});
