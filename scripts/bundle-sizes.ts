/**
 * The built bundle's files with their raw and gzip sizes, read from out/ after
 * `npm run build`. Used by `npm run bench:start` and by the e2e bundle budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const OUT = resolve(import.meta.dirname, '..', 'out');

export interface BuiltFile {
  /** Path under out/, with forward slashes (e.g. `renderer/assets/index-abc.js`). */
  path: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every .js/.cjs/.css file of one part of the build (main, preload or renderer), largest first. */
export function builtFiles(part: 'main' | 'preload' | 'renderer'): BuiltFile[] {
  return walk(join(OUT, part))
    .filter((file) => /\.(c?js|css)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(file);
      return { path: relative(OUT, file).split('\\').join('/'), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** The scripts and style sheets index.html loads before anything runs: the entry, as the browser fetches it first. */
export function entryFiles(): BuiltFile[] {
  const html = readFileSync(join(OUT, 'renderer', 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => `renderer/${m[1]}`);
  const all = builtFiles('renderer');
  return linked.map((path) => all.find((f) => f.path === path)!).filter(Boolean);
}

export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

function table(title: string, files: BuiltFile[]): void {
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  console.log(`\n${title}`);
  for (const f of files) console.log(`  ${f.path.padEnd(52)} ${kB(f.raw).padStart(10)}  gzip ${kB(f.gzip).padStart(9)}`);
  console.log(`  ${'total'.padEnd(52)} ${kB(total.raw).padStart(10)}  gzip ${kB(total.gzip).padStart(9)}`);
}

export function printBundleSizes(): void {
  table('main', builtFiles('main'));
  table('preload', builtFiles('preload'));
  table('renderer', builtFiles('renderer'));
  table('renderer entry (loaded by index.html before the first screen)', entryFiles());
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) printBundleSizes();
