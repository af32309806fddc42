import { SAVE_AS_PDF } from '../../contract/print';
import { permissionsOf } from '../security/roles';
import type { PrintJobStore } from '../print/job-store';
import { BADGE_LAYOUTS } from '../print/layouts';
import { AppError } from '../core/errors';
import { printBadges } from '../services/print/print-badges';
import { readSettings, updateSettings } from '../services/settings/desk-settings';
import { searchVisitors } from '../services/visitors/search';
import { checkIn } from '../services/visits/check-in';
import { checkOut, checkOutByBadge, listVisits, undoCheckOut } from '../services/visits/check-out';
import type { Handlers } from './handlers';

/** Wires each contract channel to its service. */
export function appHandlers(jobs: PrintJobStore): Handlers {
  return {
    app: {
      info: (ctx) => ({
        version: ctx.appVersion,
        shell: ctx.shell,
        deviceId: ctx.deviceId,
        operator: { name: ctx.session.operatorName, roles: ctx.session.roles },
        permissions: [...permissionsOf(ctx.session)],
      }),
    },
    visitors: {
      search: (ctx, input) => searchVisitors(ctx, input),
    },
    visits: {
      checkIn: (ctx, input) => checkIn(ctx, input),
      list: (ctx, input) => listVisits(ctx, input.scope),
      checkOut: (ctx, input) => checkOut(ctx, input.visitId),
      checkOutByBadge: (ctx, input) => checkOutByBadge(ctx, input.badgeNo),
      undoCheckOut: (ctx, input) => undoCheckOut(ctx, input.visitId),
    },
    print: {
      options: async (ctx) => ({
        layouts: [...BADGE_LAYOUTS],
        printers: [{ id: SAVE_AS_PDF, name: 'PDF', isDefault: false }, ...(await ctx.printEngine.listPrinters())],
      }),
      badges: (ctx, input) => printBadges(ctx, jobs, input),
      job: (_ctx, input) => {
        const payload = jobs.get(input.jobId);
        if (!payload) throw new AppError('NOT_FOUND', 'This print job has expired.');
        return payload;
      },
    },
    settings: {
      get: (ctx) => readSettings(ctx.db),
      update: (ctx, input) => updateSettings(ctx, input),
    },
  };
}
