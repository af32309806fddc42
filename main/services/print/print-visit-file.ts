import type { Output, Parsed } from '../../../contract';
import type { VisitFileJob } from '../../../contract/print';
import type { ServiceContext } from '../../core/context';
import type { PrintJobStore } from '../../print/job-store';
import { pastVisitFile } from '../past-visits';
import { A4_PORTRAIT, fileNamePart, renderAndDeliver } from './deliver-document';
import { documentBase } from './print-plan-documents';

/**
 * A past visit's file as one A4 PDF (DIGEST 03): built from the same read as
 * the screen, with the printing user's eyes (confidential documents only for
 * who may see them). Audited as pastVisit.print.
 */
export async function printVisitFile(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'visitFile'>): Promise<Output<'print', 'visitFile'>> {
  const { mayRequestChange: _m, mayReopen: _r, ...file } = pastVisitFile(ctx, input.planId);
  const payload: VisitFileJob = { kind: 'visitFile', ...documentBase(ctx, input.locale), file };
  const delivered = await renderAndDeliver(ctx, jobs, { payload, page: A4_PORTRAIT, printerId: input.printerId, fileBase: `visit-file-${fileNamePart(file.plan.title)}` });
  return ctx.write(
    () => delivered,
    () => ({
      action: 'pastVisit.print',
      entity: 'plan',
      entityId: file.plan.id,
      detail: { title: file.plan.title, locale: input.locale, printerId: input.printerId, pages: delivered.pages, documents: file.documents.length },
    }),
  );
}
