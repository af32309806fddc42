import { sql } from 'drizzle-orm';
import type { Task } from '../../../contract/tasks';
import { localDay } from '../../core/clock';
import type { ReadDb } from '../../core/write-path';
import { permissionsOf } from '../../security/roles';
import { detailOf } from './names';
import { dueFlags, endOfDay, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

interface WaitingDestruction {
  id: string;
  code: string;
  reason: string;
  requested_by_name: string;
  created_at: string;
  status: string;
}

/**
 * Destruction requests waiting for a manager's approval, for each manager who
 * may still give it (archive.approve, not the requester, not one who approved
 * already), or retry it (a failed one), read along destruction_requests_status.
 * Due by the end of the day after it was asked for; the deciding managers' own inbox only.
 */
export function destructionTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  if (!viewer) return [];
  const may = permissionsOf({ operatorId: viewer.userId, operatorName: viewer.name, roles: [...viewer.roles] });
  if (!may.has('archive.approve')) return [];
  const rows = db.all<WaitingDestruction>(
    sql`SELECT r.id, r.code, r.reason, r.requested_by_name, r.created_at, r.status FROM destruction_requests r
      WHERE r.status IN ('pending', 'failed') AND coalesce(r.requested_by_user_id, '') <> ${viewer.userId}
        AND (r.status = 'failed' OR NOT EXISTS (SELECT 1 FROM json_each(r.approvals) a WHERE json_extract(a.value, '$.userId') = ${viewer.userId}))
      ORDER BY r.created_at`,
  );
  return rows.map((r) => ({
    key: `destruction:${r.id}`,
    kind: 'destruction',
    refId: r.id,
    title: r.code,
    detail: detailOf(r.requested_by_name, r.reason),
    ...dueFlags(endOfDay(localDay(new Date(Date.parse(r.created_at) + 24 * 3600_000))), clock),
    allDay: true,
    ownerUserId: viewer.userId,
    ownerName: viewer.name,
    priority: 1,
    escalated: false,
    link: { screen: 'destruction', id: r.id },
  }));
}
