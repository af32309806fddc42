import { sql } from 'drizzle-orm';
import { CLIENT_TIERS, type ClientTier } from '../../../contract/clients';
import type { ReportRange, VisitsReport } from '../../../contract/reports';
import type { ServiceContext } from '../../core/context';
import type { ReadDb } from '../../core/write-path';
import { clientVisits, COUNTED_V, dayKindRows, type DayKindRow } from './client-visits';
import { periodMap, periodOf, widen, type CountedRange } from './periods';

/** Clients listed by name in `byClient`; the rest are summed. */
const TOP_CLIENTS = 20;

/** Whole history: the summary's rows per day and kind (visit_stats, read by its key). */
function summaryRows(db: ReadDb, range: CountedRange): DayKindRow[] {
  return db.all<DayKindRow>(sql`
    SELECT day, kind, sum(visits) AS visits, sum(new_day) AS newDay, sum(new_week) AS newWeek, sum(new_month) AS newMonth
    FROM visit_stats WHERE day BETWEEN ${range.from} AND ${range.to} GROUP BY day, kind`);
}

interface ClientCount {
  clientId: string;
  name: string;
  tier: ClientTier;
  visits: number;
}

/** Planned visits per client (by the plan's client as it is now), most first; read on visits_planned_day. */
function byClient(db: ReadDb, range: CountedRange, clientId: string | null): ClientCount[] {
  return db.all<ClientCount>(sql`
    SELECT c.id AS clientId, c.name, c.tier, count(*) AS visits
    FROM visits v JOIN visit_plans p ON p.id = v.plan_id JOIN clients c ON c.id = p.client_id
    WHERE v.plan_id IS NOT NULL AND v.visit_day BETWEEN ${range.from} AND ${range.to} AND ${COUNTED_V}
      ${clientId ? sql`AND p.client_id = ${clientId}` : sql``}
    GROUP BY c.id ORDER BY visits DESC, c.name_pinyin, c.id`);
}

/**
 * Visits and visitors per period, walk-in against planned, by client and tier.
 * Without a client: the summary (visitors = the period's first-visit marks
 * summed). With one: that client's planned visits read directly.
 */
export function visitsReport(ctx: ServiceContext, input: ReportRange): VisitsReport {
  const range = widen(input);
  const rows = input.clientId ? dayKindRows(clientVisits(ctx.db, range, input.clientId)) : summaryRows(ctx.db, range);
  const marks = { day: 'newDay', week: 'newWeek', month: 'newMonth' } as const;
  const periods = periodMap(range, () => ({ visits: 0, walkIns: 0, planned: 0, visitors: 0 }));
  for (const r of rows) {
    const p = periods.get(periodOf(r.day, range.granularity))!;
    p.visits += r.visits;
    if (r.kind === 'walk_in') p.walkIns += r.visits;
    else p.planned += r.visits;
    p.visitors += r[marks[range.granularity]];
  }
  const list = [...periods].map(([key, p]) => ({ key, ...p }));
  const clients = byClient(ctx.db, range, input.clientId);
  return {
    range,
    totals: {
      visits: list.reduce((s, p) => s + p.visits, 0),
      walkIns: list.reduce((s, p) => s + p.walkIns, 0),
      planned: list.reduce((s, p) => s + p.planned, 0),
    },
    periods: list,
    byClient: clients.slice(0, TOP_CLIENTS),
    otherClients: clients.slice(TOP_CLIENTS).reduce((s, c) => s + c.visits, 0),
    byTier: CLIENT_TIERS.map((tier) => ({ tier, visits: clients.filter((c) => c.tier === tier).reduce((s, c) => s + c.visits, 0) })),
  };
}
