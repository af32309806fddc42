import type { DomainHandlers } from '../../core/handlers';
import { exportAudit } from './audit-export';
import { listAudit, listAuditActions, verifyAudit } from './audit-query';

export const auditHandlers: DomainHandlers<'audit'> = {
  list: (ctx, input) => listAudit(ctx, input),
  verify: (ctx) => verifyAudit(ctx),
  export: (ctx, input) => exportAudit(ctx, input),
  actions: (ctx) => listAuditActions(ctx),
};
