import type { Output, Parsed } from '../../../contract';
import type { DestructionCertificateJob } from '../../../contract/print';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { PrintJobStore } from '../../print/job-store';
import { destructionRecordOf } from '../retention';
import { A4_PORTRAIT, renderAndDeliver } from './deliver-document';
import { documentBase } from './print-plan-documents';

/**
 * A destruction's certificate on A4 (issue 15): only once it was carried out,
 * and only from the record, which holds codes, classes, hashes and sizes —
 * never what was destroyed. Audited as destruction.print.
 */
export async function printDestruction(ctx: ServiceContext, jobs: PrintJobStore, input: Parsed<'print', 'destruction'>): Promise<Output<'print', 'destruction'>> {
  const record = destructionRecordOf(ctx.db, ctx.session, input.id);
  if (record.status !== 'done') throw new AppError('CONFLICT', 'Only a carried-out destruction has a certificate.', { reason: 'destructionNotDone', code: record.code });
  const payload: DestructionCertificateJob = { kind: 'destructionCertificate', ...documentBase(ctx, input.locale), record: { ...record, canDecide: false } };
  const delivered = await renderAndDeliver(ctx, jobs, { payload, page: A4_PORTRAIT, printerId: input.printerId, fileBase: `destruction-${record.code}` });
  return ctx.write(
    () => delivered,
    () => ({ action: 'destruction.print', entity: 'destruction', entityId: record.id, detail: { code: record.code, locale: input.locale, printerId: input.printerId, pages: delivered.pages } }),
  );
}
