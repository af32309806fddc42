import { sql } from 'drizzle-orm';
import type { Task } from '../../../contract/tasks';
import { localDay } from '../../core/clock';
import type { ReadDb } from '../../core/write-path';
import { permissionsOf } from '../../security/roles';
import { detailOf } from './names';
import { dueFlags, endOfDay, type TaskClock } from './task-clock';
import type { Viewer } from './viewer';

interface PendingVersion {
  id: string;
  document_id: string;
  version_no: number;
  reason: string;
  submitted_by_name: string;
  created_at: string;
  code: string;
  title: string;
}

/**
 * New versions of archive documents waiting for a decision, for each manager
 * who may decide them (archive.approve, not the submitter; a confidential
 * document only for those who may see it), read along document_versions_pending.
 * Due by the end of the day after it was submitted. The team view has no
 * owner to put them under, so they are the deciding managers' own inbox only.
 */
export function documentVersionTasks(db: ReadDb, viewer: Viewer | null, clock: TaskClock): Task[] {
  if (!viewer) return [];
  const may = permissionsOf({ operatorId: viewer.userId, operatorName: viewer.name, roles: [...viewer.roles] });
  if (!may.has('archive.approve')) return [];
  const rows = db.all<PendingVersion>(
    sql`SELECT v.id, v.document_id, v.version_no, v.reason, v.submitted_by_name, v.created_at, d.code, d.title
      FROM document_versions v JOIN documents d ON d.id = v.document_id
      WHERE v.status = 'pending' AND v.deleted_at IS NULL AND d.deleted_at IS NULL
        AND coalesce(v.submitted_by_user_id, '') <> ${viewer.userId}
        ${may.has('archive.confidential') ? sql`` : sql`AND d.security <> 'confidential'`}
      ORDER BY v.created_at`,
  );
  return rows.map((r) => ({
    key: `documentVersion:${r.id}`,
    kind: 'documentVersion',
    refId: r.id,
    title: `${r.code} ${r.title}`,
    detail: detailOf(`v${r.version_no}`, r.submitted_by_name, r.reason),
    ...dueFlags(endOfDay(localDay(new Date(Date.parse(r.created_at) + 24 * 3600_000))), clock),
    allDay: true,
    ownerUserId: viewer.userId,
    ownerName: viewer.name,
    priority: 1,
    escalated: false,
    link: { screen: 'document', id: r.document_id },
  }));
}
