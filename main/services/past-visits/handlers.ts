import type { DomainHandlers } from '../../core/handlers';
import { decideChange, listChanges, requestChange } from './changes';
import { pastVisitFile } from './file';
import { listPastVisits } from './list';
import { reopenPlan } from './reopen';

export const pastVisitsHandlers: DomainHandlers<'pastVisits'> = {
  list: (ctx, input) => listPastVisits(ctx, input),
  file: (ctx, input) => pastVisitFile(ctx, input.planId),
  reopen: (ctx, input) => reopenPlan(ctx, input),
  requestChange: (ctx, input) => requestChange(ctx, input),
  decideChange: (ctx, input) => decideChange(ctx, input),
  changes: (ctx, input) => listChanges(ctx, input),
};
