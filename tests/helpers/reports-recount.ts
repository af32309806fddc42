import type Database from 'better-sqlite3';

/*
 * The reports' summaries counted again from the visits, in plain
 * TypeScript and independently of the SQL (the triggers of
 * db/migrations/0014_reports.sql and main/app/report-summaries.ts):
 * tests compare the two after any sequence of writes.
 */

interface VisitRow {
  person_id: string;
  kind: string;
  status: string;
  check_in_at: string | null;
  check_out_at: string | null;
  visit_day: string;
  handling_ms: number | null;
  deleted_at: string | null;
}

export interface Summary {
  /** `day|hour|kind` → visits, reg_n, reg_ms, stay_n, stay_s (rows of zeros left out). */
  cells: Record<string, [number, number, number, number, number]>;
  /** Distinct visitors per day, per week (keyed by its Monday) and per month. */
  visitorsByDay: Record<string, number>;
  visitorsByWeek: Record<string, number>;
  visitorsByMonth: Record<string, number>;
  /** The most on site at once per day (days of 0 left out). */
  peaks: Record<string, number>;
}

export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function sizes(sets: Map<string, Set<string>>): Record<string, number> {
  return Object.fromEntries([...sets].map(([k, s]) => [k, s.size]).sort());
}

/** What the summaries must hold, from the visits table alone (hours by the process TZ, as the desk's clock reads them). */
export function recount(sqlite: Database.Database): Summary {
  const rows = (sqlite.prepare('SELECT * FROM visits').all() as VisitRow[]).filter(
    (v) => v.deleted_at === null && v.check_in_at !== null && (v.status === 'on_site' || v.status === 'checked_out'),
  );
  const cells: Summary['cells'] = {};
  const byDay = new Map<string, Set<string>>();
  const byWeek = new Map<string, Set<string>>();
  const byMonth = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, p: string) => m.set(k, (m.get(k) ?? new Set()).add(p));
  const events = new Map<string, [string, number][]>();
  for (const v of rows) {
    const key = `${v.visit_day}|${new Date(v.check_in_at!).getHours()}|${v.kind}`;
    const c = (cells[key] ??= [0, 0, 0, 0, 0]);
    c[0] += 1;
    if (v.handling_ms !== null) {
      c[1] += 1;
      c[2] += v.handling_ms;
    }
    if (v.check_out_at !== null) {
      c[3] += 1;
      c[4] += Math.round((Date.parse(v.check_out_at) - Date.parse(v.check_in_at!)) / 1000);
    }
    add(byDay, v.visit_day, v.person_id);
    add(byWeek, mondayOf(v.visit_day), v.person_id);
    add(byMonth, v.visit_day.slice(0, 7), v.person_id);
    const e = events.get(v.visit_day) ?? [];
    events.set(v.visit_day, e);
    e.push([v.check_in_at!, 1]);
    if (v.check_out_at !== null) e.push([v.check_out_at, -1]);
  }
  const peaks: Record<string, number> = {};
  for (const [day, e] of [...events].sort()) {
    e.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    let running = 0;
    let peak = 0;
    for (const [, d] of e) peak = Math.max(peak, (running += d));
    if (peak > 0) peaks[day] = peak;
  }
  return { cells: Object.fromEntries(Object.entries(cells).sort()), visitorsByDay: sizes(byDay), visitorsByWeek: sizes(byWeek), visitorsByMonth: sizes(byMonth), peaks };
}

/** The same figures as the summary tables hold them. */
export function stored(sqlite: Database.Database): Summary {
  const rows = sqlite.prepare('SELECT * FROM visit_stats ORDER BY day, hour, kind').all() as Record<string, number | string>[];
  const cells: Summary['cells'] = {};
  const sum = (m: Record<string, number>, k: string, n: number) => (m[k] = (m[k] ?? 0) + n);
  const day: Record<string, number> = {};
  const week: Record<string, number> = {};
  const month: Record<string, number> = {};
  for (const r of rows) {
    const c = [r.visits, r.reg_n, r.reg_ms, r.stay_n, r.stay_s] as [number, number, number, number, number];
    if (c.some((n) => n !== 0)) cells[`${r.day}|${r.hour}|${r.kind}`] = c;
    sum(day, r.day as string, r.new_day as number);
    sum(week, mondayOf(r.day as string), r.new_week as number);
    sum(month, (r.day as string).slice(0, 7), r.new_month as number);
  }
  const nonZero = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([, n]) => n !== 0).sort());
  const peaks = Object.fromEntries((sqlite.prepare('SELECT day, peak FROM visit_day_peaks WHERE peak > 0 ORDER BY day').all() as { day: string; peak: number }[]).map((p) => [p.day, p.peak]));
  return { cells: Object.fromEntries(Object.entries(cells).sort()), visitorsByDay: nonZero(day), visitorsByWeek: nonZero(week), visitorsByMonth: nonZero(month), peaks };
}
