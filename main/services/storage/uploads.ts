import type { Output, Parsed } from '../../../contract';
import type { ServiceContext } from '../../core/context';

/*
 * Uploads in chunks (storage.begin / chunk / cancel): the bytes go straight
 * into the document store's sealed `.incoming` file; an upload becomes a
 * document only when archive.create or archive.submitVersion takes it.
 */

export function beginUpload(ctx: ServiceContext, input: Parsed<'storage', 'begin'>): Output<'storage', 'begin'> {
  return ctx.documents.uploads.begin(ctx.session.operatorId, input.fileName, input.size);
}

export function uploadChunk(ctx: ServiceContext, input: Parsed<'storage', 'chunk'>): Output<'storage', 'chunk'> {
  return ctx.documents.uploads.chunk(input.uploadId, ctx.session.operatorId, input.index, Buffer.from(input.data, 'base64'));
}

export function cancelUpload(ctx: ServiceContext, input: Parsed<'storage', 'cancel'>): Output<'storage', 'cancel'> {
  ctx.documents.uploads.cancel(input.uploadId, ctx.session.operatorId);
  return {};
}
