import type { DomainHandlers } from '../../core/handlers';
import { cancelExport, exportProgress, startExport } from './start';

export const exportsHandlers: DomainHandlers<'exports'> = {
  start: (ctx, input) => startExport(ctx, input),
  progress: (ctx, input) => exportProgress(ctx, input),
  cancel: (ctx, input) => cancelExport(ctx, input),
};
