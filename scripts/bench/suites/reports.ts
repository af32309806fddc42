import type Database from 'better-sqlite3';
import { rebuildReportSummaries } from '../../../main/app/report-summaries';
import type { BenchCore } from '../bench-core';
import { floorSamples, hasTable, planOf } from '../floor-db';
import { opResult, type OpResult } from '../results';
import { sampleOver, timeOnce } from '../stats';

const GROUP = 'reports';
const COUNTED = `v.deleted_at IS NULL AND v.check_in_at IS NOT NULL AND v.status IN ('on_site', 'checked_out')`;

interface Floor {
  sql: string;
  note: string;
  /** Parameters by name (@from, @to) rather than in order. */
  named?: boolean;
}

/*
 * The raw SQL that answers each chart's main question on the same file, the
 * fastest way the schema allows (the summaries, or the planned visits by
 * day): the app's figure adds the periods, the other parts of the chart
 * (by client, busiest hours, waits...) and the output check. Beside it, once,
 * the same question asked of the visits themselves without summaries: what
 * the summaries save.
 */
const FLOORS: Record<string, Floor> = {
  visits: {
    sql: `SELECT day, kind, sum(visits), sum(new_month) FROM visit_stats WHERE day BETWEEN ? AND ? GROUP BY day, kind`,
    note: 'floor: visits and first-visit marks per day and kind from visit_stats',
  },
  peakHours: {
    sql: `SELECT (CAST(strftime('%w', day) AS INTEGER) + 6) % 7 AS weekday, hour, sum(visits) FROM visit_stats WHERE day BETWEEN ? AND ? GROUP BY weekday, hour`,
    note: 'floor: weekday × hour from visit_stats',
  },
  handling: {
    sql: `SELECT day, sum(reg_n), sum(reg_ms), sum(stay_n), sum(stay_s), (SELECT peak FROM visit_day_peaks k WHERE k.day = s.day) FROM visit_stats s WHERE day BETWEEN ? AND ? GROUP BY day`,
    note: 'floor: registration and stay sums per day with the day’s peak',
  },
  preferences: {
    sql: `SELECT g.needs, p.client_id FROM visit_plans p JOIN plan_guests g ON g.plan_id = p.id WHERE p.arrival_at >= ? AND p.arrival_at < ? || 'T24:00' AND p.deleted_at IS NULL AND g.deleted_at IS NULL`,
    note: 'floor: the guests’ needs of plans arriving in the range (parsing left out)',
  },
  service: {
    sql: `SELECT (SELECT count(*) FROM feedback_responses WHERE given_at >= @from AND given_at < @to || 'T24:00'), (SELECT count(*) FROM incidents WHERE received_at >= @from AND received_at < @to || 'T24:00' AND category = 'complaint'),
      (SELECT count(*) FROM checklist_items WHERE due_at >= @from AND due_at < @to || 'T24:00'), (SELECT count(*) FROM followup_steps WHERE due_day BETWEEN @from AND @to)`,
    named: true,
    note: 'floor: the rows each service figure reads, counted (no answers parsed, no verdicts)',
  },
};

/** The same questions without the summaries: distinct visitors per month, and the weekday × hour grid, from visits. */
const WITHOUT_SUMMARIES = [
  `SELECT substr(v.visit_day, 1, 7) AS m, v.kind, count(*), count(DISTINCT v.person_id) FROM visits v WHERE v.visit_day BETWEEN ? AND ? AND ${COUNTED} GROUP BY m, v.kind`,
  `SELECT strftime('%w', v.visit_day), strftime('%H', v.check_in_at, 'localtime'), count(*) FROM visits v WHERE v.visit_day BETWEEN ? AND ? AND ${COUNTED} GROUP BY 1, 2`,
];

const CHANNELS = ['visits', 'peakHours', 'handling', 'preferences', 'service'] as const;

/**
 * The reports screen's five charts (issue 16 item 4: under 200 ms on a year
 * of a busy desk, under 1 s on ten years), each on the last year and on the
 * whole history, month by month and day by day, beside the raw-SQL floor;
 * then the summaries made from scratch, as the migration's backfill does.
 */
export async function benchReports(bench: BenchCore, db: Database.Database, rounds: number): Promise<OpResult[]> {
  if (!hasTable(db, 'visit_stats')) return [];
  const span = db.prepare('SELECT min(visit_day) AS first, max(visit_day) AS last FROM visits').get() as { first: string; last: string };
  const yearAgo = `${Number(span.last.slice(0, 4)) - 1}${span.last.slice(4)}`;
  const client = db.prepare('SELECT p.client_id FROM visits v JOIN visit_plans p ON p.id = v.plan_id WHERE v.plan_id IS NOT NULL AND p.client_id IS NOT NULL GROUP BY p.client_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string | undefined;
  const ranges = [
    { label: 'last year, by month', budget: 'reportYear' as const, input: { from: yearAgo, to: span.last, granularity: 'month' } },
    { label: 'last year, by day', budget: 'reportYear' as const, input: { from: yearAgo, to: span.last, granularity: 'day' } },
    { label: 'whole history, by month', budget: 'reportAll' as const, input: { from: span.first, to: span.last, granularity: 'month' } },
    { label: 'whole history, by day', budget: 'reportAll' as const, input: { from: span.first, to: span.last, granularity: 'day' } },
    ...(client ? [{ label: 'whole history, busiest client, by month', budget: 'reportAll' as const, input: { from: span.first, to: span.last, granularity: 'month', clientId: client } }] : []),
  ];
  const visitsIn = db.prepare(`SELECT count(*) FROM visits v WHERE v.visit_day BETWEEN ? AND ? AND ${COUNTED}`).pluck();
  const results: OpResult[] = [];
  for (const r of ranges) {
    const visits = visitsIn.get(r.input.from, r.input.to) as number;
    for (const channel of CHANNELS) {
      const floor = FLOORS[channel]!;
      const stmt = db.prepare(floor.sql);
      const params: unknown[] = floor.named ? [{ from: r.input.from, to: r.input.to }] : [r.input.from, r.input.to];
      results.push(
        opResult({
          group: GROUP,
          name: `reports.${channel} (${r.label})`,
          budget: r.budget,
          app: await sampleOver([r.input], (input) => bench.call(`reports.${channel}`, input), { rounds }),
          floor: floorSamples([params], (p) => stmt.all(...p), rounds),
          floorNote: floor.note,
          // The floor reads what the chart's main figure needs; the app answers the whole chart and checks its output: context, not a bound.
          floorBound: false,
          detail: { visits, ...r.input, floorPlan: planOf(db, floor.sql, params) },
        }),
      );
    }
  }
  const whole = [span.first, span.last];
  for (const sql of WITHOUT_SUMMARIES) {
    const stmt = db.prepare(sql);
    results.push(
      opResult({
        group: GROUP,
        name: `without summaries: ${sql.slice(7, 60)}… (whole history)`,
        budget: 'none',
        app: floorSamples([whole], (p) => stmt.all(...p), Math.max(1, Math.floor(rounds / 5))),
        floor: null,
        floorNote: 'floor n/a: context, what a chart would cost read from visits without the summaries',
        detail: { plan: planOf(db, sql, whole) },
      }),
    );
  }
  // The backfill: every visit counted from scratch, in one transaction (what the data migration does once).
  let counted = 0;
  const ms = await timeOnce(() => {
    counted = rebuildReportSummaries(db);
  });
  results.push(
    opResult({
      group: GROUP,
      name: 'summaries made from scratch (the migration’s backfill)',
      budget: 'none',
      app: [ms],
      floor: null,
      floorNote: 'floor n/a: timed once, visit_stats and visit_day_peaks rebuilt from every visit',
      detail: { counted },
    }),
  );
  return results;
}
