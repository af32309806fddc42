import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { FeedbackRequest } from '../../../contract/feedback';
import { clients, feedbackRequests, people, users, visitPlans, visits } from '../../../db/schema';
import { localMinute, localMinuteAfter } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import { readFeedbackRules } from './rules';
import { defaultTemplateId, templateRow } from './templates';

export type RequestRow = typeof feedbackRequests.$inferSelect;

/** Letters and digits nobody misreads on paper or types wrong: no 0/O, 1/I/L. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

/** Codes typed back are read leniently: case, spaces and dashes do not matter. */
export function normalizeCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

/** A fresh code, unique among all requests (31^6 ≈ 900 million: a clash is rare, and retried). */
function newCode(db: ReadDb): string {
  for (;;) {
    const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    if (!db.select({ id: feedbackRequests.id }).from(feedbackRequests).where(eq(feedbackRequests.code, code)).get()) return code;
  }
}

const requestColumns = {
  row: feedbackRequests,
  planTitle: visitPlans.title,
  personName: people.name,
  clientName: clients.name,
};

function selectRequests(db: ReadDb) {
  return db
    .select(requestColumns)
    .from(feedbackRequests)
    .leftJoin(visitPlans, eq(visitPlans.id, feedbackRequests.planId))
    .leftJoin(people, eq(people.id, feedbackRequests.personId))
    .leftJoin(clients, eq(clients.id, feedbackRequests.clientId));
}

type Joined = { row: RequestRow; planTitle: string | null; personName: string | null; clientName: string | null };

function requestOf(j: Joined, nowMinute: string): FeedbackRequest {
  const r = j.row;
  return {
    id: r.id,
    code: r.code,
    templateId: r.templateId,
    planId: r.planId,
    planTitle: j.planTitle,
    visitId: r.visitId,
    personName: j.personName,
    clientName: j.clientName,
    ownerUserId: r.ownerUserId,
    ownerName: r.ownerName,
    dueAt: r.dueAt,
    status: r.status,
    responseId: r.responseId,
    declineReason: r.declineReason,
    overdue: r.status === 'open' && r.dueAt < nowMinute,
    createdAt: r.createdAt,
  };
}

export function requestView(db: ReadDb, id: string, now: Date): FeedbackRequest {
  const found = selectRequests(db).where(eq(feedbackRequests.id, id)).get();
  if (!found || found.row.deletedAt) throw new AppError('NOT_FOUND', 'No such feedback request.', { reason: 'requestNotFound' });
  return requestOf(found, localMinute(now));
}

export function requestRow(db: ReadDb, id: string): RequestRow {
  const row = db.select().from(feedbackRequests).where(eq(feedbackRequests.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such feedback request.', { reason: 'requestNotFound' });
  return row;
}

/** The request of a plan (asked about the plan as a whole) or of a visit, if there is one. */
export function requestFor(db: ReadDb, about: { planId?: string | null; visitId?: string | null }): RequestRow | undefined {
  if (about.visitId) {
    return db.select().from(feedbackRequests).where(and(eq(feedbackRequests.visitId, about.visitId), isNull(feedbackRequests.deletedAt))).get();
  }
  if (about.planId) {
    return db
      .select()
      .from(feedbackRequests)
      .where(and(eq(feedbackRequests.planId, about.planId), isNull(feedbackRequests.visitId), isNull(feedbackRequests.deletedAt)))
      .get();
  }
  return undefined;
}

/** The account manager of the client (when a user), else whoever is acting: the one to ask. */
function ownerOf(tx: ReadDb, ctx: ServiceContext, clientId: string | null): { ownerUserId: string | null; ownerName: string } {
  if (clientId) {
    const manager = tx
      .select({ id: users.id, name: users.name })
      .from(clients)
      .innerJoin(users, eq(users.id, clients.accountManagerUserId))
      .where(and(eq(clients.id, clientId), eq(users.active, true), isNull(users.deletedAt)))
      .get();
    if (manager) return { ownerUserId: manager.id, ownerName: manager.name };
  }
  const me = ctx.session.operatorId;
  const isUser = me !== '' && !!tx.select({ id: users.id }).from(users).where(eq(users.id, me)).get();
  return { ownerUserId: isUser ? me : null, ownerName: ctx.session.operatorName };
}

interface NewRequest {
  planId: string | null;
  visitId: string | null;
  personId: string | null;
  clientId: string | null;
  templateId: string | null;
}

function insertRequest(tx: WriteTx, ctx: ServiceContext, about: NewRequest): RequestRow {
  const rules = readFeedbackRules(tx);
  const id = uuidv7();
  tx.insert(feedbackRequests)
    .values({
      id,
      ...insertStamps(tx),
      code: newCode(tx),
      ...about,
      templateId: about.templateId ?? defaultTemplateId(tx),
      ...ownerOf(tx, ctx, about.clientId),
      dueAt: localMinuteAfter(ctx.now(), rules.requestWithinHours * 60),
      status: 'open',
    })
    .run();
  return requestRow(tx, id);
}

/**
 * Asks for feedback on a completed plan, inside the write that completes it,
 * so the "request feedback" task exists the moment the plan is done. A plan
 * asked about before (completed twice, or by hand) is not asked again.
 */
export function requestFeedbackForPlan(tx: WriteTx, ctx: ServiceContext, planId: string): RequestRow {
  const existing = requestFor(tx, { planId });
  if (existing) return existing;
  const plan = tx.select({ clientId: visitPlans.clientId }).from(visitPlans).where(eq(visitPlans.id, planId)).get();
  if (!plan) throw new AppError('NOT_FOUND', 'No such plan.', { reason: 'planNotFound' });
  return insertRequest(tx, ctx, { planId, visitId: null, personId: null, clientId: plan.clientId, templateId: null });
}

/**
 * Asks for feedback on a checked-out visit, inside the check-out's write, as
 * the rules say (`walkInRequests`): never for a visit on a plan (the plan's
 * own request covers it), for a client's visitor under 'clients', for every
 * visitor under 'all'. Returns null when no request is made.
 */
export function requestFeedbackForVisit(tx: WriteTx, ctx: ServiceContext, visitId: string): RequestRow | null {
  const policy = readFeedbackRules(tx).walkInRequests;
  if (policy === 'none') return null;
  const visit = tx
    .select({ planId: visits.planId, personId: visits.personId, clientId: people.clientId })
    .from(visits)
    .innerJoin(people, eq(people.id, visits.personId))
    .where(eq(visits.id, visitId))
    .get();
  if (!visit || visit.planId) return null;
  if (policy === 'clients' && !visit.clientId) return null;
  const existing = requestFor(tx, { visitId });
  if (existing) return existing;
  return insertRequest(tx, ctx, { planId: null, visitId, personId: visit.personId, clientId: visit.clientId, templateId: null });
}

function requestAudit(action: string, extra: Record<string, unknown> = {}) {
  return (r: FeedbackRequest) => ({
    action,
    entity: 'feedbackRequest',
    entityId: r.id,
    detail: { code: r.code, ...(r.planTitle && { title: r.planTitle }), ...(r.personName && { name: r.personName }), ...(r.clientName && { clientName: r.clientName }), ...extra },
  });
}

/** By hand: the open (or any) request there is for the plan or visit, else a new one. */
export function createRequest(ctx: ServiceContext, input: Parsed<'feedback', 'createRequest'>): FeedbackRequest {
  const existing = requestFor(ctx.db, input);
  if (existing) return requestView(ctx.db, existing.id, ctx.now());
  if (input.templateId) templateRow(ctx.db, input.templateId);
  return ctx.write((tx) => {
    const row = input.visitId ? requestByHandForVisit(tx, ctx, input.visitId, input.templateId) : requestByHandForPlan(tx, ctx, input.planId!, input.templateId);
    return requestView(tx, row.id, ctx.now());
  }, requestAudit('feedback.request'));
}

function requestByHandForPlan(tx: WriteTx, ctx: ServiceContext, planId: string, templateId: string | null): RequestRow {
  const plan = tx.select({ clientId: visitPlans.clientId, deletedAt: visitPlans.deletedAt }).from(visitPlans).where(eq(visitPlans.id, planId)).get();
  if (!plan || plan.deletedAt) throw new AppError('NOT_FOUND', 'No such plan.', { reason: 'planNotFound' });
  return insertRequest(tx, ctx, { planId, visitId: null, personId: null, clientId: plan.clientId, templateId });
}

/** A visit asked about by hand, whatever the walk-in rule: staff chose to ask. */
function requestByHandForVisit(tx: WriteTx, ctx: ServiceContext, visitId: string, templateId: string | null): RequestRow {
  const visit = tx
    .select({ planId: visits.planId, personId: visits.personId, clientId: people.clientId, deletedAt: visits.deletedAt })
    .from(visits)
    .innerJoin(people, eq(people.id, visits.personId))
    .where(eq(visits.id, visitId))
    .get();
  if (!visit || visit.deletedAt) throw new AppError('NOT_FOUND', 'No such visit.', { reason: 'visitNotFound' });
  return insertRequest(tx, ctx, { planId: visit.planId, visitId, personId: visit.personId, clientId: visit.clientId, templateId });
}

export function declineRequest(ctx: ServiceContext, input: Parsed<'feedback', 'declineRequest'>): FeedbackRequest {
  const row = requestRow(ctx.db, input.id);
  if (row.status !== 'open') throw new AppError('CONFLICT', 'This request is already closed.', { reason: 'requestClosed', status: row.status });
  return ctx.write(
    (tx) => {
      tx.update(feedbackRequests).set({ status: 'declined', declineReason: input.reason }).where(eq(feedbackRequests.id, row.id)).run();
      return requestView(tx, row.id, ctx.now());
    },
    requestAudit('feedback.decline', { reason: input.reason }),
  );
}

export function requestByCode(ctx: ServiceContext, code: string): FeedbackRequest {
  const row = ctx.db.select({ id: feedbackRequests.id }).from(feedbackRequests).where(and(eq(feedbackRequests.code, normalizeCode(code)), isNull(feedbackRequests.deletedAt))).get();
  if (!row) throw new AppError('NOT_FOUND', 'No questionnaire has this code.', { reason: 'codeNotFound' });
  return requestView(ctx.db, row.id, ctx.now());
}

/**
 * Open ones by due time (the literal status lets SQLite use the partial index
 * feedback_requests_open, by owner for `mine`); answered or declined ones
 * newest first; all of them open first.
 */
export function listRequests(ctx: ServiceContext, input: Parsed<'feedback', 'requests'>): FeedbackRequest[] {
  const parts: SQL[] = [isNull(feedbackRequests.deletedAt)];
  if (input.status === 'open') parts.push(sql`${feedbackRequests.status} = 'open'`);
  else if (input.status) parts.push(eq(feedbackRequests.status, input.status));
  if (input.mine) parts.push(eq(feedbackRequests.ownerUserId, ctx.session.operatorId));
  const order =
    input.status === 'open'
      ? [asc(feedbackRequests.dueAt), asc(feedbackRequests.id)]
      : input.status
        ? [desc(feedbackRequests.updatedAt), asc(feedbackRequests.id)]
        : [sql`CASE WHEN ${feedbackRequests.status} = 'open' THEN 0 ELSE 1 END`, sql`CASE WHEN ${feedbackRequests.status} = 'open' THEN ${feedbackRequests.dueAt} END`, desc(feedbackRequests.updatedAt), asc(feedbackRequests.id)];
  const rows = selectRequests(ctx.db)
    .where(and(...parts))
    .orderBy(...order)
    .limit(input.limit)
    .all();
  const nowMinute = localMinute(ctx.now());
  return rows.map((j) => requestOf(j, nowMinute));
}
