import { AppError } from '../../core/errors';
import { BackupError } from '../../backup';

/** Reasons that mean the snapshot itself is bad: it is refused, never restored in part. */
const DAMAGE = new Set(['manifest-damaged', 'chunk-missing', 'chunk-damaged', 'checksum', 'integrity', 'newer-format', 'wrong-key']);
const FOLDER = new Set(['missing', 'read-only', 'full', 'not-a-folder']);

/** A stable reason code for the screen, and a message for the log. */
export function problemOf(err: unknown): { reason: string; message: string } {
  if (err instanceof BackupError) return { reason: err.reason, message: err.message };
  if (err instanceof AppError) return { reason: String(err.details?.reason ?? err.code), message: err.message };
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return { reason: 'disk-full', message: String((err as Error).message) };
  return { reason: 'error', message: err instanceof Error ? err.message : String(err) };
}

/** The error a channel answers with, by the engine's reason. */
export function asAppError(err: unknown): unknown {
  if (err instanceof AppError || !(err instanceof BackupError)) {
    const { reason } = problemOf(err);
    return reason === 'disk-full' ? new AppError('STORAGE_FULL', 'The disk is full: the backup was not made; earlier snapshots are intact.') : err;
  }
  const details = { reason: err.reason };
  if (err.reason === 'disk-full') return new AppError('STORAGE_FULL', err.message, details);
  if (err.reason === 'locked') return new AppError('CONFLICT', err.message, { reason: 'busy' });
  if (err.reason === 'cancelled') return new AppError('CONFLICT', err.message, { reason: 'cancelled' });
  if (DAMAGE.has(err.reason)) return new AppError('BACKUP_DAMAGED', err.message, details);
  if (FOLDER.has(err.reason)) return new AppError('FOLDER_UNUSABLE', err.message, details);
  if (err.reason === 'not-found' || err.reason === 'not-a-store') return new AppError('NOT_FOUND', err.message, details);
  return new AppError('INTERNAL', err.message, details);
}
