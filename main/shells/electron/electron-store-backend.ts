import Store from 'electron-store';
import { join } from 'node:path';
import { PC_SETTINGS_FILE, type PcSettingsBackend } from '../../app';

/**
 * The Electron shell's PC settings through electron-store (atomic writes,
 * owner-only file), in the data folder beside the database so `--data-dir`
 * keeps a desk's files together. The schema, repair and migrations are the
 * shared ones (main/pc-settings), not electron-store's own: its schema check
 * throws on the whole file where one field is bad, and its migrations are
 * keyed by the app's version rather than the file's.
 */
export function electronStoreBackend(dataDir: string): PcSettingsBackend {
  let store: Store<Record<string, unknown>> | null = null;
  // Constructing reads the file: a file that is not JSON throws here (clearInvalidConfig off), and the caller sets it aside.
  const opened = () =>
    (store ??= new Store<Record<string, unknown>>({
      cwd: dataDir,
      name: PC_SETTINGS_FILE.replace(/\.json$/, ''),
      configFileMode: 0o600,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    }));
  return {
    file: join(dataDir, PC_SETTINGS_FILE),
    read: () => opened().store,
    write: (value) => {
      opened().store = value;
    },
  };
}
