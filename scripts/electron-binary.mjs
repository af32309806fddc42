// Where the Electron binary is, without require('electron') (which tries to
// download it when missing; TOOLCHAIN.md trap 3). path.txt exists only after a
// successful download.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronBinary() {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * better-sqlite3 13 crashes on Node 20 (TOOLCHAIN.md). `npm run` puts the
 * project's Node 22 first on PATH; when a script is started with another Node,
 * name the one to use instead of crashing later.
 */
export function projectNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return process.execPath;
  const local = join(ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(local)) return local;
  console.error(`Reception Desk needs Node 22 or newer (this is ${process.version}). Run it with npm start / npm run start:web.`);
  process.exit(1);
}
