/**
 * Why a backup operation refused or failed, as a stable code the caller
 * translates (the engine knows no UI language).
 */
export type BackupErrorReason =
  | 'manifest-damaged'
  | 'chunk-missing'
  | 'chunk-damaged'
  | 'checksum'
  | 'integrity'
  | 'newer-format'
  | 'wrong-key'
  | 'disk-full'
  | 'cancelled'
  | 'locked'
  | 'not-found'
  | 'not-a-store'
  | 'source'
  | 'error';

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly reason: BackupErrorReason,
    message: string,
  ) {
    super(message);
  }
}

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/** A system error as the BackupError a caller can act on; a full disk is told apart from any other failure. */
export function asBackupError(err: unknown): BackupError {
  if (err instanceof BackupError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (typeof code === 'string' && FULL_CODES.has(code)) return new BackupError('disk-full', message);
  return new BackupError('error', message);
}
