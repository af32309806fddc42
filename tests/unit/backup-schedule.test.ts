import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../main/services/backup/schedule-settings';
import { nextScheduledAt } from '../../main/services/backup/schedule';

/** Local times, as the desk's clock reads them. */
const at = (s: string) => new Date(s);
const schedule = { ...DEFAULT_SCHEDULE, dailyAt: '12:30' };

describe('the daily snapshot is due', () => {
  it('at once on a desk never backed up', () => {
    const now = at('2026-11-28T09:00');
    expect(nextScheduledAt(schedule, null, now)).toEqual(now);
  });

  it('today at the set time when yesterday’s was made', () => {
    expect(nextScheduledAt(schedule, at('2026-11-27T12:31').toISOString(), at('2026-11-28T09:00'))).toEqual(at('2026-11-28T12:30'));
  });

  it('at once when the set time has come and today’s is not made', () => {
    const now = at('2026-11-28T12:30');
    expect(nextScheduledAt(schedule, at('2026-11-27T12:31').toISOString(), now) <= now).toBe(true);
  });

  it('tomorrow once today’s is made (a snapshot after the set time, whatever its reason)', () => {
    expect(nextScheduledAt(schedule, at('2026-11-28T17:00').toISOString(), at('2026-11-28T18:00'))).toEqual(at('2026-11-29T12:30'));
  });

  it('at once in the morning when the PC was off at yesterday’s time (a missed backup is made up)', () => {
    const now = at('2026-11-28T08:00');
    expect(nextScheduledAt(schedule, at('2026-11-26T12:31').toISOString(), now)).toEqual(now);
  });

  it('a snapshot made before today’s time (on quit this morning) does not count for today', () => {
    const now = at('2026-11-28T13:00');
    expect(nextScheduledAt(schedule, at('2026-11-28T08:00').toISOString(), now) <= now).toBe(true);
  });
});
