import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { appendAudit, type AuditEntry } from '../audit/audit-log';
import type { PrintEngine } from '../print/print-engine';
import { PrintJobStore } from '../print/job-store';
import { appHandlers } from '../router/app-handlers';
import { createRouter, type Dispatch } from '../router/router';
import type { DataKeyStore } from '../security/data-key-store';
import type { Session } from '../security/roles';
import type { ServiceContext } from './context';
import { lockDataDir } from './data-dir-lock';
import { createGate } from './gate';
import { DeskRuntime } from './runtime';
import { readSettings } from '../services/settings/desk-settings';
import { resumeKeyRotation } from '../services/keys/key-rotation';
import { SYSTEM } from './context';
import { readOrCreateDeviceId } from './device-id';
import { runDataMigrations } from './data-migrations';

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
  now?: () => Date;
  logError?: (channel: string, err: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  /** For the shells and tests: the context a session's calls run in. */
  context: (session: Session) => ServiceContext;
  runtime: DeskRuntime;
  preMigrationBackup: string | null;
  close: () => Promise<void>;
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, 'reception.sqlite3');
}

/** The data key opens by itself through the OS keychain (or a given passphrase); otherwise the desk starts sealed. */
async function openRuntime(opts: CoreOptions): Promise<DeskRuntime> {
  const runtime = new DeskRuntime(opts.keys);
  if (!opts.keys.exists()) return runtime;
  const key = opts.keys.openWithKeychain() ?? (opts.autoUnsealPassphrase ? await opts.keys.openWithPassphrase(opts.autoUnsealPassphrase) : null);
  if (key) runtime.openWith(key);
  return runtime;
}

export async function createCore(opts: CoreOptions): Promise<Core> {
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const unlock = lockDataDir(opts.dataDir);
  try {
    const opened = await openDatabase({
      file: databaseFile(opts.dataDir),
      migrationsFolder: join(opts.appRoot, 'db', 'migrations'),
      backupsDir: join(opts.dataDir, 'backups'),
    });
    const { sqlite, db } = opened;
    const deviceId = readOrCreateDeviceId(opts.dataDir);
    const now = opts.now ?? (() => new Date());
    runDataMigrations(sqlite, deviceId, now());
    const logError = opts.logError ?? ((channel, err) => console.error(`[${channel}]`, err));
    const runtime = await openRuntime(opts);

    const write = <T>(audit: (result: T) => AuditEntry, work: (tx: Db) => T): T =>
      sqlite.transaction(() => {
        const result = work(db);
        appendAudit(db, audit(result), now(), deviceId);
        return result;
      })();

    const context = (session: Session): ServiceContext => ({
      db,
      sqlite,
      get cipher() {
        return runtime.requireCipher();
      },
      runtime,
      deviceId,
      now,
      session,
      dataDir: opts.dataDir,
      shell: opts.shell,
      appVersion: opts.appVersion,
      printEngine: opts.printEngine,
      write,
    });

    const dispatch = createRouter({
      handlers: appHandlers(new PrintJobStore()),
      gate: createGate(runtime, () => readSettings(db).idleLockMinutes, now),
      context,
      logError,
    });

    runtime.session.onIdleLock = (user, at) =>
      write(() => ({ actor: user.operatorName, action: 'session.idleLock', entity: 'user', entityId: user.operatorId, detail: { lockedAt: at.toISOString() } }), () => null);
    resumeKeyRotation(context(SYSTEM));

    return {
      dispatch,
      context,
      runtime,
      preMigrationBackup: opened.preMigrationBackup,
      close: async () => {
        await runtime.stopRotation();
        await opts.printEngine.close();
        sqlite.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
