import type { DomainHandlers } from '../../core/handlers';
import { runStorageCheck, storageHealth } from './health';
import { beginUpload, cancelUpload, uploadChunk } from './uploads';

export const storageHandlers: DomainHandlers<'storage'> = {
  begin: (ctx, input) => beginUpload(ctx, input),
  chunk: (ctx, input) => uploadChunk(ctx, input),
  cancel: (ctx, input) => cancelUpload(ctx, input),
  health: (ctx) => storageHealth(ctx),
  check: (ctx) => runStorageCheck(ctx, 'manual'),
};
