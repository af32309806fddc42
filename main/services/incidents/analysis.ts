import { sql } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { isOpenIncident, type AnalysisGroup, type AnalysisRow, type IncidentStatus } from '../../../contract/incidents';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { escalateDue } from './escalation';
import { isOverdue } from './rows';

interface Fact {
  id: string;
  category: string;
  tier: string;
  status: IncidentStatus;
  root_cause: string | null;
  client_id: string | null;
  client_name: string | null;
  received_at: string;
  resolved_at: string | null;
  deadline_at: string | null;
  resolved_late: number;
  escalations: number;
  /** Average of this incident's scored call-backs. */
  score: number | null;
}

const minutesOf = (m: string) => Date.parse(`${m}:00Z`) / 60_000;

/** The Monday of a day's week (weeks start on Monday in China). */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function keyOf(f: Fact, groupBy: AnalysisGroup): { key: string; label: string } {
  switch (groupBy) {
    case 'category':
      return { key: f.category, label: '' };
    case 'rootCause':
      return { key: f.root_cause ?? '', label: '' };
    case 'tier':
      return { key: f.tier, label: '' };
    case 'client':
      return { key: f.client_id ?? '', label: f.client_name ?? '' };
    case 'day':
      return { key: f.received_at.slice(0, 10), label: '' };
    case 'week':
      return { key: weekOf(f.received_at.slice(0, 10)), label: '' };
    case 'month':
      return { key: `${f.received_at.slice(0, 7)}-01`, label: '' };
  }
}

function rowOf(key: string, label: string, facts: Fact[], nowMinute: string): AnalysisRow {
  const resolved = facts.filter((f) => f.resolved_at !== null);
  const scored = facts.filter((f) => f.score !== null);
  const mean = (xs: number[]) => (xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10);
  return {
    key,
    label,
    count: facts.length,
    complaints: facts.filter((f) => f.category === 'complaint').length,
    critical: facts.filter((f) => f.tier === 'critical').length,
    escalated: facts.filter((f) => f.escalations > 0).length,
    late: facts.filter((f) => f.resolved_late === 1 || (isOpenIncident(f.status) && isOverdue(f.deadline_at, nowMinute))).length,
    avgResolveMinutes: mean(resolved.map((f) => minutesOf(f.resolved_at!) - minutesOf(f.received_at))),
    avgCallBackScore: mean(scored.map((f) => f.score!)),
  };
}

/**
 * Frequent and serious causes: incidents received in the period (read down
 * incidents_received), counted per group. Coded keys are translated by the
 * renderer; periods come in time order, the others most frequent first.
 */
export function incidentAnalysis(ctx: ServiceContext, input: Parsed<'incidents', 'analysis'>): Output<'incidents', 'analysis'> {
  escalateDue(ctx);
  const nowMinute = localMinute(ctx.now());
  const facts = ctx.db.all<Fact>(
    sql`SELECT i.id, i.category, i.tier, i.status, i.root_cause, i.client_id, c.name AS client_name, i.received_at, i.resolved_at, i.deadline_at,
          i.resolved_late, i.escalations,
          (SELECT AVG(cb.score) FROM incident_callbacks cb WHERE cb.incident_id = i.id AND cb.score IS NOT NULL AND cb.deleted_at IS NULL) AS score
        FROM incidents i LEFT JOIN clients c ON c.id = i.client_id
        WHERE i.received_at >= ${input.from} AND i.received_at <= ${`${input.to}T23:59`} AND i.deleted_at IS NULL`,
  );
  const groups = new Map<string, { label: string; facts: Fact[] }>();
  for (const f of facts) {
    const { key, label } = keyOf(f, input.groupBy);
    const group = groups.get(key) ?? { label, facts: [] };
    group.facts.push(f);
    groups.set(key, group);
  }
  const rows = [...groups].map(([key, g]) => rowOf(key, g.label, g.facts, nowMinute));
  const byPeriod = input.groupBy === 'day' || input.groupBy === 'week' || input.groupBy === 'month';
  rows.sort(byPeriod ? (a, b) => a.key.localeCompare(b.key) : (a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { rows, total: rowOf('', '', facts, nowMinute) };
}
