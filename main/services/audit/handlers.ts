import type { DomainHandlers } from '../../core/handlers';
import { exportAudit } from './audit-export';
import { listAudit, listAuditActions } from './audit-query';
import { cancelVerify, startVerify, verifyProgress } from './audit-verify';

export const auditHandlers: DomainHandlers<'audit'> = {
  list: (ctx, input) => listAudit(ctx, input),
  verifyStart: (ctx, input) => startVerify(ctx, input),
  verifyProgress: (ctx, input) => verifyProgress(ctx, input),
  verifyCancel: (ctx, input) => cancelVerify(ctx, input),
  export: (ctx, input) => exportAudit(ctx, input),
  actions: (ctx) => listAuditActions(ctx),
};
