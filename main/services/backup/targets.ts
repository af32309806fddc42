import { accessSync, closeSync, constants, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { MAX_BACKUP_TARGETS } from '../../../contract/backup';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';

export interface BackupTargetSetting {
  id: string;
  folder: string;
}

export function targetsOf(ctx: ServiceContext): BackupTargetSetting[] {
  return ctx.pcSettings.get().backupTargets;
}

type FolderProblem = 'missing' | 'not-a-folder' | 'read-only' | 'full';

/** Whether a folder can take backups now: there, a folder, and a small file can be written and removed in it. */
export function folderProblem(folder: string): FolderProblem | null {
  try {
    if (!statSync(folder).isDirectory()) return 'not-a-folder';
  } catch {
    return 'missing';
  }
  const probe = join(folder, `.reception-desk-probe-${process.pid}`);
  try {
    accessSync(folder, constants.W_OK);
    const fd = openSync(probe, 'w', 0o600);
    try {
      writeSync(fd, Buffer.alloc(4096));
    } finally {
      closeSync(fd);
    }
    unlinkSync(probe);
    return null;
  } catch (err) {
    try {
      unlinkSync(probe);
    } catch {
      // Never made.
    }
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOSPC' || code === 'EDQUOT' ? 'full' : 'read-only';
  }
}

function unusable(folder: string, reason: FolderProblem): AppError {
  return new AppError('FOLDER_UNUSABLE', `The folder ${folder} cannot take backups (${reason}).`, { reason, folder });
}

/** Only a folder that works now is added: a typo is told at once, not at tonight's backup. */
export function addTarget(ctx: ServiceContext, folder: string): BackupTargetSetting {
  const pc = ctx.pcSettings.get();
  if (pc.backupTargets.some((t) => t.folder === folder)) throw new AppError('CONFLICT', 'That folder is already a target.', { reason: 'duplicate' });
  if (pc.backupTargets.length >= MAX_BACKUP_TARGETS) throw new AppError('CONFLICT', 'No more targets can be added.', { reason: 'tooMany', max: MAX_BACKUP_TARGETS });
  const problem = folderProblem(folder);
  if (problem) throw unusable(folder, problem);
  const target = { id: uuidv7(), folder };
  ctx.pcSettings.set({ ...pc, backupTargets: [...pc.backupTargets, target] });
  return target;
}

export function removeTarget(ctx: ServiceContext, id: string): BackupTargetSetting {
  const pc = ctx.pcSettings.get();
  const target = pc.backupTargets.find((t) => t.id === id);
  if (!target) throw new AppError('NOT_FOUND', 'No such backup target.');
  ctx.pcSettings.set({ ...pc, backupTargets: pc.backupTargets.filter((t) => t.id !== id) });
  return target;
}

export { unusable as folderUnusable };
