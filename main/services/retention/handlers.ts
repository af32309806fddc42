import type { DomainHandlers } from '../../core/handlers';
import { listExpired } from './expired';
import { destructionRecordOf, listDestructions } from './records';
import { approveDestruction, rejectDestruction, requestDestruction } from './requests';
import { readRetentionRules, saveRetentionRules } from './rules';

export const retentionHandlers: DomainHandlers<'retention'> = {
  rules: (ctx) => readRetentionRules(ctx.db),
  saveRules: (ctx, input) => saveRetentionRules(ctx, input),
  expired: (ctx, input) => listExpired(ctx, input),
  request: (ctx, input) => requestDestruction(ctx, input),
  approve: (ctx, input) => approveDestruction(ctx, input),
  reject: (ctx, input) => rejectDestruction(ctx, input),
  list: (ctx, input) => listDestructions(ctx.db, ctx.session, input),
  get: (ctx, input) => destructionRecordOf(ctx.db, ctx.session, input.id),
};
