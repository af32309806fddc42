import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateReportSummaries, REPORT_SUMMARIES_VERSION_KEY } from '../../main/app/data-migrations';
import { rebuildReportSummaries } from '../../main/app/report-summaries';
import { recount, stored } from '../helpers/reports-recount';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * The reports' summaries (db/schema/reports.ts) kept by triggers in the same
 * transaction as each write of a visit, against a recount from the visits
 * alone, in a zone without daylight saving whose midnight is 16:00 UTC.
 * TZ is set before any Date is made (Node and SQLite's 'localtime' both read
 * it), and put back for whatever runs after this file in the same process.
 */
const ZONE = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
afterAll(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

let clock = new Date('2026-11-29T15:50:00Z'); // Sunday 23:50 in Shanghai; Monday 30 November starts a week across the month's end.
let core: TestCore;
const at = (iso: string) => (clock = new Date(iso));

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  // Steps below jump up to three hours: the longest idle lock keeps the desk open between them.
  await core.call('settings.update', { idleLockMinutes: 240 });
});
afterAll(async () => core?.cleanup());

/** A channel's answer; the clock jumps hours here, so a desk locked for idleness is unlocked first. */
async function dispatch(name: string, input: unknown) {
  const result = await core.dispatch(name, input);
  if (result.ok || result.error.code !== 'LOCKED') return result;
  await core.call('session.unlock', { password: ADMIN.password });
  return core.dispatch(name, input);
}
async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

type Visit = { id: string; personId: string; status: string; checkOutAt: string | null };
const guest = (n: number) => ({ name: `访客${'甲乙丙丁戊己庚辛'[n]}`, company: '测试公司', phone: `1390000000${n}`, host: '李娜', purpose: '拜访', privacyAck: true });
const people = new Map<number, string>();

async function checkIn(n: number, handlingMs?: number): Promise<Visit> {
  const personId = people.get(n);
  const v = await call<Visit>('visits.checkIn', { ...guest(n), ...(personId && { personId }), ...(handlingMs !== undefined && { handlingMs }) });
  people.set(n, v.personId);
  return v;
}
const checkOut = (visitId: string) => call<Visit>('visits.checkOut', { visitId });
const dayFigures = (from: string, to: string, granularity: 'day' | 'week' | 'month') =>
  call<{ periods: { key: string; visits: number; visitors: number }[] }>('reports.visits', { from, to, granularity });

describe('visit summaries', () => {
  it('counts a visit at 23:59 and one at 00:01 local on their own days, weeks and months', async () => {
    at('2026-11-29T15:59:00Z'); // 23:59 Sunday 29 November
    const late = await checkIn(0, 61_000);
    at('2026-11-29T16:01:00Z'); // 00:01 Monday 30 November
    await checkOut(late.id);
    const early = await checkIn(1, 30_000);
    const days = await dayFigures('2026-11-29', '2026-11-30', 'day');
    expect(days.periods).toEqual([
      { key: '2026-11-29', visits: 1, walkIns: 1, planned: 0, visitors: 1 },
      { key: '2026-11-30', visits: 1, walkIns: 1, planned: 0, visitors: 1 },
    ]);
    const weeks = await dayFigures('2026-11-29', '2026-11-30', 'week');
    expect(weeks.periods.map((p) => [p.key, p.visits])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-30', 1],
    ]);
    const heat = await call<{ heatmap: number[][] }>('reports.peakHours', { from: '2026-11-29', to: '2026-11-30', granularity: 'day' });
    expect(heat.heatmap[6]![23]).toBe(1); // Sunday 23:00
    expect(heat.heatmap[0]![0]).toBe(1); // Monday 00:00
    const handling = await call<{ registrationSeconds: { count: number; average: number }; visitMinutes: { count: number; average: number } }>('reports.handling', {
      from: '2026-11-29',
      to: '2026-11-30',
      granularity: 'day',
    });
    expect(handling.registrationSeconds).toEqual({ count: 2, average: 45.5 });
    expect(handling.visitMinutes).toEqual({ count: 1, average: 2 });
    await checkOut(early.id);
  });

  it('counts a person twice in a week across the month end once in the week and once in each month', async () => {
    at('2026-12-02T02:00:00Z'); // Wednesday 2 December 10:00
    const again = await checkIn(1);
    at('2026-12-02T03:00:00Z');
    await checkOut(again.id);
    at('2026-12-03T02:00:00Z');
    await checkOut((await checkIn(1)).id);
    const weeks = await dayFigures('2026-11-30', '2026-12-06', 'week');
    expect(weeks.periods).toEqual([{ key: '2026-11-30', visits: 3, walkIns: 3, planned: 0, visitors: 1 }]);
    const months = await dayFigures('2026-11-01', '2026-12-31', 'month');
    expect(months.periods.map((p) => [p.key, p.visits, p.visitors])).toEqual([
      ['2026-11', 2, 2],
      ['2026-12', 2, 1],
    ]);
  });

  it('keeps the summaries equal to a recount through check-ins, check-outs, undos, merges and edits made outside the services', { timeout: 120_000 }, async () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const pickOrNone = <T>(xs: T[]): T | undefined => (xs.length === 0 ? undefined : pick(xs));
    for (let step = 0; step < 120; step++) {
      at(new Date(clock.getTime() + Math.floor(rand() * 180) * 60_000).toISOString());
      const open = core.sqlite.prepare("SELECT id, person_id AS personId FROM visits WHERE status = 'on_site' AND deleted_at IS NULL").all() as { id: string; personId: string }[];
      const roll = rand();
      if (roll < 0.4) {
        const n = Math.floor(rand() * 8);
        if (!open.some((v) => v.personId === people.get(n))) await checkIn(n, rand() < 0.7 ? Math.floor(rand() * 200_000) : undefined);
      } else if (roll < 0.7 && open.length > 0) {
        await checkOut(pick(open).id);
      } else if (roll < 0.8) {
        const today = core.sqlite.prepare("SELECT id FROM visits WHERE status = 'checked_out' AND deleted_at IS NULL ORDER BY check_out_at DESC LIMIT 1").pluck().get() as string | undefined;
        if (today) await dispatch('visits.undoCheckOut', { visitId: today });
      } else if (roll < 0.88 && people.size > 2) {
        const [keep, merge] = [pick([...people.keys()]), pick([...people.keys()])];
        if (keep !== merge && (await dispatch('people.merge', { keepId: people.get(keep), mergeId: people.get(merge) })).ok) people.delete(merge);
      } else if (roll < 0.94) {
        // An approved record change, or a bulk load, writes around the visit services: the triggers still see it.
        // Picked by the seeded rand, not SQLite's random(): a failure replays step for step.
        const done = pickOrNone(core.sqlite.prepare("SELECT id, check_out_at FROM visits WHERE status = 'checked_out' AND deleted_at IS NULL ORDER BY id").all() as { id: string; check_out_at: string }[]);
        if (done) core.sqlite.prepare('UPDATE visits SET check_out_at = ?, handling_ms = ? WHERE id = ?').run(new Date(Date.parse(done.check_out_at) + 45 * 60_000).toISOString(), 12_345, done.id);
      } else {
        const any = pickOrNone(core.sqlite.prepare('SELECT id FROM visits WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[]);
        if (any) core.sqlite.prepare('UPDATE visits SET deleted_at = ? WHERE id = ?').run(clock.toISOString(), any);
      }
      if (process.env.DEBUG_RECOUNT) expect(stored(core.sqlite), `step ${step} roll ${roll}`).toEqual(recount(core.sqlite));
    }
    const visits = core.sqlite.prepare('SELECT count(*) FROM visits WHERE deleted_at IS NULL').pluck().get() as number;
    expect(visits).toBeGreaterThan(20);
    const kept = stored(core.sqlite);
    expect(kept).toEqual(recount(core.sqlite));
    // Made from scratch, the same numbers.
    rebuildReportSummaries(core.sqlite);
    expect(stored(core.sqlite)).toEqual(kept);
  });

  it('takes a row deleted outright out of the summaries', async () => {
    const before = stored(core.sqlite);
    core.sqlite.prepare('DELETE FROM visits WHERE id = (SELECT id FROM visits WHERE deleted_at IS NULL ORDER BY check_in_at LIMIT 1)').run();
    expect(stored(core.sqlite)).toEqual(recount(core.sqlite));
    expect(stored(core.sqlite)).not.toEqual(before);
  });

  it('sweep the peaks again once for a file kept by the triggers before 0019, and count a file never counted whole', () => {
    // Version 1 and a peak the old quick paths could leave on a tie.
    core.sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run('1', REPORT_SUMMARIES_VERSION_KEY);
    core.sqlite.prepare('UPDATE visit_day_peaks SET peak = peak + 1').run();
    expect(stored(core.sqlite)).not.toEqual(recount(core.sqlite));
    expect(migrateReportSummaries(core.sqlite, 'this-desk', clock).rebuilt).toBe('peaks');
    expect(stored(core.sqlite)).toEqual(recount(core.sqlite));
    expect(migrateReportSummaries(core.sqlite, 'this-desk', clock).rebuilt).toBeNull();
    // A file never counted (version 0, the triggers off for a bulk load) is counted whole.
    core.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(REPORT_SUMMARIES_VERSION_KEY);
    core.sqlite.prepare('DELETE FROM visit_stats').run();
    expect(migrateReportSummaries(core.sqlite, 'this-desk', clock).rebuilt).toBe('all');
    expect(stored(core.sqlite)).toEqual(recount(core.sqlite));
  });
});
