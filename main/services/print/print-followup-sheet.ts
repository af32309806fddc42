import type { Output, Parsed } from '../../../contract';
import { followupSheetJob } from '../../../contract/print';
import type { ServiceContext } from '../../core/context';
import type { PrintJobStore } from '../../print/job-store';
import { followupsForSheet } from '../followups';
import { A4_PORTRAIT, fileNamePart, renderAndDeliver } from './deliver-document';
import { documentBase } from './print-plan-documents';

/**
 * Follow-up sheets on A4 (issue 14 item 8): per sequence the client, the
 * owner, each step with a box, its day and outcome, and lines for notes and a
 * signature. Audited as followup.print.
 */
export async function printFollowupSheet(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'followups'>): Promise<Output<'print', 'followups'>> {
  const followups = followupsForSheet(ctx, input);
  const payload = followupSheetJob.parse({ kind: 'followupSheet', ...documentBase(ctx, input.locale), followups });
  const first = followups[0]!;
  const delivered = await renderAndDeliver(ctx, jobs, {
    payload,
    page: A4_PORTRAIT,
    printerId: input.printerId,
    fileBase: `followup-${fileNamePart(followups.length === 1 ? `${first.clientName}-${first.title}` : input.clientId ? first.clientName : ctx.session.operatorName)}`,
  });
  return ctx.write(
    () => ({ ...delivered, followups: followups.length }),
    () => ({
      action: 'followup.print',
      entity: 'followup',
      entityId: input.id ?? null,
      detail: { clients: [...new Set(followups.map((f) => f.clientName))], followups: followups.length, locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}
