import type { DomainHandlers } from '../../core/handlers';
import { commitImport } from './commit-import';
import { addChunk, beginImport, dropImport } from './import-sessions';
import { openImport } from './open-file';
import { previewImport } from './preview';
import { problemsFile } from './problems-file';

export const importsHandlers: DomainHandlers<'imports'> = {
  begin: (ctx, input) => beginImport(ctx, input.fileName, input.size),
  chunk: (ctx, input) => addChunk(ctx, input.importId, input.index, Buffer.from(input.data, 'base64')),
  open: (ctx, input) => openImport(ctx, input),
  check: (ctx, input) => previewImport(ctx, input),
  problems: (ctx, input) => problemsFile(ctx, input),
  commit: (ctx, input) => {
    const result = commitImport(ctx, input);
    // A committed file is done with: importing it twice would take its rows twice.
    dropImport(ctx, input.importId);
    return result;
  },
  cancel: (ctx, input) => {
    dropImport(ctx, input.importId);
    return {};
  },
};
