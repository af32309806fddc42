import type { Output, Parsed } from '../../../contract';
import type { PrintJobPayload } from '../../../contract/print';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import type { PrintJobStore } from '../../print/job-store';
import { planDetail } from '../plans';
import { hostOf, readSettings } from '../settings';
import { daySchedule } from './day-schedule';
import { A4_LANDSCAPE, A4_PORTRAIT, fileNamePart, renderAndDeliver } from './deliver-document';
import { guestItinerary, teamItinerary, welcomeSign, type DocumentBase } from './plan-documents';

export function documentBase(ctx: ServiceContext, locale: DocumentBase['locale']): DocumentBase {
  return { locale, siteName: readSettings(ctx.db).siteName, ...hostOf(ctx.db), printedAt: localMinute(ctx.now()) };
}

type PlanDocumentInput = Parsed<'print', 'planDocument'>;

function planPayload(input: PlanDocumentInput, plan: ReturnType<typeof planDetail>, base: DocumentBase): PrintJobPayload {
  if (input.document === 'welcomeSign') return welcomeSign(plan, base);
  return input.audience === 'team' ? teamItinerary(plan, base) : guestItinerary(plan, base);
}

/** A plan's itinerary (guests' or team's copy) or its welcome sign; every print is audited. */
export async function printPlanDocument(ctx: ServiceContext, jobs: PrintJobStore, input: PlanDocumentInput): Promise<Output<'print', 'planDocument'>> {
  const plan = planDetail(ctx.db, input.planId);
  const audience = input.document === 'itinerary' ? (input.audience ?? 'guests') : null;
  const isSign = input.document === 'welcomeSign';
  const delivered = await renderAndDeliver(ctx, jobs, {
    payload: planPayload(input, plan, documentBase(ctx, input.locale)),
    page: isSign ? A4_LANDSCAPE : A4_PORTRAIT,
    printerId: input.printerId,
    fileBase: isSign ? `welcome-sign-${fileNamePart(plan.title)}` : `itinerary-${audience}-${fileNamePart(plan.title)}`,
  });
  return ctx.write(
    () => delivered,
    () => ({
      action: 'plan.print',
      entity: 'plan',
      entityId: plan.id,
      detail: { title: plan.title, document: input.document, audience, locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}

/** The front desk's sheet for one day: every confirmed or running visit, in the order they arrive. */
export async function printDaySchedule(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'daySchedule'>): Promise<Output<'print', 'daySchedule'>> {
  const payload = daySchedule(ctx.db, input.day, documentBase(ctx, input.locale));
  const delivered = await renderAndDeliver(ctx, jobs, { payload, page: A4_PORTRAIT, printerId: input.printerId, fileBase: `day-schedule-${input.day}` });
  return ctx.write(
    () => ({ ...delivered, visits: payload.visits.length }),
    () => ({
      action: 'plan.print',
      entity: 'plan',
      entityId: null,
      detail: { document: 'daySchedule', day: input.day, visits: payload.visits.length, locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}
