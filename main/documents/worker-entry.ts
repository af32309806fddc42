import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the documents worker's code is (as main/backup/worker-entry.ts): from
 * sources a .ts run through tsx; from the build its own rollup input
 * (electron.vite.config.ts), out/main/documents-worker.js.
 */
export function documentsWorkerEntry(here = import.meta.url): { file: string; execArgv: string[] } {
  const file = fileURLToPath(here);
  const dir = dirname(file);
  if (file.endsWith('.ts')) return { file: join(dir, 'documents-worker.ts'), execArgv: ['--import', 'tsx'] };
  const built = [join(dir, 'documents-worker.js'), join(dir, '..', 'documents-worker.js')].find((f) => existsSync(f));
  if (!built) throw new Error(`The documents worker is missing beside ${file} (expected documents-worker.js from the build).`);
  return { file: built, execArgv: [] };
}
