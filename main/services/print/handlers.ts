import { SAVE_AS_PDF } from '../../../contract/print';
import type { DomainHandlers } from '../../core/handlers';
import type { PrintJobStore } from '../../print/job-store';
import { BADGE_LAYOUTS } from '../../print/layouts';
import { printBadges } from './print-badges';
import { printChecklist, printHandoff, printRollCall } from './print-checklist-documents';
import { printDestruction } from './print-destruction';
import { printIncident } from './print-incident';
import { printMonthlyReport } from './print-monthly-report';
import { printFollowupSheet } from './print-followup-sheet';
import { readPrintJob } from './print-job';
import { printDaySchedule, printPlanDocument } from './print-plan-documents';
import { printQuestionnaire } from './print-questionnaire';
import { printVisitFile } from './print-visit-file';

/** The print jobs live as long as the core: the composition root passes the one store in. */
export function printHandlers(jobs: PrintJobStore): DomainHandlers<'print'> {
  return {
    options: async (ctx) => ({
      layouts: [...BADGE_LAYOUTS],
      printers: [{ id: SAVE_AS_PDF, name: 'PDF', isDefault: false }, ...(await ctx.printEngine.listPrinters())],
    }),
    badges: (ctx, input) => printBadges(ctx, jobs, input),
    planDocument: (ctx, input) => printPlanDocument(ctx, jobs, input),
    daySchedule: (ctx, input) => printDaySchedule(ctx, jobs, input),
    checklist: (ctx, input) => printChecklist(ctx, jobs, input),
    handoff: (ctx, input) => printHandoff(ctx, jobs, input),
    rollCall: (ctx, input) => printRollCall(ctx, jobs, input),
    incident: (ctx, input) => printIncident(ctx, jobs, input),
    questionnaire: (ctx, input) => printQuestionnaire(ctx, jobs, input),
    followups: (ctx, input) => printFollowupSheet(ctx, jobs, input),
    visitFile: (ctx, input) => printVisitFile(ctx, jobs, input),
    destruction: (ctx, input) => printDestruction(ctx, jobs, input),
    monthlyReport: (ctx, input) => printMonthlyReport(ctx, jobs, input),
    job: (ctx, input) => readPrintJob(ctx, jobs, input.jobId),
  };
}
