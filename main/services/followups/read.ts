import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ClientTier } from '../../../contract/clients';
import type { FollowupDetail, FollowupStatus, FollowupStep, FollowupSummary, FollowupUrgency, StepStatus } from '../../../contract/followups';
import { followupEvents, followupSteps } from '../../../db/schema';
import { localDay } from '../../core/clock';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';

type StepRow = typeof followupSteps.$inferSelect;

/** A day-only step is due at the end of its day: overdue from the next day on. */
export function stepOf(row: StepRow, today: string): FollowupStep {
  return {
    id: row.id,
    planId: row.followupId,
    seq: row.seq,
    title: row.title,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    dueDay: row.dueDay,
    status: row.status as StepStatus,
    outcome: row.outcome,
    plannedDay: row.plannedDay,
    postponements: row.postponements,
    doneAt: row.doneAt,
    doneByName: row.doneByName,
    overdue: row.status === 'open' && row.dueDay < today,
  };
}

interface PlanRow {
  id: string;
  clientId: string;
  clientName: string;
  clientTier: ClientTier;
  title: string;
  status: FollowupStatus;
  urgency: FollowupUrgency;
  ownerUserId: string | null;
  ownerName: string;
  notes: string;
  templateId: string | null;
  planId: string | null;
  createdAt: string;
}

export const PLAN_SELECT = sql`
  SELECT f.id, f.client_id AS clientId, c.name AS clientName, c.tier AS clientTier, f.title, f.status, f.urgency,
    f.owner_user_id AS ownerUserId, f.owner_name AS ownerName, f.notes, f.template_id AS templateId, f.plan_id AS planId, f.created_at AS createdAt
  FROM followup_plans f JOIN clients c ON c.id = f.client_id`;

export function planRows(db: ReadDb, where: SQL, tail: SQL = sql``): PlanRow[] {
  return db.all<PlanRow>(sql`${PLAN_SELECT} WHERE f.deleted_at IS NULL AND (${where}) ${tail}`);
}

function stepsOf(db: ReadDb, ids: string[]): Map<string, StepRow[]> {
  const out = new Map<string, StepRow[]>();
  if (ids.length === 0) return out;
  const rows = db
    .select()
    .from(followupSteps)
    .where(sql`${followupSteps.followupId} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND ${followupSteps.deletedAt} IS NULL`)
    .orderBy(asc(followupSteps.followupId), asc(followupSteps.seq))
    .all();
  for (const r of rows) out.set(r.followupId, [...(out.get(r.followupId) ?? []), r]);
  return out;
}

function summaryOf(row: PlanRow, steps: StepRow[], today: string): FollowupSummary {
  const views = steps.map((s) => stepOf(s, today));
  const open = views.filter((s) => s.status === 'open');
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: row.clientName,
    clientTier: row.clientTier,
    title: row.title,
    status: row.status,
    urgency: row.urgency,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    nextStep: open[0] ?? null,
    stepsDone: views.filter((s) => s.status !== 'open').length,
    stepsTotal: views.length,
    overdue: row.status === 'active' && open.some((s) => s.overdue),
    createdAt: row.createdAt,
  };
}

/** Summaries in the order of `rows` (the caller's ORDER BY). */
export function summariesOf(db: ReadDb, rows: PlanRow[], now: Date): FollowupSummary[] {
  const today = localDay(now);
  const steps = stepsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summaryOf(r, steps.get(r.id) ?? [], today));
}

export function followupDetailOf(db: ReadDb, id: string, now: Date): FollowupDetail {
  const [row] = planRows(db, sql`f.id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', 'No such follow-up.', { reason: 'followupNotFound' });
  const today = localDay(now);
  const steps = stepsOf(db, [id]).get(id) ?? [];
  const history = db
    .select({ at: followupEvents.at, byName: followupEvents.byName, action: followupEvents.action, stepTitle: followupEvents.stepTitle, text: followupEvents.text })
    .from(followupEvents)
    .where(eq(followupEvents.followupId, id))
    .orderBy(desc(followupEvents.at), desc(followupEvents.id))
    .all();
  return {
    ...summaryOf(row, steps, today),
    notes: row.notes,
    templateId: row.templateId,
    planId: row.planId,
    steps: steps.map((s) => stepOf(s, today)),
    history,
  };
}
