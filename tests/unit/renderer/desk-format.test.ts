import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from './i18n-in-node';
import { formatClock, formatDate, formatFull, formatRelative } from '../../../renderer/src/lib/format';

const ZONE = process.env.TZ;
afterEach(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
  applyLocale('zh-CN');
});

describe('times from main, shown on the desk', () => {
  it('shows an instant in the desk’s own zone, across midnight', () => {
    process.env.TZ = 'Asia/Shanghai';
    // 16:30 UTC is half past midnight the next day in Beijing.
    expect(formatClock('2026-11-27T16:30:00.000Z')).toBe('00:30');
    expect(formatDate('2026-11-27T16:30:00.000Z')).toBe('2026-11-28');
    expect(formatFull('2026-11-27T16:30:05.000Z')).toBe('2026-11-28 00:30:05');
    process.env.TZ = 'UTC';
    expect(formatDate('2026-11-27T16:30:00.000Z')).toBe('2026-11-27');
  });

  it('shows nothing for no time', () => {
    expect(formatClock(null)).toBe('');
    expect(formatFull(undefined)).toBe('');
    expect(formatDate('')).toBe('');
  });

  it('words how long ago in the interface language', () => {
    const now = Date.parse('2026-11-28T10:00:00.000Z');
    applyLocale('zh-CN');
    expect(formatRelative('2026-11-28T09:48:00.000Z', now)).toBe('12 分钟前');
    applyLocale('en');
    expect(formatRelative('2026-11-28T09:48:00.000Z', now)).toBe('12 minutes ago');
  });

  it('never says "in a few seconds" for a time main stamped just after the desk clock ticked', () => {
    applyLocale('en');
    const now = Date.parse('2026-11-28T10:00:00.000Z');
    expect(formatRelative('2026-11-28T10:00:20.000Z', now)).toBe(formatRelative('2026-11-28T10:00:00.000Z', now));
    expect(formatRelative('2026-11-28T10:00:20.000Z', now)).not.toMatch(/^in /);
  });
});
