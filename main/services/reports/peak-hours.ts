import { sql } from 'drizzle-orm';
import type { PeakHoursReport, ReportRange } from '../../../contract/reports';
import type { ServiceContext } from '../../core/context';
import { clientVisits } from './client-visits';
import { daysOf, weekdayOf, widen } from './periods';

const BUSIEST = 10;

interface Cell {
  weekday: number;
  hour: number;
  visits: number;
}

/**
 * Check-ins by weekday × local hour, and the desk's busiest hours with their
 * average per such weekday of the range (a Tuesday 10:00 over a year: the
 * visits of that hour on all its Tuesdays, divided by the Tuesdays).
 */
export function peakHoursReport(ctx: ServiceContext, input: ReportRange): PeakHoursReport {
  const range = widen(input);
  const cells: Cell[] = input.clientId
    ? clientVisits(ctx.db, range, input.clientId).map((v) => ({ weekday: weekdayOf(v.day), hour: v.hour, visits: 1 }))
    : ctx.db.all<Cell>(sql`
        SELECT (CAST(strftime('%w', day) AS INTEGER) + 6) % 7 AS weekday, hour, sum(visits) AS visits
        FROM visit_stats WHERE day BETWEEN ${range.from} AND ${range.to} GROUP BY weekday, hour`);
  const heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const c of cells) heatmap[c.weekday]![c.hour]! += c.visits;
  const weekdays = Array.from({ length: 7 }, () => 0);
  for (const day of daysOf(range)) weekdays[weekdayOf(day)]! += 1;
  const busiest = heatmap
    .flatMap((hours, weekday) => hours.map((visits, hour) => ({ weekday, hour, visits })))
    .filter((c) => c.visits > 0)
    .sort((a, b) => b.visits - a.visits || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, BUSIEST)
    .map((c) => ({ ...c, perDay: Math.round((c.visits / weekdays[c.weekday]!) * 100) / 100 }));
  return { range, heatmap, busiest };
}
