import { and, asc, eq, sql } from 'drizzle-orm';
import type { Task } from '../../../contract/tasks';
import { feedbackRequests } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { clientsOf, detailOf, peopleOf, plansOf, tierPriority } from './names';
import { dueFlags, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

/** Spelt as the partial index feedback_requests_open holds it. */
const OPEN = sql`${feedbackRequests.status} = 'open' AND ${feedbackRequests.deletedAt} IS NULL`;

/** "Request feedback" duties still open, along feedback_requests_open (owner, due). */
export function feedbackRequestTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  const rows = db
    .select()
    .from(feedbackRequests)
    .where(and(OPEN, viewer ? eq(feedbackRequests.ownerUserId, viewer.userId) : undefined, sql`${feedbackRequests.dueAt} <= ${clock.horizonEnd}`))
    .orderBy(asc(feedbackRequests.dueAt))
    .all();
  const plans = plansOf(db, rows.map((r) => r.planId));
  const people = peopleOf(db, rows.map((r) => r.personId));
  const clients = clientsOf(db, rows.map((r) => r.clientId));
  return rows.map((r) => {
    const client = clients.get(r.clientId ?? '');
    // Named by what it asks about, the most specific first: the visit's plan, the visitor, the client.
    const [title = r.code, ...rest] = [plans.get(r.planId ?? '')?.title, people.get(r.personId ?? '')?.name, client?.name].filter((p): p is string => !!p);
    return {
      key: `feedbackRequest:${r.id}`,
      kind: 'feedbackRequest',
      refId: r.id,
      title,
      detail: detailOf(...rest, r.code),
      ...dueFlags(r.dueAt, clock),
      allDay: false,
      ownerUserId: r.ownerUserId,
      ownerName: r.ownerName,
      priority: tierPriority(client?.tier),
      escalated: false,
      link: { screen: 'feedback', id: r.id },
    } satisfies Task;
  });
}
