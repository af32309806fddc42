import { and, asc, eq, sql } from 'drizzle-orm';
import type { Task } from '../../../contract/tasks';
import { incidentCallbacks } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { clientsOf, detailOf, incidentsOf } from './names';
import { dueFlags, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

/** Spelt as the partial index incident_callbacks_open holds it (a literal, not a parameter: SQLite matches the text). */
const OPEN = sql`${incidentCallbacks.status} = 'open' AND ${incidentCallbacks.deletedAt} IS NULL`;

/** The 24-hour call-backs still to make, along incident_callbacks_open (owner, due). */
export function callBackTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  const rows = db
    .select()
    .from(incidentCallbacks)
    .where(and(OPEN, viewer ? eq(incidentCallbacks.ownerUserId, viewer.userId) : undefined, sql`${incidentCallbacks.dueAt} <= ${clock.horizonEnd}`))
    .orderBy(asc(incidentCallbacks.dueAt))
    .all();
  const incidents = incidentsOf(db, rows.map((r) => r.incidentId));
  const clients = clientsOf(db, [...incidents.values()].map((i) => i.clientId));
  return rows.map((r) => {
    const incident = incidents.get(r.incidentId);
    return {
      key: `callBack:${r.id}`,
      kind: 'callBack',
      refId: r.id,
      title: incident ? `${incident.code} ${incident.title}` : '',
      detail: detailOf(incident?.contactName, clients.get(incident?.clientId ?? '')?.name),
      ...dueFlags(r.dueAt, clock),
      allDay: false,
      ownerUserId: r.ownerUserId,
      ownerName: r.ownerName,
      priority: 1,
      escalated: false,
      link: { screen: 'incident', id: r.incidentId },
    } satisfies Task;
  });
}
