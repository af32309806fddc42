import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseDamagedError, DatabaseMissingError, DatabaseTooNewError, ForeignKeyCheckError, markCleanClose, openDatabase, type OpenedDb } from '../../db/open';
import type { FileHandOver } from '../files/file-delivery';
import { FileOutbox } from '../files/file-outbox';
import type { PcSettingsStore } from '../pc-settings/pc-settings-store';
import type { PrintEngine } from '../print/print-engine';
import { PrintJobStore } from '../print/job-store';
import { allHandlers } from './handlers';
import { createRouter, type Dispatch } from '../router/router';
import type { DataKeyStore } from '../security/data-key-store';
import type { Session } from '../security/roles';
import type { ServiceContext } from '../core/context';
import { lockDataDir } from './data-dir-lock';
import { createGate } from './gate';
import { DeskRuntime } from '../core/runtime';
import { readSettings } from '../services/settings/desk-settings';
import { checkSettingsAtStart } from '../services/settings/settings-at-start';
import { resumeKeyRotation } from '../services/keys/key-rotation';
import { replaySignInHistory } from '../services/session/sign-in-history';
import { SYSTEM } from '../core/context';
import { readOrCreateDeviceId } from './device-id';
import { DATA_FILES, evidenceOfUse, makeOwnerOnly, removeLeftoverTemps, restoreDetails } from './data-folder';
import { runDataMigrations } from './data-migrations';
import { asStartupError, StartupError } from '../core/startup-errors';
import { createWritePath } from '../core/write-path';
import { flushSearchIndex } from '../search';
import { backupOnQuit, snapshotBeforeMigration, startBackupSchedule } from '../services/backup';
import { applyPendingRestore } from './pending-restore';
import { recordRestore } from './record-restore';
import { SealSchedule } from '../audit/seal-schedule';
import { sealAuditHead } from '../services/audit';
import { startEscalationTimer } from '../services/incidents';
import { FileStore } from '../documents';
import { startStorageSchedule } from '../services/storage';
import { reapplyDestructions } from '../services/retention';
import { warmUpLibraries } from '../files/heavy-modules';
import { WalCheckpoints } from '../../db/wal-checkpoints';
import { watchIntegrity, type IntegrityWatch } from './integrity/integrity-watch';
import type { IntegrityVerdict } from './integrity/background-check';

export interface CoreOptions {
  dataDir: string;
  /** The app's own folder: migrations are found from here, never from the working directory. */
  appRoot: string;
  appVersion: string;
  shell: 'electron' | 'web';
  keys: DataKeyStore;
  /** Opens a passphrase-only data key at start without asking (automation and tests). */
  autoUnsealPassphrase?: string;
  printEngine: PrintEngine;
  /** This PC's settings: electron-store (Electron) or a JSON file in the data folder (web), one schema. */
  pcSettings: PcSettingsStore;
  /** How finished files reach the user: a browser download (web) or a save dialog (Electron). */
  handOver: FileHandOver;
  now?: () => Date;
  logError?: (channel: string, err: unknown) => void;
  /**
   * The shell closes this core and creates a new one on the same options (a
   * restore was staged); absent, the restore is put in place at the next start.
   */
  requestRestart?: (opts: { unsealPassphrase?: string }) => void;
  /**
   * The daily schedule and the snapshot on quit (default on). Off for tests and
   * scripts that open many short-lived cores; backup.run and restore still work.
   */
  automaticBackups?: boolean;
  /** The Electron shell's folder dialog (backup targets, restore on a new PC). */
  chooseFolder?: () => Promise<string | null>;
}

export interface Core {
  dispatch: Dispatch;
  /** For the shells and tests: the context a session's calls run in. */
  context: (session: Session) => ServiceContext;
  runtime: DeskRuntime;
  /** The raw handle, for tests that inspect or damage the file; services never see it (ServiceContext has `db` for reads and `write`). */
  sqlite: OpenedDb['sqlite'];
  preMigrationBackup: string | null;
  /** How the check of a file not closed cleanly ended (`intact` at once where none was needed; absent where no file was opened). */
  integrity?: Promise<IntegrityVerdict>;
  close: () => Promise<void>;
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, DATA_FILES.database);
}

/** A database that cannot be opened, said plainly with the way back. */
function databaseStartupError(err: unknown, dataDir: string, evidence: string[]): unknown {
  const file = databaseFile(dataDir);
  if (err instanceof DatabaseMissingError) {
    return new StartupError(err.state === 'missing' ? 'DATABASE_MISSING' : 'DATABASE_EMPTY', { file, size: err.size, evidence: evidence.join(', '), ...restoreDetails(dataDir) });
  }
  if (err instanceof DatabaseDamagedError) return new StartupError('DATABASE_DAMAGED', { file, problem: err.problem, ...restoreDetails(dataDir) });
  if (err instanceof DatabaseTooNewError) return new StartupError('DATABASE_TOO_NEW', { file, fileVersion: err.fileVersion, appVersion: err.appVersion });
  if (err instanceof ForeignKeyCheckError) {
    return new StartupError('MIGRATION_FAILED', { file, problem: err.message, backup: err.backup, backupsDir: join(dataDir, DATA_FILES.backups) });
  }
  return err;
}

/**
 * The key file and the database must agree on whether this desk was set up:
 * setup writes both or neither, so one without the other is damage.
 */
function checkSetUpState(sqlite: OpenedDb['sqlite'], dataDir: string, keys: DataKeyStore): void {
  const users = sqlite.prepare('SELECT COUNT(*) FROM users').pluck().get() as number;
  const keyFile = join(dataDir, DATA_FILES.keyFile);
  if (keys.exists() && users === 0) throw new StartupError('DATABASE_WITHOUT_USERS', { file: databaseFile(dataDir), keyFile, ...restoreDetails(dataDir) });
  if (!keys.exists() && users > 0) throw new StartupError('KEY_FILE_MISSING', { file: keyFile, users });
}

function sweepDocuments(documents: FileStore, logError: (channel: string, err: unknown) => void): void {
  try {
    documents.sweep();
  } catch (err) {
    logError('documents.sweep', err);
  }
}

/** How long after the start the libraries the first answer does not need are loaded. */
const LIBRARY_WARM_UP_DELAY_MS = 1_000;
/** After a clean close, how long the start leaves the document store's sweep for later. */
const DOCUMENT_SWEEP_DELAY_MS = 15_000;
/** After a crash (or an upload cut short), how soon the sweep runs: just after the first answers, not before them. */
const CRASH_SWEEP_DELAY_MS = 2_000;

/**
 * Schedules the document store's sweep: soon after a crash (what it left), a
 * little later after a clean close (routine). Never before the first answer:
 * the sweep reads every folder of the store (27 000 files: 0.4 s on a busy
 * 2-core PC, issue 17). Uploads in memory keep their files, so an upload that
 * starts before it is safe. Returns the timer to clear at close.
 */
function sweepAtStart(documents: FileStore, closedCleanly: boolean, logError: (channel: string, err: unknown) => void): ReturnType<typeof setTimeout> {
  const soon = !closedCleanly || documents.hasIncomingLeftovers();
  const timer = setTimeout(() => sweepDocuments(documents, logError), soon ? CRASH_SWEEP_DELAY_MS : DOCUMENT_SWEEP_DELAY_MS);
  timer.unref?.();
  return timer;
}

/** The data key opens by itself through the OS keychain (or a given passphrase); otherwise the desk starts sealed. */
async function openRuntime(opts: CoreOptions): Promise<DeskRuntime> {
  const runtime = new DeskRuntime(opts.keys);
  if (!opts.keys.exists()) return runtime;
  const key = opts.keys.openWithKeychain() ?? (opts.autoUnsealPassphrase ? await opts.keys.openWithPassphrase(opts.autoUnsealPassphrase) : null);
  if (key) runtime.openWith(key);
  return runtime;
}

/**
 * Starts the desk on its data folder, checking what it opens first: the lock,
 * leftovers of an interrupted write, the key file, then the database (present
 * where the folder was used before, intact, not newer, and agreeing with the key
 * file). Every failure arrives as a StartupError with a plain message.
 */
export async function createCore(opts: CoreOptions): Promise<Core> {
  let unlock = () => {};
  let opened: OpenedDb | null = null;
  let sealer: SealSchedule | null = null;
  let walCheckpoints: WalCheckpoints | null = null;
  let integrityWatch: IntegrityWatch | null = null;
  try {
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
    unlock = lockDataDir(opts.dataDir);
    makeOwnerOnly(opts.dataDir);
    removeLeftoverTemps(opts.dataDir);
    const restored = applyPendingRestore(opts.dataDir);
    if (opts.keys.exists()) opts.keys.check();
    const evidence = evidenceOfUse(opts.dataDir);
    const deviceId = readOrCreateDeviceId(opts.dataDir);
    // The key opens before the database, so a migration is preceded by a real snapshot where it can be.
    const runtime = await openRuntime(opts);
    try {
      opened = await openDatabase({
        file: databaseFile(opts.dataDir),
        migrationsFolder: join(opts.appRoot, 'db', 'migrations'),
        backupsDir: join(opts.dataDir, DATA_FILES.backups),
        mustHoldData: evidence.length > 0,
        snapshotBeforeMigration: runtime.sealed
          ? undefined
          : () => snapshotBeforeMigration({ dataDir: opts.dataDir, databaseFile: databaseFile(opts.dataDir), runtime, appVersion: opts.appVersion, deviceId, ...(opts.now && { now: opts.now }) }),
      });
    } catch (err) {
      throw databaseStartupError(err, opts.dataDir, evidence);
    }
    const { sqlite, db } = opened;
    checkSetUpState(sqlite, opts.dataDir, opts.keys);
    const now = opts.now ?? (() => new Date());
    runDataMigrations(sqlite, deviceId, now());
    const logError = opts.logError ?? ((channel, err) => console.error(`[${channel}]`, err));
    // A restart must not reopen a login shut by failed attempts: the audit trail holds them.
    replaySignInHistory(db, runtime.signInLimiter, now());

    // The audit seal follows commits off their path (main/audit/seal.ts says why it is never ahead of the database).
    const seals = new SealSchedule(
      () => sealAuditHead(context(SYSTEM)),
      (err) => logError('audit.seal', err),
    );
    sealer = seals;
    // The log is folded into the file when the desk is idle or the log passes its bound, never inside a commit (issue 17).
    const checkpoints = new WalCheckpoints(sqlite, `${databaseFile(opts.dataDir)}-wal`, { onError: (err) => logError('wal.checkpoint', err) });
    walCheckpoints = checkpoints;
    // After a crash the file is read through in the background, the first answer does not wait for it (db/open.ts says why).
    const integrity = watchIntegrity({
      file: databaseFile(opts.dataDir),
      checkNow: opened.needsIntegrityCheck,
      checkpoints,
      now,
      logError,
      onDamage: () => opts.requestRestart?.({}),
    });
    integrityWatch = integrity;
    const writes = createWritePath(sqlite, db, now, deviceId, () => flushSearchIndex(sqlite), () => {
      seals.committed();
      checkpoints.committed();
    });

    const outbox = new FileOutbox();
    // The document store: start-up sweeps what a crash left (no key needed); an operator's uploads end with their session.
    const documents = new FileStore({ dataDir: opts.dataDir, backupKey: () => runtime.backupKey(), db });
    // The sweep reads every folder of the store, so it runs off the first answer's path (issue 17).
    const sweepLater = sweepAtStart(documents, opened.closedCleanly, logError);
    // pinyin-pro and chinese-days load a moment after the start, off the first answer's path (heavy-modules.ts).
    const warmUp = setTimeout(warmUpLibraries, LIBRARY_WARM_UP_DELAY_MS);
    warmUp.unref?.();
    runtime.opened.push(() => sweepDocuments(documents, logError));
    runtime.session.ended.push((operatorId) => documents.uploads.dropOwnedBy(operatorId));
    const context = (session: Session): ServiceContext => ({
      db,
      get cipher() {
        return runtime.requireCipher();
      },
      runtime,
      deviceId,
      now,
      session,
      dataDir: opts.dataDir,
      databaseFile: databaseFile(opts.dataDir),
      restart: (restartOpts = {}) => opts.requestRestart?.(restartOpts),
      ...(opts.chooseFolder && { chooseFolder: opts.chooseFolder }),
      shell: opts.shell,
      appVersion: opts.appVersion,
      printEngine: opts.printEngine,
      pcSettings: opts.pcSettings,
      outbox,
      documents,
      handOver: opts.handOver,
      write: (work, audit) => writes.write(session.operatorName, work, audit),
      writeAs: writes.write,
      reseal: writes.reseal,
    });

    const dispatch = createRouter({
      handlers: allHandlers(new PrintJobStore()),
      gate: createGate(runtime, () => readSettings(db).idleLockMinutes, now),
      context,
      // A broken page a call meets is damage found (integrity-watch.ts).
      logError: (channel, err) => {
        logError(channel, err);
        integrity.met(err);
      },
    });

    runtime.session.onIdleLock = (user, at) =>
      writes.write(user.operatorName, () => null, () => ({ action: 'session.idleLock', entity: 'user', entityId: user.operatorId, detail: { lockedAt: at.toISOString() } }));
    checkSettingsAtStart(context(SYSTEM));
    if (restored) recordRestore(context(SYSTEM), restored);
    // Destructions made after the restored snapshot are carried out again on it (issue 15: nothing destroyed comes back).
    if (restored?.destructions?.length) reapplyDestructions(context(SYSTEM), restored.destructions);
    // Start-up's seal check, as soon as the backup key is open: now (keychain), or a moment after the unseal or setup (off their path).
    runtime.opened.push(() => seals.committed());
    if (!runtime.sealed) seals.flush();
    resumeKeyRotation(context(SYSTEM));
    const automaticBackups = opts.automaticBackups !== false;
    if (automaticBackups) startBackupSchedule(context(SYSTEM));
    // Overdue incidents escalate now (a desk that was off catches up) and every minute while it runs.
    const stopEscalation = startEscalationTimer(context(SYSTEM), (err) => logError('incidents.escalate', err));
    // The storage health check when due (start, every hour, and once the key opens on a sealed start).
    const storageSchedule = automaticBackups ? startStorageSchedule(context(SYSTEM), (err) => logError('storage.check', err)) : null;
    if (storageSchedule) runtime.opened.push(storageSchedule.now);

    return {
      dispatch,
      context,
      runtime,
      sqlite,
      preMigrationBackup: opened.preMigrationBackup,
      integrity: integrity.verdict,
      close: async () => {
        clearTimeout(sweepLater);
        clearTimeout(warmUp);
        stopEscalation();
        storageSchedule?.stop();
        integrity.stop();
        await runtime.stopRotation();
        // The seal first, so the snapshot on quit carries the head as it is.
        seals.flush();
        // A damaged file is not copied into the backups; its way back is the snapshots already there.
        if (!integrity.damaged()) await backupOnQuit(context(SYSTEM), automaticBackups);
        seals.close();
        await documents.close();
        await opts.printEngine.close();
        // Folds the log into the file, unless the file is not known to be intact (the log then stays as it is).
        checkpoints.closeDatabase();
        // Only a file read through since the last crash is vouched for: else the next start checks it again.
        if (integrity.passed()) markCleanClose(databaseFile(opts.dataDir));
        unlock();
      },
    };
  } catch (err) {
    sealer?.cancel();
    integrityWatch?.stop();
    if (walCheckpoints) walCheckpoints.closeDatabase();
    else opened?.sqlite.close();
    unlock();
    throw asStartupError(err, opts.dataDir);
  }
}
