import type { Output, Parsed } from '../../../contract';
import type { MonthlyReportJob } from '../../../contract/print';
import type { ReportRange } from '../../../contract/reports';
import type { ServiceContext } from '../../core/context';
import type { PrintJobStore } from '../../print/job-store';
import { getLiveClient } from '../clients';
import { handlingReport, peakHoursReport, preferencesReport, serviceReport, visitsReport } from '../reports';
import { A4_PORTRAIT, fileNamePart, renderAndDeliver } from './deliver-document';
import { documentBase } from './print-plan-documents';
import { lastDayOf } from './report-month';

/**
 * The monthly report on A4 (issue 16): the reports screen's five figures for
 * one month, day by day, from the same queries as the screen, so paper and
 * screen cannot disagree. Audited as report.print.
 */
export async function printMonthlyReport(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'monthlyReport'>): Promise<Output<'print', 'monthlyReport'>> {
  const client = input.clientId ? getLiveClient(ctx.db, input.clientId) : null;
  const range: ReportRange = { from: `${input.month}-01`, to: lastDayOf(input.month), granularity: 'day', clientId: input.clientId };
  const payload: MonthlyReportJob = {
    kind: 'monthlyReport',
    ...documentBase(ctx, input.locale),
    month: input.month,
    clientName: client?.name ?? null,
    visits: visitsReport(ctx, range),
    peakHours: peakHoursReport(ctx, range),
    handling: handlingReport(ctx, range),
    preferences: preferencesReport(ctx, range),
    service: serviceReport(ctx, range),
  };
  const fileBase = client ? `monthly-report-${input.month}-${fileNamePart(client.name)}` : `monthly-report-${input.month}`;
  const delivered = await renderAndDeliver(ctx, jobs, { payload, page: A4_PORTRAIT, printerId: input.printerId, fileBase });
  return ctx.write(
    () => delivered,
    () => ({
      action: 'report.print',
      entity: 'report',
      entityId: null,
      detail: { month: input.month, clientName: client?.name ?? null, locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}
