import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { writeFileAtomic } from '../core/atomic-file';
import { StartupError } from '../core/startup-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * This PC's id, written on every row it creates so a future multi-desk sync can
 * tell desks apart. Kept beside the database, not in it, so it never syncs.
 * A damaged id is told, not silently replaced: rows already carry the old one.
 */
export function readOrCreateDeviceId(dataDir: string): string {
  const file = join(dataDir, 'device-id');
  if (existsSync(file)) {
    const id = readFileSync(file, 'utf8').trim();
    if (UUID.test(id)) return id;
    throw new StartupError('DEVICE_ID_DAMAGED', { file, size: Buffer.byteLength(id) });
  }
  const id = uuidv7();
  writeFileAtomic(file, id, 0o600);
  return id;
}
