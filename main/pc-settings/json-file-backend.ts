import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/atomic-file';
import type { PcSettingsBackend } from './pc-settings-store';

/** This PC's settings file in the data folder (the web shell's JSON file; electron-store's in Electron). */
export const PC_SETTINGS_FILE = 'pc-settings.json';

/** The web shell's PC settings: a JSON file in the data folder, written atomically, owner-only. */
export function jsonFileBackend(dataDir: string): PcSettingsBackend {
  const file = join(dataDir, PC_SETTINGS_FILE);
  return {
    file,
    read: () => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
        throw err;
      }
      return JSON.parse(text) as unknown;
    },
    write: (value) => writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`),
  };
}
