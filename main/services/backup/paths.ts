import { join } from 'node:path';

/** The data folder's backup names, defined once (the folder itself is DATA_FILES.backups). */
export const BACKUP_FILES = {
  /** The local snapshot store (main/backup's format, encrypted like a target's copy). */
  store: join('backups', 'store'),
  /** The last attempt, each target's last copy and each snapshot's last read-back: kept outside the database, so a restore does not lose them. */
  status: join('backups', 'status.json'),
} as const;

/** What a restore leaves for the next start to put in place (main/app/pending-restore.ts). */
export const RESTORE_FILES = {
  marker: 'restore-pending.json',
  database: 'reception.sqlite3.restore',
  keyFile: 'data-key.json.restore',
  /** The document store's files of the restored snapshot, swapped in for `documents/` with the database. */
  documents: 'documents.restore',
} as const;

export const localStore = (dataDir: string): string => join(dataDir, BACKUP_FILES.store);
export const statusFile = (dataDir: string): string => join(dataDir, BACKUP_FILES.status);
