import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { writeFileAtomic } from './atomic-file';

/**
 * This PC's id, written on every row it creates so a future multi-desk sync can
 * tell desks apart. Kept beside the database, not in it, so it never syncs.
 */
export function readOrCreateDeviceId(dataDir: string): string {
  const file = join(dataDir, 'device-id');
  if (existsSync(file)) {
    const id = readFileSync(file, 'utf8').trim();
    if (id) return id;
  }
  const id = uuidv7();
  writeFileAtomic(file, id, 0o600);
  return id;
}
