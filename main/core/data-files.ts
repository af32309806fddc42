import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file';

/**
 * Saves a file the app made (a badge PDF, an export) in a folder of the data
 * directory and returns its name; the renderer never sees a path. Two files in
 * the same second never overwrite each other.
 */
export function saveDataFile(dataDir: string, folder: string, base: string, ext: string, now: Date, data: Uint8Array): string {
  const fileName = freeDataFileName(dataDir, folder, base, ext, now);
  writeFileAtomic(join(dataDir, folder, fileName), data, 0o600);
  return fileName;
}

/** The name a file made now gets in that folder: base, the moment, and a number if the second is taken (a file written in steps takes it when done). */
export function freeDataFileName(dataDir: string, folder: string, base: string, ext: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:T]/g, '');
  const dir = join(dataDir, folder);
  let fileName = `${base}-${stamp}.${ext}`;
  for (let n = 2; existsSync(join(dir, fileName)); n++) fileName = `${base}-${stamp}-${n}.${ext}`;
  return fileName;
}
