import type { DomainHandlers } from '../../core/handlers';
import { AppError } from '../../core/errors';
import { restoreInApp } from './restore';
import { writeSchedule } from './schedule-settings';
import { startSnapshot, startSync, startVerify } from './snapshots';
import { backupHealth, backupStatus, snapshotList } from './status';
import { addTarget, removeTarget } from './targets';

export const backupHandlers: DomainHandlers<'backup'> = {
  health: (ctx) => backupHealth(ctx),
  status: (ctx) => backupStatus(ctx),
  list: (ctx) => snapshotList(ctx),
  run: (ctx) => {
    startSnapshot(ctx, 'manual');
    ctx.write(
      () => null,
      () => ({ action: 'backup.run', entity: 'backup', entityId: null, detail: {} }),
    );
    return backupStatus(ctx);
  },
  verify: async (ctx, input) => {
    await startVerify(ctx, input.id);
    return backupStatus(ctx);
  },
  updateSchedule: (ctx, input) => {
    ctx.write(
      (tx) => writeSchedule(tx, input),
      () => ({ action: 'backup.schedule', entity: 'backup', entityId: null, detail: { dailyAt: input.dailyAt, onQuit: input.onQuit, ...input.retention } }),
    );
    return backupStatus(ctx);
  },
  addTarget: (ctx, input) => {
    ctx.write(
      () => addTarget(ctx, input.folder),
      (t) => ({ action: 'backup.targetAdd', entity: 'backup', entityId: t.id, detail: { folder: t.folder } }),
    );
    // The first copy starts at once where there is something to copy (a busy desk copies after its current work).
    try {
      startSync(ctx);
    } catch {
      // Busy: the running snapshot copies to every target when it ends.
    }
    return backupStatus(ctx);
  },
  removeTarget: (ctx, input) => {
    ctx.write(
      () => removeTarget(ctx, input.id),
      (t) => ({ action: 'backup.targetRemove', entity: 'backup', entityId: t.id, detail: { folder: t.folder } }),
    );
    return backupStatus(ctx);
  },
  syncTargets: (ctx) => {
    if (ctx.pcSettings.get().backupTargets.length === 0) throw new AppError('NOT_FOUND', 'No backup target is set.', { reason: 'noTargets' });
    startSync(ctx);
    return backupStatus(ctx);
  },
  chooseFolder: async (ctx) => ({ folder: ctx.chooseFolder ? await ctx.chooseFolder() : null }),
  restore: (ctx, input) => restoreInApp(ctx, input.id),
};
