import type Database from 'better-sqlite3';
import { RECEIVING_PLAN_STATUSES } from '../../../contract/plans';
import { daySpan } from '../../../contract/time-spans';
import { localDay } from '../../../main/core/clock';
import type { BenchCore } from '../bench-core';
import { floorSamples, planOf } from '../floor-db';
import { opResult, type OpResult } from '../results';
import { sampleOver } from '../stats';

const PAGE = 50;
/** The floor bounds a plan's arrival from below by this: a data assumption (no visit lasts longer), said in the note. */
const LONGEST_VISIT_DAYS = 30;

const VISIT_PAGE = `
  SELECT t.id, t.person_id, t.visitor_name, t.visitor_company, t.visitor_phone, p.id_type, p.id_number_mask,
    t.host, t.purpose, t.badge_no, t.status, t.check_in_at, t.check_out_at, t.plan_id, vp.title,
    (SELECT count(*) FROM badge_prints b WHERE b.visit_id = t.id AND b.deleted_at IS NULL) AS prints
  FROM visits t JOIN people p ON p.id = t.person_id LEFT JOIN visit_plans vp ON vp.id = t.plan_id
  WHERE t.deleted_at IS NULL AND WHERE_SCOPE ORDER BY t.check_in_at DESC LIMIT ${PAGE}`;

/** The best raw SQL for each list the desk screen opens with: its page and its count. */
function floors(db: Database.Database, day: string) {
  const onSite = VISIT_PAGE.replace('WHERE_SCOPE', `t.status = 'on_site'`);
  const today = VISIT_PAGE.replace('WHERE_SCOPE', 't.visit_day = ?');
  const span = daySpan(day);
  const earliest = daySpan(localDay(new Date(Date.parse(`${day}T12:00`) - LONGEST_VISIT_DAYS * 86_400_000))).startsAt;
  const expected = `
    SELECT vp.id, vp.title, vp.arrival_at, g.person_id, p.name, p.company, t.id AS visit_id, t.status
    FROM visit_plans vp JOIN plan_guests g ON g.plan_id = vp.id AND g.deleted_at IS NULL JOIN people p ON p.id = g.person_id
    LEFT JOIN visits t ON t.plan_id = vp.id AND t.person_id = p.id AND t.deleted_at IS NULL
    WHERE vp.deleted_at IS NULL AND vp.status IN (${RECEIVING_PLAN_STATUSES.map((s) => `'${s}'`).join(', ')})
      AND vp.arrival_at >= ? AND vp.arrival_at < ? AND coalesce(vp.departure_at, vp.arrival_at) >= ?`;
  const q = {
    onSite: [db.prepare(onSite), db.prepare(`SELECT count(*) FROM visits WHERE status = 'on_site' AND deleted_at IS NULL`)] as const,
    today: [db.prepare(today), db.prepare('SELECT count(*) FROM visits WHERE visit_day = ? AND deleted_at IS NULL')] as const,
    expected: db.prepare(expected),
  };
  return {
    onSite: () => (q.onSite[0].all(), q.onSite[1].get()),
    today: () => (q.today[0].all(day), q.today[1].get(day)),
    expected: () => q.expected.all(earliest, span.endsAt, span.startsAt),
    plans: { onSite: planOf(db, onSite, []), today: planOf(db, today, [day]), expected: planOf(db, expected, [earliest, span.endsAt, span.startsAt]) },
  };
}

/** Opening the front desk: the calls the desk screen makes (renderer/src/desk: both lists' first pages and the expected arrivals). */
export async function benchDesk(bench: BenchCore, db: Database.Database, rounds: number): Promise<OpResult[]> {
  const day = localDay(new Date());
  const f = floors(db, day);
  const calls = {
    onSite: () => bench.call('visits.list', { scope: 'on_site', query: '', limit: PAGE, offset: 0 }),
    today: () => bench.call('visits.list', { scope: 'today', query: '', limit: PAGE, offset: 0 }),
    expected: () => bench.call('visits.expected', {}),
  };
  const sizes = {
    onSite: (await bench.call<{ scopeTotal: number }>('visits.list', { scope: 'on_site' })).scopeTotal,
    today: (await bench.call<{ scopeTotal: number }>('visits.list', { scope: 'today' })).scopeTotal,
    expected: (await bench.call<unknown[]>('visits.expected', {})).length,
  };
  const once = [0];
  const open = await sampleOver(once, async () => {
    await calls.onSite();
    await calls.today();
    await calls.expected();
  }, { rounds, warmup: 3 });
  const openFloor = floorSamples(once, () => (f.onSite(), f.today(), f.expected()), rounds);
  const note = `expected arrivals' floor assumes no visit lasts over ${LONGEST_VISIT_DAYS} days (bounds arrival_at from below)`;
  const results = [opResult({ group: 'desk', name: 'open the front desk (on site + today + expected)', budget: 'deskList', app: open, floor: openFloor, floorNote: note, detail: { day, sizes } })];
  for (const key of ['onSite', 'today', 'expected'] as const) {
    results.push(
      opResult({
        group: 'desk',
        name: { onSite: 'visits.list on_site, first page', today: 'visits.list today, first page', expected: 'visits.expected today' }[key],
        budget: 'deskList',
        app: await sampleOver(once, calls[key], { rounds, warmup: 3 }),
        floor: floorSamples(once, f[key], rounds),
        ...(key === 'expected' && { floorNote: note }),
        detail: { rows: sizes[key], floorPlan: f.plans[key] },
      }),
    );
  }
  return results;
}
