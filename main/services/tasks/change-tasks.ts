import { and, asc, sql } from 'drizzle-orm';
import type { Task } from '../../../contract/tasks';
import { recordChanges } from '../../../db/schema';
import { localMinute } from '../../core/clock';
import type { ReadDb } from '../../core/write-path';
import { ROLE_PERMISSIONS } from '../../security/roles';
import { detailOf, plansOf } from './names';
import { dueFlags, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

/** Spelt as the partial index record_changes_pending holds it. */
const PENDING = sql`${recordChanges.status} = 'pending' AND ${recordChanges.deletedAt} IS NULL`;
/** A change waits a day for its decision before it shows as overdue. */
const DECIDE_WITHIN_MS = 24 * 60 * 60 * 1000;

/**
 * Changes to past visits' records waiting for a decision: in the inbox of
 * every user who may decide them (archive.approve), never the requester's
 * own. They belong to no one person, so the team view leaves them out.
 */
export function recordChangeTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  if (!viewer || !viewer.roles.some((r) => ROLE_PERMISSIONS[r].includes('archive.approve'))) return [];
  const rows = db
    .select()
    .from(recordChanges)
    .where(and(PENDING, sql`${recordChanges.requestedByUserId} IS NOT ${viewer.userId}`))
    .orderBy(asc(recordChanges.createdAt))
    .all();
  const plans = plansOf(db, rows.map((r) => r.planId));
  return rows.map((r) => ({
    key: `recordChange:${r.id}`,
    kind: 'recordChange',
    refId: r.id,
    title: plans.get(r.planId)?.title ?? '',
    detail: detailOf(r.requestedByName, r.reason),
    ...dueFlags(localMinute(new Date(Date.parse(r.createdAt) + DECIDE_WITHIN_MS)), clock),
    allDay: false,
    ownerUserId: viewer.userId,
    ownerName: viewer.name,
    priority: 1,
    escalated: false,
    link: { screen: 'pastVisit', id: r.planId },
  }));
}
