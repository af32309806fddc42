import { asc, sql } from 'drizzle-orm';
import { INCIDENT_TIERS, type IncidentTier } from '../../../contract/incidents';
import type { Task, TaskKind } from '../../../contract/tasks';
import { incidents, OPEN_INCIDENT_SQL } from '../../../db/schema/incidents';
import type { ReadDb } from '../../core/write-path';
import { clientsOf, detailOf } from './names';
import { dueFlags, type TaskClock } from './task-clock';
import { isManager, type Viewer } from './viewer';

type OpenIncident = Pick<
  typeof incidents.$inferSelect,
  'id' | 'code' | 'title' | 'tier' | 'source' | 'contactName' | 'clientId' | 'ownerUserId' | 'ownerRole' | 'ownerName' | 'involvedIds' | 'deadlineAt' | 'escalations'
>;

/**
 * Every open incident, along the partial index incidents_open_deadline: it
 * holds only incidents still running (received, classified, dispatched), so
 * the read never grows with the archive.
 */
function openIncidents(db: ReadDb): OpenIncident[] {
  return db
    .select({
      id: incidents.id,
      code: incidents.code,
      title: incidents.title,
      tier: incidents.tier,
      source: incidents.source,
      contactName: incidents.contactName,
      clientId: incidents.clientId,
      ownerUserId: incidents.ownerUserId,
      ownerRole: incidents.ownerRole,
      ownerName: incidents.ownerName,
      involvedIds: incidents.involvedIds,
      deadlineAt: incidents.deadlineAt,
      escalations: incidents.escalations,
    })
    .from(incidents)
    .where(sql`${OPEN_INCIDENT_SQL} AND ${incidents.deadlineAt} IS NOT NULL`)
    .orderBy(asc(incidents.deadlineAt))
    .all();
}

/** Critical first: the tier's place from the top. */
const tierPriority = (tier: IncidentTier) => INCIDENT_TIERS.length - 1 - INCIDENT_TIERS.indexOf(tier);

function involves(row: OpenIncident, userId: string): boolean {
  try {
    const ids = JSON.parse(row.involvedIds) as unknown;
    return Array.isArray(ids) && ids.includes(userId);
  } catch {
    return false;
  }
}

/**
 * Which of a user's inbox an open incident belongs in, if any: for managers
 * any red alert; theirs (or their role's queue) within the horizon; any
 * escalated one they were involved in. Alerts show whatever their deadline
 * (an alert is news, not a deadline).
 */
function kindFor(row: OpenIncident, viewer: Viewer, clock: TaskClock): TaskKind | null {
  // A red alert is one for every manager, the one it is given to (or whose queue holds it) too.
  if (isManager(viewer) && row.source === 'feedback') return 'redAlert';
  const mine = row.ownerUserId === viewer.userId || (row.ownerUserId === null && row.ownerRole !== null && viewer.roles.includes(row.ownerRole));
  if (mine) return row.deadlineAt! <= clock.horizonEnd ? 'incident' : null;
  if (row.escalations > 0 && involves(row, viewer.userId)) return 'escalation';
  return null;
}

function taskOf(row: OpenIncident, kind: TaskKind, clientName: string | undefined, clock: TaskClock): Task {
  return {
    key: `${kind}:${row.id}`,
    kind,
    refId: row.id,
    title: `${row.code} ${row.title}`,
    detail: detailOf(row.contactName, clientName),
    ...dueFlags(row.deadlineAt!, clock),
    allDay: false,
    ownerUserId: row.ownerUserId,
    // A queue's tasks are named by its role (the renderer says the role's name).
    ownerName: row.ownerUserId === null ? (row.ownerRole ?? '') : row.ownerName,
    priority: kind === 'incident' ? tierPriority(row.tier) : 0,
    escalated: row.escalations > 0,
    link: { screen: 'incident', id: row.id },
  };
}

/** The incident tasks of one user's inbox, or (viewer null) every open incident under its owner within the horizon. */
export function incidentTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  const rows = openIncidents(db);
  const picked = rows.flatMap((row) => {
    const kind = viewer ? kindFor(row, viewer, clock) : row.deadlineAt! <= clock.horizonEnd ? 'incident' : null;
    return kind ? [{ row, kind }] : [];
  });
  const names = clientsOf(db, picked.map((p) => p.row.clientId));
  return picked.map(({ row, kind }) => taskOf(row, kind, names.get(row.clientId ?? '')?.name, clock));
}
