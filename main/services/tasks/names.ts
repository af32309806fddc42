import { inArray } from 'drizzle-orm';
import { clients, incidents, people, visitPlans } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';

/*
 * The words a task's second line needs, read by primary key for the few rows
 * a page names (never joined into the indexed reads, whose partial-index
 * conditions name their own table's columns).
 */

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

const present = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))];

export function clientsOf(db: ReadDb, ids: (string | null)[]) {
  const want = present(ids);
  if (want.length === 0) return new Map<string, { id: string; name: string; tier: string }>();
  return byId(db.select({ id: clients.id, name: clients.name, tier: clients.tier }).from(clients).where(inArray(clients.id, want)).all());
}

export function plansOf(db: ReadDb, ids: (string | null)[]) {
  const want = present(ids);
  if (want.length === 0) return new Map<string, { id: string; title: string }>();
  return byId(db.select({ id: visitPlans.id, title: visitPlans.title }).from(visitPlans).where(inArray(visitPlans.id, want)).all());
}

export function peopleOf(db: ReadDb, ids: (string | null)[]) {
  const want = present(ids);
  if (want.length === 0) return new Map<string, { id: string; name: string }>();
  return byId(db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, want)).all());
}

export function incidentsOf(db: ReadDb, ids: (string | null)[]) {
  const want = present(ids);
  if (want.length === 0) return new Map<string, { id: string; code: string; title: string; tier: string; contactName: string; clientId: string | null }>();
  return byId(
    db
      .select({ id: incidents.id, code: incidents.code, title: incidents.title, tier: incidents.tier, contactName: incidents.contactName, clientId: incidents.clientId })
      .from(incidents)
      .where(inArray(incidents.id, want))
      .all(),
  );
}

/** The priority a client's tier gives (VIP most pressing), as contract task.priority counts. */
export function tierPriority(tier: string | undefined): number {
  return tier === 'vip' ? 0 : tier === 'key' ? 1 : 2;
}

/** A second line from its parts, leaving out the empty ones. */
export function detailOf(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join(' · ');
}
