import type Database from 'better-sqlite3';
import { daySpan } from '../../../contract/time-spans';
import { localDay } from '../../../main/core/clock';
import type { BenchCore } from '../bench-core';
import { floorSamples, planOf } from '../floor-db';
import { spread } from '../search-inputs';
import { opResult, type OpResult } from '../results';
import { sampleOver } from '../stats';

/** The calendar reads a month in pages of this many (renderer/src/plans/usePlansData.ts LIST_LIMIT). */
const CALENDAR_PAGE = 500;
const LONGEST_VISIT_DAYS = 30;

function monthOf(offset: number): { from: string; to: string } {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() + offset, 1);
  const last = new Date(now.getFullYear(), now.getMonth() + offset + 1, 0);
  return { from: localDay(first), to: localDay(last) };
}

/** Opening a plan (what its editor loads) and the plan calendar for a month, beside their raw SQL. */
export async function benchPlans(bench: BenchCore, db: Database.Database, opts: { plans: number; rounds: number }): Promise<OpResult[]> {
  const ids = spread(db.prepare('SELECT id FROM visit_plans WHERE deleted_at IS NULL ORDER BY arrival_at').pluck().all() as string[], opts.plans);
  const q = {
    plan: db.prepare('SELECT * FROM visit_plans WHERE id = ?'),
    client: db.prepare('SELECT c.id, c.name, c.tier FROM clients c JOIN visit_plans p ON p.client_id = c.id WHERE p.id = ?'),
    guests: db.prepare(`SELECT g.*, p.name, p.company, p.phone, p.title, p.id_number_mask FROM plan_guests g JOIN people p ON p.id = g.person_id WHERE g.plan_id = ? AND g.deleted_at IS NULL`),
    itinerary: db.prepare('SELECT * FROM itinerary_items WHERE plan_id = ? AND deleted_at IS NULL ORDER BY starts_at'),
    team: db.prepare('SELECT * FROM plan_team WHERE plan_id = ? AND deleted_at IS NULL'),
    bookings: db.prepare('SELECT b.*, r.name FROM resource_bookings b JOIN resources r ON r.id = b.resource_id WHERE b.plan_id = ? AND b.deleted_at IS NULL'),
  };
  const openFloor = (id: string) => Object.values(q).map((s) => s.all(id));
  const results: OpResult[] = [];
  if (ids.length > 0) {
    results.push(
      opResult({
        group: 'plans',
        name: 'plans.get (open a plan)',
        budget: 'none',
        app: await sampleOver(ids, (id) => bench.call('plans.get', { id }), { rounds: opts.rounds }),
        floor: floorSamples(ids, openFloor, opts.rounds),
        floorNote: 'floor: plan, client, guests with their people, itinerary, team, bookings (six indexed reads)',
        detail: { plans: ids.length },
      }),
    );
  }
  // A month late in history (this month and the two around it) and an early one (the first plans on file), paged as the calendar pages.
  const first = db.prepare('SELECT min(arrival_at) FROM visit_plans WHERE deleted_at IS NULL').pluck().get() as string | null;
  const now = new Date();
  const firstMonths = first ? (Number(first.slice(0, 4)) - now.getFullYear()) * 12 + Number(first.slice(5, 7)) - 1 - now.getMonth() : null;
  const late = [-1, 0, 1].map(monthOf);
  const early = firstMonths === null ? [] : [0, 1, 2].map((k) => monthOf(firstMonths + k));
  const monthSql = `SELECT id, title, status, level, arrival_at, departure_at, client_id FROM visit_plans
    WHERE deleted_at IS NULL AND arrival_at >= ? AND arrival_at < ? AND coalesce(departure_at, arrival_at) >= ? ORDER BY arrival_at`;
  const month = db.prepare(monthSql);
  const floorArgs = (m: { from: string; to: string }) => {
    const earliest = daySpan(localDay(new Date(Date.parse(`${m.from}T12:00`) - LONGEST_VISIT_DAYS * 86_400_000))).startsAt;
    return [earliest, daySpan(m.to).endsAt, daySpan(m.from).startsAt];
  };
  const calendar = async (m: { from: string; to: string }) => {
    let got = 0;
    let total = 0;
    do {
      const page = await bench.call<{ total: number; items: unknown[] }>('plans.list', { from: m.from, to: m.to, limit: CALENDAR_PAGE, offset: got });
      got += page.items.length;
      total = page.total;
      if (page.items.length === 0) break;
    } while (got < total);
    return got;
  };
  for (const [label, months] of [
    ['a month late in history (this month and the two around it)', late],
    ['an early month (the first plans on file)', early],
  ] as const) {
    if (months.length === 0) continue;
    const sizes = await Promise.all(months.map(calendar));
    results.push(
      opResult({
        group: 'plans',
        name: `plan calendar, ${label}`,
        budget: 'deskList',
        app: await sampleOver(months, calendar, { rounds: opts.rounds }),
        floor: floorSamples(months, (m) => month.all(...floorArgs(m)), opts.rounds),
        floorNote: `floor assumes no visit lasts over ${LONGEST_VISIT_DAYS} days (bounds arrival_at from below); the app bounds by the longest visit on file`,
        detail: { months: months.map((m) => m.from.slice(0, 7)), plansPerMonth: sizes, floorPlan: planOf(db, monthSql, floorArgs(months[1]!)) },
      }),
    );
  }
  return results;
}
