import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { FOLLOWUP_URGENCIES } from '../../../contract/followups';
import type { Task } from '../../../contract/tasks';
import { followupPlans, followupSteps } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import { clientsOf, detailOf, tierPriority } from './names';
import { dueFlags, endOfDay, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

/** Spelt as the partial index followup_steps_open holds it. */
const OPEN = sql`${followupSteps.status} = 'open' AND ${followupSteps.deletedAt} IS NULL`;

/**
 * Open steps of active sequences, along followup_steps_open (owner, due day).
 * The sequence's status is asked with a unary + so SQLite never starts from
 * the sequences' status index (every sequence ever finished) instead.
 */
export function followupStepTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  const rows = db
    .select({ step: followupSteps, title: followupPlans.title, clientId: followupPlans.clientId, urgency: followupPlans.urgency })
    .from(followupSteps)
    .innerJoin(followupPlans, eq(followupPlans.id, followupSteps.followupId))
    .where(
      and(
        OPEN,
        viewer ? eq(followupSteps.ownerUserId, viewer.userId) : undefined,
        sql`${followupSteps.dueDay} <= ${clock.horizonEnd.slice(0, 10)}`,
        sql`+${followupPlans.status} = 'active'`,
        isNull(followupPlans.deletedAt),
      ),
    )
    .orderBy(asc(followupSteps.dueDay))
    .all();
  const clients = clientsOf(db, rows.map((r) => r.clientId));
  return rows.map(({ step, title, clientId, urgency }) => {
    const client = clients.get(clientId);
    return {
      key: `followupStep:${step.id}`,
      kind: 'followupStep',
      refId: step.id,
      title: step.title,
      detail: detailOf(client?.name, title),
      ...dueFlags(endOfDay(step.dueDay), clock),
      allDay: true,
      ownerUserId: step.ownerUserId,
      ownerName: step.ownerName,
      // A VIP's step first, then by the sequence's urgency.
      priority: Math.min(tierPriority(client?.tier), FOLLOWUP_URGENCIES.indexOf(urgency)),
      escalated: false,
      link: { screen: 'followup', id: step.followupId },
    } satisfies Task;
  });
}
