import { builtEntry } from '../core/built-entry';

/** Where the backup worker's code is, and how to start it (main/core/built-entry.ts): out/main/backup-worker.js once built. */
export function backupWorkerEntry(here = import.meta.url): { file: string; execArgv: string[] } {
  return builtEntry(here, 'backup-worker', 'backup worker');
}
