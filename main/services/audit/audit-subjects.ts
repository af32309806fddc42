import { inArray, sql } from 'drizzle-orm';
import { SUBJECT_SEPARATOR } from '../../../contract/audit-text';
import { DESTROYED_NAME } from '../../../contract/retention';
import type { AuditEntryView } from '../../../contract/audit';
import { auditLog, clients, documents, people, users, visitPlans, visits } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';

/*
 * An entry's subject: its record named as it is now, read by key for the
 * entries shown (one `IN (...)` on the primary key per kind of record), so the
 * log need not repeat in every detail what the record's own row holds. A
 * record that retention destroyed (a deleted document, an anonymised person
 * and their visits) names nothing. Kinds without a name of their own
 * (settings, keys, backups …) have no subject.
 */

type Named = { id: string; parts: (string | null)[] };
type Reader = (db: ReadDb, ids: string[]) => Named[];

const named = (name: string | null) => (name === DESTROYED_NAME ? null : name);

const READERS: Record<string, Reader> = {
  // The visit's own snapshot of who came (older rows without one: the person's record), then its badge.
  visit: (db, ids) =>
    db
      .select({ id: visits.id, name: sql<string | null>`coalesce(${visits.visitorName}, ${people.name})`, badgeNo: visits.badgeNo })
      .from(visits)
      .leftJoin(people, sql`${people.id} = ${visits.personId}`)
      .where(inArray(visits.id, ids))
      .all()
      .map((v) => ({ id: v.id, parts: named(v.name) === null ? [] : [v.name, v.badgeNo] })),
  person: (db, ids) =>
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(inArray(people.id, ids))
      .all()
      .map((p) => ({ id: p.id, parts: [named(p.name)] })),
  plan: (db, ids) =>
    db
      .select({ id: visitPlans.id, title: visitPlans.title })
      .from(visitPlans)
      .where(inArray(visitPlans.id, ids))
      .all()
      .map((p) => ({ id: p.id, parts: [p.title] })),
  client: (db, ids) =>
    db
      .select({ id: clients.id, name: clients.name })
      .from(clients)
      .where(inArray(clients.id, ids))
      .all()
      .map((c) => ({ id: c.id, parts: [named(c.name)] })),
  document: (db, ids) =>
    db
      .select({ id: documents.id, code: documents.code, title: documents.title })
      .from(documents)
      .where(inArray(documents.id, ids))
      .all()
      .map((d) => ({ id: d.id, parts: [d.code, d.title] })),
  user: (db, ids) =>
    db
      .select({ id: users.id, name: users.name, login: users.login })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => ({ id: u.id, parts: [u.name, u.login] })),
};

/** The entity kinds that have a subject. */
export const SUBJECT_ENTITIES = Object.keys(READERS);

function subjectText(parts: (string | null)[]): string | null {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length > 0 ? kept.join(SUBJECT_SEPARATOR) : null;
}

/** Subjects of these entries, keyed by `entity:entityId`; an entry not in the map has none. */
export function resolveSubjects(db: ReadDb, entries: readonly { entity: string; entityId: string | null }[]): Map<string, string> {
  const idsByEntity = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.entityId || !READERS[e.entity]) continue;
    const ids = idsByEntity.get(e.entity) ?? new Set<string>();
    ids.add(e.entityId);
    idsByEntity.set(e.entity, ids);
  }
  const subjects = new Map<string, string>();
  for (const [entity, ids] of idsByEntity) {
    for (const row of READERS[entity]!(db, [...ids])) {
      const text = subjectText(row.parts);
      if (text !== null) subjects.set(subjectKey(entity, row.id), text);
    }
  }
  return subjects;
}

export function subjectKey(entity: string, entityId: string | null): string {
  return `${entity}:${entityId ?? ''}`;
}

type ViewedRow = Pick<typeof auditLog.$inferSelect, 'seq' | 'at' | 'actor' | 'action' | 'entity' | 'entityId' | 'detail'>;

/** Entries as the screen, the export and a past visit's file show them, each with its record's subject (read by key for these rows only). */
export function toViews(db: ReadDb, rows: readonly ViewedRow[]): AuditEntryView[] {
  const subjects = resolveSubjects(db, rows);
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    subject: subjects.get(subjectKey(row.entity, row.entityId)) ?? null,
  }));
}
