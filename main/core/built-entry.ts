import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where code that runs in its own thread or process is, and how to start it.
 * `here` is the import.meta.url of a module beside that code's source. From
 * sources (tests, tsx scripts) `here` is a .ts and the code is `<name>.ts`
 * beside it, run through tsx (a devDependency). From the build the code is its
 * own rollup input (electron.vite.config.ts), emitted as out/main/<name>.js,
 * beside the main bundle or one folder up from a shared chunk (out/main/chunks/).
 */
export function builtEntry(here: string, name: string, what: string): { file: string; execArgv: string[] } {
  const file = fileURLToPath(here);
  const dir = dirname(file);
  if (file.endsWith('.ts')) return { file: join(dir, `${name}.ts`), execArgv: ['--import', 'tsx'] };
  const built = [join(dir, `${name}.js`), join(dir, '..', `${name}.js`)].find((f) => existsSync(f));
  if (!built) throw new Error(`The ${what} is missing beside ${file} (expected ${name}.js from the build).`);
  return { file: built, execArgv: [] };
}
