import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/*
 * Rows of the after-the-visit tables written straight into a test core's
 * database: the task inbox reads these tables, whichever service writes them.
 */

const STAMP = '2026-11-01T00:00:00.000Z';

function insert(sqlite: Database.Database, table: string, values: Record<string, unknown>): string {
  const id = (values.id as string | undefined) ?? randomUUID();
  const row: Record<string, unknown> = { id, created_at: STAMP, updated_at: STAMP, device_id: 'test', ...values };
  const columns = Object.keys(row);
  sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => (typeof row[c] === 'boolean' ? Number(row[c]) : row[c])));
  return id;
}

let incidentNo = 0;

export function seedIncident(
  sqlite: Database.Database,
  v: { title: string; deadlineAt: string | null; ownerUserId?: string | null; ownerName?: string; ownerRole?: string | null; status?: string; tier?: string; source?: string; involved?: string[]; escalations?: number; clientId?: string; contactName?: string; reporterId?: string },
): string {
  incidentNo += 1;
  return insert(sqlite, 'incidents', {
    code: `IN-261203-${String(incidentNo).padStart(3, '0')}`,
    category: 'complaint',
    tier: v.tier ?? 'ordinary',
    status: v.status ?? (v.ownerUserId ? 'dispatched' : 'received'),
    source: v.source ?? 'desk',
    title: v.title,
    contact_name: v.contactName ?? '',
    client_id: v.clientId ?? null,
    owner_user_id: v.ownerUserId ?? null,
    owner_role: v.ownerRole ?? null,
    owner_name: v.ownerName ?? '',
    reporter_id: v.reporterId ?? 'someone',
    reporter_name: '前台',
    involved_ids: JSON.stringify(v.involved ?? []),
    received_at: '2026-12-01T09:00',
    limit_from: '2026-12-01T09:00',
    deadline_at: v.deadlineAt,
    escalations: v.escalations ?? 0,
  });
}

export function seedCallBack(sqlite: Database.Database, v: { incidentId: string; ownerUserId: string; ownerName: string; dueAt: string; status?: string }): string {
  return insert(sqlite, 'incident_callbacks', { incident_id: v.incidentId, owner_user_id: v.ownerUserId, owner_name: v.ownerName, due_at: v.dueAt, status: v.status ?? 'open' });
}

export function seedFeedbackRequest(sqlite: Database.Database, v: { code: string; ownerUserId: string; ownerName: string; dueAt: string; planId?: string; clientId?: string; status?: string }): string {
  return insert(sqlite, 'feedback_requests', { code: v.code, owner_user_id: v.ownerUserId, owner_name: v.ownerName, due_at: v.dueAt, plan_id: v.planId ?? null, client_id: v.clientId ?? null, status: v.status ?? 'open' });
}

export function seedFollowup(
  sqlite: Database.Database,
  v: { clientId: string; title: string; status?: string; urgency?: string; steps: { title: string; ownerUserId: string; ownerName: string; dueDay: string; status?: string }[] },
): { id: string; stepIds: string[] } {
  const id = insert(sqlite, 'followup_plans', { client_id: v.clientId, title: v.title, status: v.status ?? 'active', urgency: v.urgency ?? 'normal' });
  const stepIds = v.steps.map((s, i) =>
    insert(sqlite, 'followup_steps', { followup_id: id, seq: i + 1, title: s.title, owner_user_id: s.ownerUserId, owner_name: s.ownerName, due_day: s.dueDay, status: s.status ?? 'open' }),
  );
  return { id, stepIds };
}
