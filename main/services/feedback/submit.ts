import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { AnswerInput, FeedbackResponse, ResponseChannel } from '../../../contract/feedback';
import { clients, feedbackRequests, feedbackResponses, people, visitPlans, visits } from '../../../db/schema';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { insertStamps, type ReadDb, type WriteTx } from '../../core/write-path';
import { raiseIncident } from '../incidents';
import { checkAnswers, scoreAnswers, type Scored } from './answers';
import { requestFor, requestRow } from './requests';
import { responseView } from './response-view';
import { readFeedbackRules } from './rules';
import { templateOf, templateRow } from './templates';

export interface About {
  requestId: string | null;
  planId: string | null;
  visitId: string | null;
  personId: string | null;
  clientId: string | null;
}

export interface Submission extends About {
  templateId: string;
  channel: ResponseChannel;
  respondentName: string;
  givenAt?: string;
  answers: Required<AnswerInput>[];
}

function exists(db: ReadDb, table: typeof visitPlans | typeof people | typeof clients, id: string, reason: string): void {
  const row = db.select({ deletedAt: table.deletedAt }).from(table).where(eq(table.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', `The linked record does not exist (${reason}).`, { reason });
}

/**
 * What the response is about, completed from what is known: a request gives
 * its plan, visit, person and client; a visit its person and plan; a plan or
 * a person their client. Every link named must exist; a plan or visit with an
 * open request has it answered by this response.
 */
function resolveAbout(db: ReadDb, given: About): About {
  const about = { ...given };
  if (about.requestId) {
    const request = requestRow(db, about.requestId);
    if (request.status !== 'open') throw new AppError('CONFLICT', 'This questionnaire was already answered or declined.', { reason: 'requestClosed', status: request.status });
    about.planId ??= request.planId;
    about.visitId ??= request.visitId;
    about.personId ??= request.personId;
    about.clientId ??= request.clientId;
  }
  if (about.visitId) {
    const visit = db.select({ personId: visits.personId, planId: visits.planId, deletedAt: visits.deletedAt }).from(visits).where(eq(visits.id, about.visitId)).get();
    if (!visit || visit.deletedAt) throw new AppError('NOT_FOUND', 'No such visit.', { reason: 'visitNotFound' });
    about.personId ??= visit.personId;
    about.planId ??= visit.planId;
  }
  if (about.planId) {
    exists(db, visitPlans, about.planId, 'planNotFound');
    about.clientId ??= db.select({ clientId: visitPlans.clientId }).from(visitPlans).where(eq(visitPlans.id, about.planId)).get()?.clientId ?? null;
  }
  if (about.personId) {
    exists(db, people, about.personId, 'personNotFound');
    about.clientId ??= db.select({ clientId: people.clientId }).from(people).where(eq(people.id, about.personId)).get()?.clientId ?? null;
  }
  if (about.clientId) exists(db, clients, about.clientId, 'clientNotFound');
  if (!about.requestId) {
    const open = [requestFor(db, { visitId: about.visitId }), requestFor(db, { planId: about.planId })].find((r) => r?.status === 'open');
    about.requestId = open?.id ?? null;
  }
  return about;
}

function nameOf(db: ReadDb, table: typeof people | typeof clients, id: string | null): string {
  return id ? (db.select({ name: table.name }).from(table).where(eq(table.id, id)).get()?.name ?? '') : '';
}

/**
 * The red alert, in the response's own write: a complaint incident at the
 * rules' tier (its limit is the investigation deadline), linked to what the
 * response is about, described by the comments. Both commit or neither.
 */
function raiseRedAlert(tx: WriteTx, ctx: ServiceContext, responseId: string, templateName: string, about: About, scored: Scored, respondent: string): string {
  const client = nameOf(tx, clients, about.clientId);
  const who = [respondent, client && client !== respondent ? client : ''].filter(Boolean).join(' · ');
  const reasons = scored.alertReasons.map((r) => (r === 'score' ? `最低评分 ${scored.lowestRating} 星` : `关键词「${r.slice('keyword:'.length)}」`));
  const incident = raiseIncident(tx, ctx, {
    category: 'complaint',
    tier: readFeedbackRules(tx).alertTier,
    title: `满意度红色预警：${who || templateName}`.slice(0, 100),
    description: [`${templateName}：${reasons.join('，')}`, scored.commentText].filter(Boolean).join('\n').slice(0, 2000),
    source: 'feedback',
    personId: about.personId,
    visitId: about.visitId,
    planId: about.planId,
    clientId: about.clientId,
    contactName: about.personId ? '' : respondent.slice(0, 50),
    contactPhone: '',
    ownerUserId: null,
    feedbackResponseId: responseId,
  });
  return incident.id;
}

/** Checks, scores and stores one response; a red alert opens its complaint in the same write. */
export function recordResponse(ctx: ServiceContext, input: Submission, audit: string): FeedbackResponse {
  const template = templateOf(templateRow(ctx.db, input.templateId));
  const answers = checkAnswers(template.questions, input.answers);
  const givenAt = input.givenAt ?? localMinute(ctx.now());
  if (givenAt > localMinute(ctx.now())) throw new AppError('VALIDATION', 'A response cannot be given in the future.', undefined, [{ path: 'givenAt', message: 'feedback.future' }]);
  const about = resolveAbout(ctx.db, input);
  const scored = scoreAnswers(answers, readFeedbackRules(ctx.db));
  return ctx.write(
    (tx) => {
      const id = uuidv7();
      const respondent = input.respondentName || nameOf(tx, people, about.personId);
      tx.insert(feedbackResponses)
        .values({
          id,
          ...insertStamps(tx),
          templateId: template.id,
          requestId: about.requestId,
          channel: input.channel,
          planId: about.planId,
          visitId: about.visitId,
          personId: about.personId,
          clientId: about.clientId,
          respondentName: input.respondentName,
          answers: JSON.stringify(scored.answers),
          score: scored.score,
          lowestRating: scored.lowestRating,
          commentText: scored.commentText,
          redAlert: scored.alertReasons.length > 0,
          alertReasons: JSON.stringify(scored.alertReasons),
          givenAt,
          enteredById: ctx.session.operatorId,
          enteredByName: ctx.session.operatorName,
        })
        .run();
      if (scored.alertReasons.length > 0) {
        const incidentId = raiseRedAlert(tx, ctx, id, template.name.zh, about, scored, respondent);
        tx.update(feedbackResponses).set({ incidentId }).where(eq(feedbackResponses.id, id)).run();
      }
      if (about.requestId) tx.update(feedbackRequests).set({ status: 'answered', responseId: id }).where(eq(feedbackRequests.id, about.requestId)).run();
      return responseView(tx, id);
    },
    (r) => ({
      action: audit,
      entity: 'feedbackResponse',
      entityId: r.id,
      // The response row keeps its questionnaire, channel, request and who answered (the entry's subject in the log).
      detail: {
        score: r.score,
        redAlert: r.redAlert,
        ...(r.incidentCode && { incidentCode: r.incidentCode }),
      },
    }),
  );
}
