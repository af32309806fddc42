import type { DomainHandlers } from '../../core/handlers';
import { revealIdNumber } from './reveal-id';
import { searchVisitors } from './search';

export const visitorsHandlers: DomainHandlers<'visitors'> = {
  search: (ctx, input) => searchVisitors(ctx, input),
  revealId: (ctx, input) => revealIdNumber(ctx, input),
};
