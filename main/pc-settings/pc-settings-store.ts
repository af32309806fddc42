import { existsSync, renameSync } from 'node:fs';
import { isPlainObject, repairFields } from '../core/repair-fields';
import { DEFAULT_PC_SETTINGS, storedPcSettings, type PcSettings } from './pc-settings-schema';

/** Where the settings file is kept: a plain JSON file (web shell) or electron-store (Electron). */
export interface PcSettingsBackend {
  /** The file's path: an unreadable file is moved aside from here. */
  readonly file: string;
  /** The stored object ({} when there is no file yet); throws a SyntaxError when the file is not JSON. */
  read(): unknown;
  /** Replaces the whole file, atomically. */
  write(value: Record<string, unknown>): void;
}

/** What opening the file found damaged and repaired. */
export interface PcSettingsRepairs {
  /** Fields reset to their default (`*`: the whole file was unreadable). */
  fields: string[];
  /** Where an unreadable file was kept aside, for whoever wants to look at it. */
  keptAs: string | null;
}

/** This PC's settings, the same for both shells; passed to the core like the print engine. */
export interface PcSettingsStore {
  get(): PcSettings;
  /** Saves the whole settings; with `version`, records a migration step as done in the same write. */
  set(next: PcSettings, version?: number): void;
  /** The schema version the file has reached (see PC_SETTINGS_VERSION). */
  version(): number;
  repairs(): PcSettingsRepairs;
}

/** 2026-11-27T23:40:05.123Z → 20261127T234005123Z: a file name every OS accepts. */
function fileStamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

interface Opened {
  settings: PcSettings;
  version: number;
  /** Keys this version does not know (a newer app's), kept on every write. */
  extras: Record<string, unknown>;
  repairs: PcSettingsRepairs;
}

function open(backend: PcSettingsBackend, now: () => Date): Opened {
  let stored: unknown;
  let keptAs: string | null = null;
  try {
    stored = backend.read();
  } catch (err) {
    // Only a file that is not JSON is set aside; a file that cannot be read at all (permissions) stops the start, said plainly.
    if (!(err instanceof SyntaxError) || !existsSync(backend.file)) throw err;
    keptAs = `${backend.file}.corrupt-${fileStamp(now())}`;
    renameSync(backend.file, keptAs);
    stored = backend.read();
  }
  const { value, repaired } = repairFields(storedPcSettings, DEFAULT_PC_SETTINGS, stored);
  const object = isPlainObject(stored) ? stored : {};
  const version = Number.isInteger(object.version) ? (object.version as number) : 0;
  const known = new Set([...Object.keys(storedPcSettings.shape), 'version']);
  const extras = Object.fromEntries(Object.entries(object).filter(([k]) => !known.has(k)));
  const fields = keptAs ? ['*'] : repaired;
  return { settings: value, version, extras, repairs: { fields, keptAs } };
}

/**
 * Opens this PC's settings file on first use (after the core holds the data
 * folder's lock): an unreadable file is kept aside as `<file>.corrupt-<time>`
 * and the defaults used; a readable one keeps every valid field and resets
 * only the invalid ones, which is written back at once so the file is sound.
 * What was repaired is kept for the core to report.
 */
export function openPcSettings(backend: PcSettingsBackend, now: () => Date = () => new Date()): PcSettingsStore {
  let state: Opened | null = null;
  const write = (s: Opened, next: PcSettings, version: number) => {
    backend.write({ ...s.extras, ...next, version });
    s.settings = next;
    s.version = version;
  };
  const load = (): Opened => {
    if (!state) {
      const opened = open(backend, now);
      if (opened.repairs.fields.length > 0) write(opened, opened.settings, opened.version);
      state = opened;
    }
    return state;
  };
  return {
    get: () => load().settings,
    set: (next, version) => {
      const s = load();
      write(s, storedPcSettings.parse(next), version ?? s.version);
    },
    version: () => load().version,
    repairs: () => load().repairs,
  };
}
