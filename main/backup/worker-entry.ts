import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the backup worker's code is, and how to start it. From sources
 * (tests, tsx scripts) this file is a .ts beside backup-worker.ts, which
 * Node runs through tsx (a devDependency). From the build, the worker is its
 * own rollup input (electron.vite.config.ts) emitted as out/main/backup-worker.js,
 * beside the main bundle that holds this code.
 */
export function backupWorkerEntry(here = import.meta.url): { file: string; execArgv: string[] } {
  const file = fileURLToPath(here);
  const dir = dirname(file);
  if (file.endsWith('.ts')) return { file: join(dir, 'backup-worker.ts'), execArgv: ['--import', 'tsx'] };
  // A shared chunk would sit one folder down (out/main/chunks/); the entry files sit in out/main.
  const built = [join(dir, 'backup-worker.js'), join(dir, '..', 'backup-worker.js')].find((f) => existsSync(f));
  if (!built) throw new Error(`The backup worker is missing beside ${file} (expected backup-worker.js from the build).`);
  return { file: built, execArgv: [] };
}
