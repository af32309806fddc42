import type { Output, Parsed } from '../../../contract';
import type { IncidentReportJob } from '../../../contract/print';
import { localMinute } from '../../core/clock';
import type { ServiceContext } from '../../core/context';
import type { PrintJobStore } from '../../print/job-store';
import { escalateDue, incidentDetailOf } from '../incidents';
import { A4_PORTRAIT, renderAndDeliver } from './deliver-document';
import { documentBase } from './print-plan-documents';

/**
 * An incident's report on A4 (DIGEST 02): what happened, who handled it and
 * when, the timeline and the call-back, as it stands when printed (overdue
 * ones escalate first). Audited as incident.print.
 */
export async function printIncident(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'incident'>): Promise<Output<'print', 'incident'>> {
  escalateDue(ctx);
  const incident = incidentDetailOf(ctx.db, input.id, ctx.session, localMinute(ctx.now()));
  // Paper records what happened; what the printing user may do next is no part of it.
  const payload: IncidentReportJob = { kind: 'incidentReport', ...documentBase(ctx, input.locale), incident: { ...incident, moves: [] } };
  const delivered = await renderAndDeliver(ctx, jobs, { payload, page: A4_PORTRAIT, printerId: input.printerId, fileBase: `incident-${incident.code}` });
  return ctx.write(
    () => delivered,
    () => ({
      action: 'incident.print',
      entity: 'incident',
      entityId: incident.id,
      detail: { code: incident.code, title: incident.title, locale: input.locale, printerId: input.printerId, pages: delivered.pages },
    }),
  );
}
