import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { INCIDENT_MOVES, isOpenIncident, type CallBack, type IncidentDetail, type IncidentStatus, type IncidentSummary } from '../../../contract/incidents';
import { incidents } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import { mayCall, type Session } from '../../security/roles';
import { parseIds, userNames } from './people';

export type IncidentRow = typeof incidents.$inferSelect;

interface SummaryRow {
  id: string;
  code: string;
  title: string;
  category: IncidentSummary['category'];
  tier: IncidentSummary['tier'];
  escalations: number;
  status: IncidentStatus;
  source: IncidentSummary['source'];
  owner_user_id: string | null;
  owner_name: string;
  owner_role: IncidentSummary['ownerRole'];
  deadline_at: string | null;
  received_at: string;
  person_name: string | null;
  client_name: string | null;
  client_tier: IncidentSummary['clientTier'];
  plan_title: string | null;
  call_back_status: IncidentSummary['callBackStatus'];
}

/** The list's columns: the incident with the names it links to and its latest call-back's state. */
const SUMMARY_COLUMNS = sql`i.id, i.code, i.title, i.category, i.tier, i.escalations, i.status, i.source, i.owner_user_id, i.owner_name, i.owner_role,
  i.deadline_at, i.received_at, p.name AS person_name, c.name AS client_name, c.tier AS client_tier, vp.title AS plan_title,
  (SELECT cb.status FROM incident_callbacks cb WHERE cb.incident_id = i.id AND cb.deleted_at IS NULL ORDER BY cb.created_at DESC, cb.id DESC LIMIT 1) AS call_back_status`;
const SUMMARY_JOINS = sql`LEFT JOIN people p ON p.id = i.person_id LEFT JOIN clients c ON c.id = i.client_id LEFT JOIN visit_plans vp ON vp.id = i.plan_id`;

/** Overdue: its deadline runs and has come (minutes compare as strings). */
export const isOverdue = (deadlineAt: string | null, nowMinute: string) => deadlineAt !== null && deadlineAt <= nowMinute;

function toSummary(r: SummaryRow, nowMinute: string): IncidentSummary {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    category: r.category,
    tier: r.tier,
    escalations: r.escalations,
    status: r.status,
    source: r.source,
    ownerUserId: r.owner_user_id,
    ownerName: r.owner_name,
    ownerRole: r.owner_role,
    deadlineAt: r.deadline_at,
    overdue: isOpenIncident(r.status) && isOverdue(r.deadline_at, nowMinute),
    receivedAt: r.received_at,
    personName: r.person_name,
    clientName: r.client_name,
    clientTier: r.client_tier,
    planTitle: r.plan_title,
    callBackStatus: r.call_back_status,
  };
}

/** Summaries of these ids, in the order given. */
export function summariesOf(db: ReadDb, ids: readonly string[], nowMinute: string): IncidentSummary[] {
  if (ids.length === 0) return [];
  const rows = db.all<SummaryRow>(sql`SELECT ${SUMMARY_COLUMNS} FROM incidents i ${SUMMARY_JOINS} WHERE i.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [toSummary(byId.get(id)!, nowMinute)] : []));
}

export function incidentRow(db: ReadDb, id: string): IncidentRow {
  const row = db.select().from(incidents).where(and(eq(incidents.id, id), isNull(incidents.deletedAt))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No such incident.', { reason: 'incidentNotFound' });
  return row;
}

/** What the signed-in user may do next: the loop's moves their permissions allow (review, reopen and archive are a manager's). */
export function movesFor(status: IncidentStatus, session: Session): IncidentStatus[] {
  const handle = mayCall(session, 'incidents.handle');
  const manage = mayCall(session, 'incidents.manage');
  return INCIDENT_MOVES[status].filter(() => (isOpenIncident(status) ? handle : manage));
}

interface CallBackRow {
  id: string;
  incident_id: string;
  owner_user_id: string | null;
  owner_name: string;
  due_at: string;
  status: CallBack['status'];
  attempts: number;
  score: number | null;
  comment: string;
  done_at: string | null;
  done_by_name: string;
}

function callBacksOf(db: ReadDb, where: SQL, nowMinute: string): CallBack[] {
  return db.all<CallBackRow>(sql`SELECT * FROM incident_callbacks WHERE ${where} AND deleted_at IS NULL ORDER BY created_at, id`).map((c) => ({
    id: c.id,
    incidentId: c.incident_id,
    ownerUserId: c.owner_user_id,
    ownerName: c.owner_name,
    dueAt: c.due_at,
    status: c.status,
    attempts: c.attempts,
    score: c.score,
    comment: c.comment,
    doneAt: c.done_at,
    doneByName: c.done_by_name,
    overdue: c.status === 'open' && c.due_at <= nowMinute,
  }));
}

export function callBackRow(db: ReadDb, id: string): CallBack {
  const found = callBacksOf(db, sql`id = ${id}`, '');
  if (!found[0]) throw new AppError('NOT_FOUND', 'No such call-back.', { reason: 'callBackNotFound' });
  return found[0];
}

/** The whole record: the summary, what was said and done, the timeline, the call-backs, and the moves this user may make. */
export function incidentDetailOf(db: ReadDb, id: string, session: Session, nowMinute: string): IncidentDetail {
  const row = incidentRow(db, id);
  const summary = summariesOf(db, [id], nowMinute)[0]!;
  const timeline = db
    .all<{ id: string; kind: IncidentDetail['timeline'][number]['kind']; at: string; by_name: string; value: string; text: string }>(
      sql`SELECT id, kind, at, by_name, value, text FROM incident_events WHERE incident_id = ${id} AND deleted_at IS NULL ORDER BY at, id`,
    )
    .map((e) => ({ id: e.id, kind: e.kind, at: e.at, byName: e.by_name, value: e.value, text: e.text }));
  return {
    ...summary,
    description: row.description,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    personId: row.personId,
    visitId: row.visitId,
    planId: row.planId,
    clientId: row.clientId,
    feedbackResponseId: row.feedbackResponseId,
    resolution: row.resolution,
    rootCause: row.rootCause,
    rootCauseNote: row.rootCauseNote,
    reviewNote: row.reviewNote,
    reporterName: row.reporterName,
    involvedNames: userNames(db, parseIds(row.involvedIds)),
    timeline,
    callBacks: callBacksOf(db, sql`incident_id = ${id}`, nowMinute),
    moves: movesFor(row.status, session),
  };
}
