import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { DOWNLOAD_GRACE_MS } from '../../files/file-outbox';

/**
 * Gives the caller a file one of their own calls made (download or save
 * dialog, by shell). Where it went is audited: an export that left the desk
 * is an export an auditor may ask about.
 */
export async function deliverFile(ctx: ServiceContext, input: Parsed<'files', 'deliver'>): Promise<Output<'files', 'deliver'>> {
  const file = ctx.outbox.find(input.fileId, ctx.session.operatorId, ctx.now().getTime());
  if (!file) throw new AppError('NOT_FOUND', 'That file is no longer on offer; make it again.');
  const delivery = await ctx.handOver.deliver(file);
  // A file that must not stay (personal data) goes once taken: at once when saved, after its link's life when downloaded.
  if (file.removeAfterHandOver && delivery.kind !== 'cancelled') ctx.outbox.withdraw(input.fileId, delivery.kind === 'saved' ? 0 : DOWNLOAD_GRACE_MS);
  if (delivery.kind !== 'cancelled') {
    ctx.write(
      () => null,
      () => ({ action: 'files.deliver', entity: 'file', entityId: null, detail: { fileName: file.fileName, how: delivery.kind, ...(delivery.kind === 'saved' && { place: delivery.place }) } }),
    );
  }
  return delivery;
}
