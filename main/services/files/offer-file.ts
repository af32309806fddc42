import { join } from 'node:path';
import type { ServiceContext } from '../../core/context';
import { saveDataFile } from '../../core/data-files';

export interface OfferedFileRef {
  fileName: string;
  /** For `files.deliver`: the caller's own, for minutes. */
  fileId: string;
}

/**
 * Keeps a file the caller asked for (an export, a PDF) in the data folder and
 * offers it to them for hand-over. The folder copy stays, so a lost download
 * can be found again by an administrator — unless it holds personal data in
 * the clear (`removeAfterHandOver`): then it is gone once handed over or when
 * the offer ends, as a full export is.
 */
export function saveAndOffer(ctx: ServiceContext, folder: string, base: string, ext: string, data: Uint8Array, opts: { removeAfterHandOver?: boolean } = {}): OfferedFileRef {
  const fileName = saveDataFile(ctx.dataDir, folder, base, ext, ctx.now(), data);
  const fileId = ctx.outbox.offer({ path: join(ctx.dataDir, folder, fileName), fileName, ownerId: ctx.session.operatorId, ...(opts.removeAfterHandOver && { removeAfterHandOver: true }) }, ctx.now().getTime());
  return { fileName, fileId };
}
