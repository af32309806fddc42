import { sql } from 'drizzle-orm';
import { PREFERENCE_KINDS, type PreferenceKind, type PreferencesReport, type ReportRange } from '../../../contract/reports';
import type { ServiceContext } from '../../core/context';
import { endOfDay, widen } from './periods';

const VALUES_PER_KIND = 15;
const TOP_CLIENTS = 10;
const TOP_NEEDS = 5;

interface GuestRow {
  needs: string;
  clientId: string | null;
  clientName: string | null;
}

type Counter = Map<string, number>;
const bump = (m: Counter, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
/** Most first, then by the words (a stable order for equal counts). */
const ranked = (m: Counter) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

/** A guest's stated needs, each trimmed; an empty one is not stated. */
function statedNeeds(json: string): [PreferenceKind, string][] {
  const needs = JSON.parse(json) as Partial<Record<PreferenceKind, unknown>>;
  return PREFERENCE_KINDS.flatMap((kind) => {
    const value = typeof needs[kind] === 'string' ? needs[kind].trim() : '';
    return value ? [[kind, value] as [PreferenceKind, string]] : [];
  });
}

/**
 * Client preferences (DIGEST 05): the needs the guests of plans arriving in
 * the range stated (diet, transport, accessibility, other), the same words
 * counted together; per client, its most stated needs. Plans cancelled or
 * deleted and guests taken off a list do not count. Plans are found along
 * visit_plans_ends (a plan arriving in the range ends in it or later), so the
 * years before the range are never read.
 */
export function preferencesReport(ctx: ServiceContext, input: ReportRange): PreferencesReport {
  const range = widen(input);
  const guests = ctx.db.all<GuestRow>(sql`
    SELECT g.needs, p.client_id AS clientId, c.name AS clientName
    FROM visit_plans p JOIN plan_guests g ON g.plan_id = p.id LEFT JOIN clients c ON c.id = p.client_id
    WHERE coalesce(p.departure_at, p.arrival_at) >= ${range.from} AND p.arrival_at >= ${range.from} AND p.arrival_at < ${endOfDay(range.to)}
      AND p.deleted_at IS NULL AND p.status <> 'cancelled'
      AND g.deleted_at IS NULL ${input.clientId ? sql`AND p.client_id = ${input.clientId}` : sql``}`);
  const kinds = new Map(PREFERENCE_KINDS.map((k) => [k, { stated: 0, values: new Map() as Counter }]));
  const clients = new Map<string, { name: string; guests: number; needs: Counter }>();
  for (const g of guests) {
    const stated = statedNeeds(g.needs);
    for (const [kind, value] of stated) {
      const k = kinds.get(kind)!;
      k.stated += 1;
      bump(k.values, value);
    }
    if (g.clientId === null || input.clientId) continue;
    const client = clients.get(g.clientId) ?? { name: g.clientName ?? '', guests: 0, needs: new Map() };
    clients.set(g.clientId, client);
    client.guests += 1;
    for (const [kind, value] of stated) bump(client.needs, `${kind}\u0000${value}`);
  }
  return {
    range,
    guests: guests.length,
    kinds: PREFERENCE_KINDS.map((kind) => {
      const k = kinds.get(kind)!;
      return { kind, stated: k.stated, values: ranked(k.values).slice(0, VALUES_PER_KIND).map(([value, n]) => ({ value, guests: n })) };
    }),
    clients: [...clients]
      .sort((a, b) => b[1].guests - a[1].guests || a[1].name.localeCompare(b[1].name, 'zh-CN'))
      .slice(0, TOP_CLIENTS)
      .map(([clientId, c]) => ({
        clientId,
        name: c.name,
        guests: c.guests,
        top: ranked(c.needs)
          .slice(0, TOP_NEEDS)
          .map(([key, n]) => {
            const [kind, value] = key.split('\u0000') as [PreferenceKind, string];
            return { kind, value, guests: n };
          }),
      })),
  };
}
