import type { DomainHandlers } from '../../core/handlers';
import { deliverFile } from './deliver-file';

export const filesHandlers: DomainHandlers<'files'> = {
  deliver: (ctx, input) => deliverFile(ctx, input),
};
