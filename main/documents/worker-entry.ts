import { builtEntry } from '../core/built-entry';

/** Where the documents worker's code is (main/core/built-entry.ts): out/main/documents-worker.js once built. */
export function documentsWorkerEntry(here = import.meta.url): { file: string; execArgv: string[] } {
  return builtEntry(here, 'documents-worker', 'documents worker');
}
