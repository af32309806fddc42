import { z } from 'zod';
import { channel } from './channel';

/** Why a snapshot was taken. */
export const SNAPSHOT_REASONS = ['scheduled', 'manual', 'quit', 'migration', 'restore', 'setup'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** How many snapshots of each age are kept; the newest is always kept. */
export const RETENTION_LIMITS = { daily: { min: 1, max: 60 }, weekly: { min: 0, max: 52 }, monthly: { min: 0, max: 120 } } as const;
export const DEFAULT_RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;
/** A scheduled snapshot runs at this local time unless the site chooses another. */
export const DEFAULT_DAILY_AT = '12:30';
/** The desk warns when the newest good snapshot is older than this. */
export const BACKUP_STALE_HOURS = 26;
/** Target folders this PC copies its snapshots to (a USB disk, a network share). */
export const MAX_BACKUP_TARGETS = 3;

const count = (max: number) => z.number('invalidType').int('invalidType').min(0, 'outOfRange').max(max, 'outOfRange');

export const retentionPolicy = z.strictObject({
  daily: count(RETENTION_LIMITS.daily.max).min(RETENTION_LIMITS.daily.min, 'outOfRange'),
  weekly: count(RETENTION_LIMITS.weekly.max),
  monthly: count(RETENTION_LIMITS.monthly.max),
});
export type RetentionPolicy = z.output<typeof retentionPolicy>;

/** Local time of day, `HH:mm`. */
export const timeOfDay = z.string('invalidType').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time.format');

export const backupSchedule = z.strictObject({
  dailyAt: timeOfDay,
  onQuit: z.boolean('invalidType'),
  retention: retentionPolicy,
});
export type BackupSchedule = z.output<typeof backupSchedule>;

/** A folder typed or chosen by an administrator: absolute, checked again in main (exists, writable). */
export const folderPath = z
  .string('invalidType')
  .trim()
  .min(1, 'required')
  .max(1000, 'tooLong')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'folder.notAbsolute');

/** A snapshot as people choose one: when, why, what it holds, which version wrote it. */
export const snapshotView = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(SNAPSHOT_REASONS),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** The database's size, and what this snapshot added to the store (the rest it shares with others). */
  dbBytes: z.number().int(),
  newBytes: z.number().int(),
  counts: z.object({ people: z.number().int(), visits: z.number().int(), clients: z.number().int(), plans: z.number().int(), auditEntries: z.number().int() }),
  durationMs: z.number().int(),
  /** The last full read-back of every chunk: when, and whether it held. */
  verified: z.object({ at: z.string(), ok: z.boolean(), reason: z.string().nullable() }).nullable(),
});
export type SnapshotView = z.output<typeof snapshotView>;

/** A stable reason code (`disk-full`, `read-only`, `missing`, `checksum` …) the screen translates; `message` is for the log. */
export const backupProblem = z.object({ reason: z.string(), message: z.string() });

export const backupOperation = z.object({
  kind: z.enum(['snapshot', 'verify', 'restore', 'sync']),
  reason: z.enum(SNAPSHOT_REASONS).nullable(),
  startedAt: z.string(),
  /** Bytes (or chunks) done of the whole; total 0 while it is not yet known. */
  done: z.number(),
  total: z.number(),
});

export const backupTarget = z.object({
  id: z.string(),
  folder: z.string(),
  lastSync: z.object({ at: z.string(), ok: z.boolean(), copiedBytes: z.number().int(), problem: backupProblem.nullable() }).nullable(),
});

/** What every signed-in desk may know: are backups being made? (the front desk warns when not). */
export const backupHealth = z.object({
  state: z.enum(['ok', 'stale', 'failing', 'never']),
  lastSuccessAt: z.string().nullable(),
  /** A target that could not be reached at its last try (the local snapshots are fine). */
  targetWarning: z.boolean(),
});
export type BackupHealth = z.output<typeof backupHealth>;

export const backupStatus = z.object({
  health: backupHealth,
  running: backupOperation.nullable(),
  last: snapshotView.nullable(),
  lastAttempt: z.object({ at: z.string(), ok: z.boolean(), problem: backupProblem.nullable() }).nullable(),
  nextAt: z.string().nullable(),
  schedule: backupSchedule,
  space: z.object({ storeBytes: z.number(), snapshots: z.number().int(), freeBytes: z.number().nullable() }),
  targets: z.array(backupTarget),
  /** Where the local snapshots are kept (the data folder's `backups/store`). */
  storeFolder: z.string(),
  /** False while the data key is sealed: nothing can be backed up until the passphrase opens it. */
  keyReady: z.boolean(),
});
export type BackupStatus = z.output<typeof backupStatus>;

const noInput = z.strictObject({});
const snapshotId = z.string('invalidType').regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,79}$/, 'invalidOption');
const recoveryPassphrase = z.string('invalidType').min(1, 'required').max(200, 'tooLong');

export const backup = {
  health: channel({ input: () => noInput, output: () => backupHealth, permission: 'app.view' }),
  status: channel({ input: () => noInput, output: () => backupStatus, permission: 'backup.manage' }),
  /** Every snapshot in the local store, newest first. */
  list: channel({ input: () => noInput, output: () => z.object({ snapshots: z.array(snapshotView) }), permission: 'backup.manage' }),
  /** Starts a snapshot now (in the background; `status` shows progress). */
  run: channel({ input: () => noInput, output: () => backupStatus, permission: 'backup.manage' }),
  /** Reads every chunk of one snapshot back and checks it (in the background). */
  verify: channel({ input: () => z.strictObject({ id: snapshotId }), output: () => backupStatus, permission: 'backup.manage' }),
  updateSchedule: channel({ input: () => backupSchedule, output: () => backupStatus, permission: 'backup.manage' }),
  addTarget: channel({ input: () => z.strictObject({ folder: folderPath }), output: () => backupStatus, permission: 'backup.manage' }),
  removeTarget: channel({ input: () => z.strictObject({ id: z.uuid('invalidId') }), output: () => backupStatus, permission: 'backup.manage' }),
  /** Copies to every target now (after plugging in the USB disk). */
  syncTargets: channel({ input: () => noInput, output: () => backupStatus, permission: 'backup.manage' }),
  /** The Electron shell's folder dialog; null in the web shell (the folder is typed). */
  chooseFolder: channel({ input: () => noInput, output: () => z.object({ folder: z.string().nullable() }), permission: 'backup.manage' }),
  /**
   * Replaces the data with a snapshot: the current state is snapshotted first
   * (so the restore can itself be undone), then the desk restarts on the
   * restored data and everyone signs in again.
   */
  restore: channel({
    input: () => z.strictObject({ id: snapshotId, confirm: z.literal(true, 'required') }),
    output: () => z.object({ restarting: z.literal(true), savedAs: z.string() }),
    permission: 'backup.manage',
  }),
};

/** Snapshots found in a folder chosen on a new PC, opened with the recovery passphrase. */
export const foundBackups = z.object({
  stores: z.array(z.object({ folder: z.string(), snapshots: z.array(snapshotView) })),
});

/** First run on a new PC: restore from a backup instead of setting up a new desk. */
export const setupRestore = {
  findBackups: channel({ input: () => z.strictObject({ folder: folderPath, recoveryPassphrase }), output: () => foundBackups, permission: 'public' }),
  restore: channel({
    input: () => z.strictObject({ folder: folderPath, snapshotId, recoveryPassphrase }),
    output: () => z.object({ restarting: z.literal(true) }),
    permission: 'public',
  }),
  chooseFolder: channel({ input: () => noInput, output: () => z.object({ folder: z.string().nullable() }), permission: 'public' }),
};
