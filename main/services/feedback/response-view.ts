import { eq, inArray } from 'drizzle-orm';
import type { FeedbackResponse } from '../../../contract/feedback';
import { clients, feedbackRequests, feedbackResponses, feedbackTemplates, incidents, people, visitPlans } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import type { Answer } from './answers';

export type ResponseRow = typeof feedbackResponses.$inferSelect;

function selectResponses(db: ReadDb) {
  return db
    .select({
      row: feedbackResponses,
      templateName: feedbackTemplates.name,
      requestCode: feedbackRequests.code,
      planTitle: visitPlans.title,
      personName: people.name,
      clientName: clients.name,
      incidentCode: incidents.code,
    })
    .from(feedbackResponses)
    .innerJoin(feedbackTemplates, eq(feedbackTemplates.id, feedbackResponses.templateId))
    .leftJoin(feedbackRequests, eq(feedbackRequests.id, feedbackResponses.requestId))
    .leftJoin(visitPlans, eq(visitPlans.id, feedbackResponses.planId))
    .leftJoin(people, eq(people.id, feedbackResponses.personId))
    .leftJoin(clients, eq(clients.id, feedbackResponses.clientId))
    .leftJoin(incidents, eq(incidents.id, feedbackResponses.incidentId));
}

type Joined = Awaited<ReturnType<ReturnType<typeof selectResponses>['all']>>[number];

function responseOf(j: Joined): FeedbackResponse {
  const r = j.row;
  return {
    id: r.id,
    templateId: r.templateId,
    templateName: JSON.parse(j.templateName) as FeedbackResponse['templateName'],
    channel: r.channel,
    requestCode: j.requestCode,
    planId: r.planId,
    planTitle: j.planTitle,
    visitId: r.visitId,
    personId: r.personId,
    personName: j.personName,
    clientId: r.clientId,
    clientName: j.clientName,
    respondentName: r.respondentName,
    answers: JSON.parse(r.answers) as Answer[],
    score: r.score,
    lowestRating: r.lowestRating,
    redAlert: r.redAlert,
    alertReasons: JSON.parse(r.alertReasons) as string[],
    incidentId: r.incidentId,
    incidentCode: j.incidentCode,
    givenAt: r.givenAt,
    enteredByName: r.enteredByName,
  };
}

export function responseView(db: ReadDb, id: string): FeedbackResponse {
  const found = selectResponses(db).where(eq(feedbackResponses.id, id)).get();
  if (!found || found.row.deletedAt) throw new AppError('NOT_FOUND', 'No such feedback response.', { reason: 'responseNotFound' });
  return responseOf(found);
}

/** Views of the given ids, in that order (a page read by key, or the search's ranking). */
export function responseViews(db: ReadDb, ids: string[]): FeedbackResponse[] {
  if (ids.length === 0) return [];
  const byId = new Map(selectResponses(db).where(inArray(feedbackResponses.id, ids)).all().map((j) => [j.row.id, responseOf(j)]));
  return ids.map((id) => byId.get(id)).filter((r): r is FeedbackResponse => r !== undefined);
}
