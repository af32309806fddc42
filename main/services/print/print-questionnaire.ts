import { eq } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import type { QuestionnaireJob } from '../../../contract/print';
import { clients, people, visitPlans, visits } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { ReadDb } from '../../core/write-path';
import type { PrintJobStore } from '../../print/job-store';
import { createRequest, requestView, templateOf, templateRow } from '../feedback';
import { A4_PORTRAIT, fileNamePart, renderAndDeliver } from './deliver-document';
import { documentBase } from './print-plan-documents';

type Input = Parsed<'print', 'questionnaire'>;

/** What the questionnaire is about, named on its header: the plan (title, client, day) or the visitor (name, day). */
function visitOf(db: ReadDb, planId: string | null, visitId: string | null): QuestionnaireJob['visit'] {
  if (visitId) {
    const v = db
      .select({ name: people.name, client: clients.name, day: visits.visitDay, planId: visits.planId })
      .from(visits)
      .innerJoin(people, eq(people.id, visits.personId))
      .leftJoin(clients, eq(clients.id, people.clientId))
      .where(eq(visits.id, visitId))
      .get();
    if (v) return { title: v.name, clientName: v.client, day: v.day };
  }
  if (planId) {
    const p = db
      .select({ title: visitPlans.title, client: clients.name, arrivalAt: visitPlans.arrivalAt })
      .from(visitPlans)
      .leftJoin(clients, eq(clients.id, visitPlans.clientId))
      .where(eq(visitPlans.id, planId))
      .get();
    if (p) return { title: p.title, clientName: p.client, day: p.arrivalAt?.slice(0, 10) ?? null };
  }
  return null;
}

/**
 * Paper questionnaires (DIGEST 03): for a plan or a visit, each copy carries
 * its feedback request's code (and QR code) so the answers typed in later land
 * on the right visit; the request is asked for here if there is none yet. With
 * nothing named, blank copies: the visit is chosen when they are typed in.
 */
export async function printQuestionnaire(ctx: ServiceContext, jobs: PrintJobStore, input: Input): Promise<Output<'print', 'questionnaire'>> {
  const template = templateOf(templateRow(ctx.db, input.templateId));
  if (!template.active) throw new AppError('CONFLICT', 'This questionnaire is switched off.', { reason: 'templateInactive' });
  const request = input.requestId
    ? requestView(ctx.db, input.requestId, ctx.now())
    : input.planId || input.visitId
      ? createRequest(ctx, { planId: input.planId, visitId: input.visitId, templateId: template.id })
      : null;
  if (request && request.status !== 'open') throw new AppError('CONFLICT', 'This questionnaire was already answered or declined.', { reason: 'requestClosed', status: request.status });
  const payload: QuestionnaireJob = {
    kind: 'questionnaire',
    ...documentBase(ctx, input.locale),
    template,
    code: request?.code ?? '',
    visit: request ? visitOf(ctx.db, request.planId, request.visitId) : null,
    copies: input.copies,
  };
  const delivered = await renderAndDeliver(ctx, jobs, {
    payload,
    page: A4_PORTRAIT,
    printerId: input.printerId,
    fileBase: `questionnaire-${request ? request.code : fileNamePart(template.name.zh)}`,
  });
  return ctx.write(
    () => ({ ...delivered, code: request?.code ?? '' }),
    () => ({
      action: 'feedback.print',
      entity: request ? 'feedbackRequest' : 'feedbackTemplate',
      entityId: request?.id ?? template.id,
      detail: { templateName: template.name.zh, code: request?.code ?? null, copies: input.copies, locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}
