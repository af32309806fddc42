import { chmodSync, existsSync, lstatSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_SEAL_FILE } from '../audit/seal';
import { LEFTOVER_TEMP } from '../core/atomic-file';
import { PC_SETTINGS_FILE } from '../pc-settings/json-file-backend';

/** The data folder's own names, defined once. */
export const DATA_FILES = {
  database: 'reception.sqlite3',
  keyFile: 'data-key.json',
  deviceId: 'device-id',
  backups: 'backups',
  /** This PC's own settings (window, printer and its calibration, zoom): the web shell's file, and electron-store's in Electron. */
  pcSettings: PC_SETTINGS_FILE,
  /** This desk's audit chain head, sealed with a key the database does not hold (main/audit/seal.ts). */
  auditSeal: AUDIT_SEAL_FILE,
} as const;

/** Folders of the data folder that hold files the app made; each is owner-only like the rest. */
const APP_FOLDERS = [DATA_FILES.backups, 'prints', 'exports', 'exports-personal'];

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

/**
 * What shows that this data folder has been used before: the key file (made by
 * setup), the device id (made at the first start) or a backup. Where any is
 * present, a missing or empty database is damage, never a fresh start.
 */
export function evidenceOfUse(dataDir: string): string[] {
  const found: string[] = [];
  for (const name of [DATA_FILES.keyFile, DATA_FILES.deviceId]) if (existsSync(join(dataDir, name))) found.push(name);
  const backups = filesIn(join(dataDir, DATA_FILES.backups)).filter((f) => f.endsWith('.sqlite3'));
  if (backups.length > 0) found.push(`${DATA_FILES.backups}/ (${backups.length})`);
  const snapshots = snapshotFiles(dataDir);
  if (snapshots.length > 0) found.push(`${SNAPSHOTS_DIR}/ (${snapshots.length})`);
  return found;
}

/** Where the backup store keeps one file per snapshot (main/backup's layout). */
const STORE_DIR = join(DATA_FILES.backups, 'store');
const SNAPSHOTS_DIR = join(STORE_DIR, 'snapshots');

function snapshotFiles(dataDir: string): string[] {
  return filesIn(join(dataDir, SNAPSHOTS_DIR)).filter((f) => f.endsWith('.snap'));
}

/**
 * The local store and the time of its newest snapshot, read without the key
 * (the file's own time: a snapshot file is written once, when it is taken).
 */
export function latestSnapshot(dataDir: string): { store: string; at: string } | null {
  let newest: { at: number } | null = null;
  for (const name of snapshotFiles(dataDir)) {
    try {
      const at = statSync(join(dataDir, SNAPSHOTS_DIR, name)).mtimeMs;
      if (!newest || at > newest.at) newest = { at };
    } catch {
      // Removed by retention meanwhile.
    }
  }
  return newest ? { store: join(dataDir, STORE_DIR), at: new Date(newest.at).toISOString() } : null;
}

/** The newest backup by its time stamp (names sort by time), or null. */
export function latestBackup(dataDir: string): string | null {
  const dir = join(dataDir, DATA_FILES.backups);
  const newest = filesIn(dir)
    .filter((f) => f.endsWith('.sqlite3'))
    .sort()
    .at(-1);
  return newest ? join(dir, newest) : null;
}

/** What a message about the database needs to point at the way back. */
export function restoreDetails(dataDir: string): { backupsDir: string; latestBackup: string | null; latestSnapshotAt: string | null } {
  return { backupsDir: join(dataDir, DATA_FILES.backups), latestBackup: latestBackup(dataDir), latestSnapshotAt: latestSnapshot(dataDir)?.at ?? null };
}

function chmodQuietly(path: string, mode: number): void {
  try {
    // Never through a link: a link could point outside the data folder.
    if (!lstatSync(path).isSymbolicLink()) chmodSync(path, mode);
  } catch {
    // Gone between listing and chmod, or a file system without modes.
  }
}

/**
 * Everything the app keeps holds confidential data: the folder and its own
 * sub-folders are 0700, their files 0600, including what an older version or a
 * backup tool made with the default mode. The Electron user-data folder also
 * holds Chromium's files; the folder's own 0700 already closes those off.
 * Windows has no such modes (its user profile folder is private already).
 */
export function makeOwnerOnly(dataDir: string): void {
  if (process.platform === 'win32') return;
  chmodQuietly(dataDir, 0o700);
  for (const name of filesIn(dataDir)) {
    if (name.startsWith(DATA_FILES.database) || name === DATA_FILES.keyFile || name === DATA_FILES.deviceId || name === DATA_FILES.pcSettings || name === DATA_FILES.auditSeal || name === 'app.lock') {
      chmodQuietly(join(dataDir, name), 0o600);
    }
  }
  for (const folder of APP_FOLDERS) {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) continue;
    chmodQuietly(dir, 0o700);
    for (const name of filesIn(dir)) chmodQuietly(join(dir, name), 0o600);
  }
}

/**
 * Temp files of an atomic write that a crash or power cut interrupted
 * (`data-key.json.<pid>.tmp`, `prints/x.pdf.<pid>.tmp`). Called while holding
 * the data folder's lock, so no other desk can be writing them.
 */
export function removeLeftoverTemps(dataDir: string): string[] {
  const removed: string[] = [];
  // At the top only our own files' temps: the Electron user-data folder also holds Chromium's files.
  const ours = (dir: string, name: string) =>
    LEFTOVER_TEMP.test(name) && (dir !== dataDir || name.startsWith(`${DATA_FILES.keyFile}.`) || name.startsWith(`${DATA_FILES.deviceId}.`) || name.startsWith(`${DATA_FILES.auditSeal}.`));
  for (const dir of [dataDir, ...APP_FOLDERS.map((f) => join(dataDir, f))]) {
    for (const name of filesIn(dir)) {
      if (!ours(dir, name)) continue;
      try {
        unlinkSync(join(dir, name));
        removed.push(join(dir, name));
      } catch {
        // Already gone.
      }
    }
  }
  return removed;
}
