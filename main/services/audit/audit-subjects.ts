import { sql } from 'drizzle-orm';
import { SUBJECT_SEPARATOR } from '../../../contract/audit-text';
import { DESTROYED_NAME } from '../../../contract/retention';
import type { AuditEntryView } from '../../../contract/audit';
import { auditLog, clients, documents, feedbackResponses, feedbackTemplates, people, users, visitPlans, visits } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';

/*
 * An entry's subject: its record named as it is now, read by key for the
 * entries shown (one `IN (...)` on the primary key per kind of record, its
 * statement prepared once), so the
 * log need not repeat in every detail what the record's own row holds. A
 * record that retention destroyed (a deleted document, an anonymised person
 * and their visits) names nothing. Kinds without a name of their own
 * (settings, keys, backups …) have no subject.
 */

/** The ids asked for, as one JSON text: the statement stays the same whatever their number, so it is prepared once. */
const IDS = sql`(SELECT value FROM json_each(${sql.placeholder('ids')}))`;

/** Each kind's name, in parts (the first is the one retention replaces when it destroys the record). */
const SELECTS = {
  // The visit's own snapshot of who came (older rows without one: the person's record), then its badge.
  visit: (db: ReadDb) =>
    db
      .select({ id: visits.id, first: sql<string | null>`coalesce(${visits.visitorName}, ${people.name})`, second: visits.badgeNo })
      .from(visits)
      .leftJoin(people, sql`${people.id} = ${visits.personId}`)
      .where(sql`${visits.id} IN ${IDS}`),
  person: (db: ReadDb) => db.select({ id: people.id, first: people.name, second: sql<null>`NULL` }).from(people).where(sql`${people.id} IN ${IDS}`),
  plan: (db: ReadDb) => db.select({ id: visitPlans.id, first: visitPlans.title, second: sql<null>`NULL` }).from(visitPlans).where(sql`${visitPlans.id} IN ${IDS}`),
  client: (db: ReadDb) => db.select({ id: clients.id, first: clients.name, second: sql<null>`NULL` }).from(clients).where(sql`${clients.id} IN ${IDS}`),
  document: (db: ReadDb) => db.select({ id: documents.id, first: documents.code, second: documents.title }).from(documents).where(sql`${documents.id} IN ${IDS}`),
  user: (db: ReadDb) => db.select({ id: users.id, first: users.name, second: users.login }).from(users).where(sql`${users.id} IN ${IDS}`),
  // Who answered (their record's name, else the name they gave), then the questionnaire.
  feedbackResponse: (db: ReadDb) =>
    db
      .select({
        id: feedbackResponses.id,
        first: sql<string | null>`coalesce(${people.name}, nullif(${feedbackResponses.respondentName}, ''))`,
        second: sql<string | null>`json_extract(${feedbackTemplates.name}, '$.zh')`,
      })
      .from(feedbackResponses)
      .leftJoin(people, sql`${people.id} = ${feedbackResponses.personId}`)
      .leftJoin(feedbackTemplates, sql`${feedbackTemplates.id} = ${feedbackResponses.templateId}`)
      .where(sql`${feedbackResponses.id} IN ${IDS}`),
};
type Entity = keyof typeof SELECTS;
type Prepared = { all: (values: { ids: string }) => { id: string; first: string | null; second: string | null }[] };

/** Statements prepared once per connection: building and preparing them cost more than running them. */
const preparedByDb = new WeakMap<ReadDb, Map<Entity, Prepared>>();

function preparedFor(db: ReadDb, entity: Entity): Prepared {
  let byEntity = preparedByDb.get(db);
  if (!byEntity) preparedByDb.set(db, (byEntity = new Map()));
  let statement = byEntity.get(entity);
  if (!statement) byEntity.set(entity, (statement = SELECTS[entity](db).prepare() as unknown as Prepared));
  return statement;
}

const isEntity = (entity: string): entity is Entity => Object.hasOwn(SELECTS, entity);

/** A record retention destroyed keeps its row under this name (or is gone): it names nothing. */
function subjectText(first: string | null, second: string | null): string | null {
  if (first === DESTROYED_NAME) return null;
  const parts = [first, second].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(SUBJECT_SEPARATOR) : null;
}

/** Subjects of these entries, keyed by `entity:entityId`; an entry not in the map has none. */
export function resolveSubjects(db: ReadDb, entries: readonly { entity: string; entityId: string | null }[]): Map<string, string> {
  const idsByEntity = new Map<Entity, Set<string>>();
  for (const e of entries) {
    if (!e.entityId || !isEntity(e.entity)) continue;
    const ids = idsByEntity.get(e.entity) ?? new Set<string>();
    ids.add(e.entityId);
    idsByEntity.set(e.entity, ids);
  }
  const subjects = new Map<string, string>();
  for (const [entity, ids] of idsByEntity) {
    for (const row of preparedFor(db, entity).all({ ids: JSON.stringify([...ids]) })) {
      const text = subjectText(row.first, row.second);
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
