import { eq } from 'drizzle-orm';
import type { Output, Parsed } from '../../../contract';
import { clients, visitPlans } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { requestRow } from './requests';
import { recordResponse } from './submit';
import { templateOf, templateRow } from './templates';

/**
 * Switches the desk into the feedback kiosk (main/security/desk-session.ts):
 * from now on the gate answers only the kiosk's channels, as the one who
 * started it, until a staff member signs in. The questionnaire must be in use;
 * a request gives its plan and visit.
 */
export function kioskStart(ctx: ServiceContext, input: Parsed<'feedback', 'kioskStart'>): { ok: true } {
  const template = templateOf(templateRow(ctx.db, input.templateId));
  if (!template.active) throw new AppError('CONFLICT', 'This questionnaire is switched off.', { reason: 'templateInactive' });
  const request = input.requestId ? requestRow(ctx.db, input.requestId) : null;
  const state = { templateId: template.id, requestId: request?.id ?? null, planId: input.planId ?? request?.planId ?? null, visitId: input.visitId ?? request?.visitId ?? null };
  ctx.write(
    () => null,
    () => ({ action: 'feedback.kioskStart', entity: 'feedbackTemplate', entityId: template.id, detail: { templateName: template.name.zh, ...(request && { code: request.code }) } }),
  );
  ctx.runtime.session.startKiosk(state);
  return { ok: true };
}

function kioskState(ctx: ServiceContext) {
  const kiosk = ctx.runtime.session.kiosk();
  // The gate lets kiosk channels through only in the kiosk; this is the same fact, read once more.
  if (!kiosk) throw new AppError('FORBIDDEN', 'The desk is not a feedback kiosk.');
  return kiosk;
}

export function kioskForm(ctx: ServiceContext): Output<'feedback', 'kioskForm'> {
  const kiosk = kioskState(ctx);
  const plan = kiosk.planId
    ? ctx.db.select({ client: clients.name }).from(visitPlans).leftJoin(clients, eq(clients.id, visitPlans.clientId)).where(eq(visitPlans.id, kiosk.planId)).get()
    : undefined;
  return { template: templateOf(templateRow(ctx.db, kiosk.templateId)), heading: plan?.client ?? null, taken: kiosk.taken };
}

/**
 * A visitor's answers, recorded as channel `kiosk` under the staff member who
 * started it. The first answer closes the kiosk's request; the next visitors'
 * answers are about the same plan or visit, without one.
 */
export function kioskSubmit(ctx: ServiceContext, input: Parsed<'feedback', 'kioskSubmit'>): { ok: true } {
  const kiosk = kioskState(ctx);
  const request = kiosk.requestId ? requestRow(ctx.db, kiosk.requestId) : null;
  recordResponse(
    ctx,
    {
      templateId: kiosk.templateId,
      channel: 'kiosk',
      requestId: request?.status === 'open' ? request.id : null,
      planId: kiosk.planId,
      visitId: kiosk.visitId,
      personId: null,
      clientId: null,
      respondentName: input.respondentName,
      answers: input.answers,
    },
    'feedback.kioskSubmit',
  );
  ctx.runtime.session.countKioskResponse();
  return { ok: true };
}
