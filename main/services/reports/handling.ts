import { sql } from 'drizzle-orm';
import type { HandlingReport, ReportRange } from '../../../contract/reports';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { clientVisits, COUNTED_V, dayPeaks } from './client-visits';
import { mean, periodMap, periodOf, widen, type CountedRange } from './periods';

interface DayTimes {
  day: string;
  regN: number;
  regMs: number;
  stayN: number;
  stayS: number;
}

interface Wait {
  day: string;
  minutes: number;
}

/**
 * Minutes from the plan's arrival time to each guest's check-in, for guests
 * who checked in on the plan's arrival day (a guest joining a later day of a
 * visit did not keep anyone waiting). Arrival is a local minute: 'utc' turns
 * it into the instant check-in is stored as.
 */
function waits(db: ReadDb, range: CountedRange, clientId: string | null): Wait[] {
  return db.all<Wait>(sql`
    SELECT v.visit_day AS day, (julianday(v.check_in_at) - julianday(p.arrival_at, 'utc')) * 1440 AS minutes
    FROM visits v JOIN visit_plans p ON p.id = v.plan_id
    WHERE v.plan_id IS NOT NULL AND v.visit_day BETWEEN ${range.from} AND ${range.to} AND ${COUNTED_V}
      AND p.arrival_at IS NOT NULL AND v.visit_day = substr(p.arrival_at, 1, 10)
      ${clientId ? sql`AND p.client_id = ${clientId}` : sql``}`);
}

function sources(db: ReadDb, range: CountedRange, clientId: string | null): { times: DayTimes[]; peaks: { day: string; peak: number }[] } {
  if (clientId) {
    const visits = clientVisits(db, range, clientId);
    return {
      times: visits.map((v) => ({ day: v.day, regN: v.handlingMs === null ? 0 : 1, regMs: v.handlingMs ?? 0, stayN: v.staySeconds === null ? 0 : 1, stayS: v.staySeconds ?? 0 })),
      peaks: dayPeaks(visits),
    };
  }
  return {
    times: db.all<DayTimes>(sql`
      SELECT day, sum(reg_n) AS regN, sum(reg_ms) AS regMs, sum(stay_n) AS stayN, sum(stay_s) AS stayS
      FROM visit_stats WHERE day BETWEEN ${range.from} AND ${range.to} GROUP BY day`),
    peaks: db.all<{ day: string; peak: number }>(sql`SELECT day, peak FROM visit_day_peaks WHERE day BETWEEN ${range.from} AND ${range.to}`),
  };
}

/**
 * How long things take: registration at the desk (the form's first keystroke
 * to its submit), a planned guest's wait from the plan's arrival time, the
 * visit's length, and the most visitors on site at once.
 */
export function handlingReport(ctx: ServiceContext, input: ReportRange): HandlingReport {
  const range = widen(input);
  const { times, peaks } = sources(ctx.db, range, input.clientId);
  const empty = () => ({ regN: 0, regMs: 0, waitN: 0, waitMin: 0, stayN: 0, stayS: 0, peak: 0 });
  const periods = periodMap(range, empty);
  const all = empty();
  const at = (day: string) => periods.get(periodOf(day, range.granularity))!;
  for (const t of times) {
    for (const p of [at(t.day), all]) {
      p.regN += t.regN;
      p.regMs += t.regMs;
      p.stayN += t.stayN;
      p.stayS += t.stayS;
    }
  }
  for (const w of waits(ctx.db, range, input.clientId)) {
    for (const p of [at(w.day), all]) {
      p.waitN += 1;
      p.waitMin += w.minutes;
    }
  }
  let peakOnSite: { count: number; day: string | null } = { count: 0, day: null };
  for (const { day, peak } of peaks) {
    const p = at(day);
    p.peak = Math.max(p.peak, peak);
    // The first day it happened, when it happened more than once.
    if (peak > peakOnSite.count || (peak === peakOnSite.count && peak > 0 && day < peakOnSite.day!)) peakOnSite = { count: peak, day };
  }
  return {
    range,
    registrationSeconds: { count: all.regN, average: mean(all.regMs / 1000, all.regN) },
    arrivalToCheckInMinutes: { count: all.waitN, average: mean(all.waitMin, all.waitN) },
    visitMinutes: { count: all.stayN, average: mean(all.stayS / 60, all.stayN) },
    peakOnSite,
    periods: [...periods].map(([key, p]) => ({
      key,
      registrationSeconds: mean(p.regMs / 1000, p.regN),
      arrivalToCheckInMinutes: mean(p.waitMin, p.waitN),
      visitMinutes: mean(p.stayS / 60, p.stayN),
      peakOnSite: p.peak,
    })),
  };
}
