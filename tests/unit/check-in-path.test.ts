import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { VisitSummary } from '../../contract/visits';
import { deskCodeOf, makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';
import { capturedStatements } from '../helpers/statements';
import { recount, stored } from '../helpers/reports-recount';

/*
 * Issue 17: a check-in reads every row it needs by key, whatever the visitor's
 * history or the day's count, and its statements are prepared once.
 */

let core: TestCore;
let clock = new Date('2026-11-27T09:00:00');
beforeEach(async () => {
  clock = new Date('2026-11-27T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

const checkIn = (input: object) => core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, ...input });

/** Visits of one person on earlier days, written straight into the file (a frequent visitor's years). */
function history(personId: string, count: number): void {
  const insert = core.sqlite.prepare(`INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, check_in_at, check_out_at, visit_day)
    VALUES (?, ?, ?, 'old-desk', ?, 'walk_in', 'checked_out', '李娜', '', ?, ?, ?, ?)`);
  core.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const at = `${day}T02:00:00.000Z`;
      insert.run(uuidv7(), at, at, personId, `V${day.slice(2).replaceAll('-', '')}OLD${String(i).padStart(4, '0')}`, at, `${day}T03:00:00.000Z`, day);
    }
  })();
}

function planSteps(sql: string, params: unknown[]): string[] {
  return (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((s) => s.detail);
}

describe('a frequent visitor (1 500 earlier visits)', () => {
  it('is still refused while on site, and checked in once they left: the check reads their open visit by key', async () => {
    const first = await checkIn({});
    history(first.personId, 1500);
    const refused = await core.dispatch('visits.checkIn', { ...WALK_IN, personId: first.personId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'alreadyOnSite', badgeNo: first.badgeNo } } });

    await core.call('visits.checkOutByBadge', { badgeNo: first.badgeNo });
    const ran = await capturedStatements(core.sqlite, () => checkIn({ personId: first.personId }));
    const onSiteCheck = ran.find((r) => /"status" = \?/.test(r.sql) && /"person_id" = \?/.test(r.sql))!;
    expect(onSiteCheck, 'the already-on-site check ran').toBeDefined();
    expect(planSteps(onSiteCheck.sql, onSiteCheck.params)).toEqual([expect.stringMatching(/^SEARCH visits USING INDEX visits_person_status \(person_id=\? AND status=\?\)$/)]);
  });
});

describe('badge numbers', () => {
  it('come from one seek of visits_badge_seq: no sort of the day, whatever its count', async () => {
    await checkIn({});
    const ran = await capturedStatements(core.sqlite, () => checkIn({ name: '王芳', phone: '13900139000', idNumber: '' }));
    const badge = ran.find((r) => /substr\(badge_no, 1, 10\)/.test(r.sql))!;
    expect(planSteps(badge.sql, badge.params)).toEqual(['SEARCH visits USING COVERING INDEX visits_badge_seq (<expr>=?)']);
  });

  it('keep increasing past 9999, and each desk counts its own numbers', async () => {
    const desk = deskCodeOf(core);
    const v = await checkIn({});
    // Another desk's numbers of the same day (synced in) and an older number without a desk code change nothing here.
    const other = desk === 'BBB' ? 'CCC' : 'BBB';
    const put = core.sqlite.prepare(`INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, check_in_at, visit_day)
      VALUES (?, '2026-11-27T01:00:00.000Z', '2026-11-27T01:00:00.000Z', 'other-desk', ?, 'walk_in', 'checked_out', '李娜', '', ?, '2026-11-27T01:00:00.000Z', '2026-11-27')`);
    put.run(uuidv7(), v.personId, `V261127${other}99999`);
    put.run(uuidv7(), v.personId, `V2611279998`);
    core.sqlite.prepare("UPDATE visits SET badge_no = ?, status = 'checked_out' WHERE id = ?").run(`V261127${desk}9999`, v.id);
    const numbers: string[] = [];
    for (const i of [0, 1, 2]) {
      const visit = await checkIn({ name: `访客${i}`, phone: `1390013900${i}`, idNumber: '' });
      numbers.push(visit.badgeNo);
    }
    expect(numbers).toEqual([`V261127${desk}10000`, `V261127${desk}10001`, `V261127${desk}10002`]);
  });
});

describe('prepared statements', () => {
  it('a second check-in prepares none of the statements the first one prepared', async () => {
    await checkIn({});
    await core.call('visits.checkOutByBadge', { badgeNo: `V261127${deskCodeOf(core)}0001` });
    await checkIn({ name: '王芳', phone: '13900139000', idNumber: '' });
    const prepared: string[] = [];
    const prepare = core.sqlite.prepare.bind(core.sqlite);
    core.sqlite.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as typeof core.sqlite.prepare;
    try {
      await checkIn({ name: '李强', phone: '13900139001', idNumber: '' });
    } finally {
      core.sqlite.prepare = prepare;
    }
    // Not even the search index's flush, which prepares its own statements on the raw connection (once each).
    expect(prepared).toEqual([]);
  });
});

describe("the day's peak (reports_visit_insert, migrations 0018 and 0019)", () => {
  it('is kept by a check-in in order and recounted for a visit entered before the day’s last movement', async () => {
    const first = await checkIn({});
    clock = new Date('2026-11-27T09:01:00');
    await checkIn({ name: '王芳', phone: '13900139000', idNumber: '' });
    clock = new Date('2026-11-27T09:02:00');
    await core.call('visits.checkOutByBadge', { badgeNo: first.badgeNo });
    expect(stored(core.sqlite).peaks).toEqual(recount(core.sqlite).peaks);
    // Entered late (an import, a desk that was offline): arrived 09:00:30, before the day's last movement at 09:02.
    const late = core.sqlite.prepare(`INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, check_in_at, check_out_at, visit_day)
      VALUES (?, ?, ?, 'other-desk', ?, 'walk_in', ?, '李娜', '', ?, ?, ?, '2026-11-27')`);
    const at = (time: string) => new Date(`2026-11-27T${time}`).toISOString();
    late.run(uuidv7(), at('09:03:00'), at('09:03:00'), first.personId, 'on_site', 'V261127LATE0001', at('09:00:30'), null);
    expect(stored(core.sqlite).peaks).toEqual(recount(core.sqlite).peaks);
    expect(stored(core.sqlite).peaks['2026-11-27']).toBe(3);
    late.run(uuidv7(), at('09:03:10'), at('09:03:10'), first.personId, 'checked_out', 'V261127LATE0002', at('08:00:00'), at('08:10:00'));
    expect(stored(core.sqlite).peaks).toEqual(recount(core.sqlite).peaks);
  });

  it('agrees with the sweep on ties and for a past visit imported on an empty day (migration 0019)', async () => {
    const put = core.sqlite.prepare(`INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, purpose, badge_no, check_in_at, check_out_at, visit_day)
      VALUES (?, ?, ?, 'other-desk', ?, 'walk_in', ?, '李娜', '', ?, ?, ?, ?)`);
    const first = await checkIn({});
    const stamp = (day: string, time: string) => new Date(`${day}T${time}`).toISOString();
    // An imported past visit, 09:00–10:00, alone on its day: on site for an hour, so the peak is 1 (the quick path said 0).
    put.run(uuidv7(), stamp('2026-11-20', '12:00:00'), stamp('2026-11-20', '12:00:00'), first.personId, 'checked_out', 'V261120IMP0001', stamp('2026-11-20', '09:00:00'), stamp('2026-11-20', '10:00:00'), '2026-11-20');
    expect(stored(core.sqlite).peaks['2026-11-20']).toBe(1);
    // Checked out at the instant of its check-in (an import's minute precision): the sweep counts no one on site.
    clock = new Date('2026-11-27T09:00:20');
    const zero = await checkIn({ name: '王芳', phone: '13900139000', idNumber: '' });
    await core.call('visits.checkOutByBadge', { badgeNo: zero.badgeNo });
    expect(stored(core.sqlite).peaks).toEqual(recount(core.sqlite).peaks);
    // A departure recorded at the instant of another's arrival, after it: departures first on a tie, as the sweep.
    clock = new Date('2026-11-27T09:00:40');
    await checkIn({ name: '李雷', phone: '13900139001', idNumber: '' });
    await core.call('visits.checkOutByBadge', { badgeNo: first.badgeNo });
    expect(stored(core.sqlite).peaks).toEqual(recount(core.sqlite).peaks);
    expect(stored(core.sqlite).peaks['2026-11-27']).toBe(1);
  });
});
