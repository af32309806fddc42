import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db/open';
import { appendAudit, type AuditEntry } from '../audit/audit-log';
import type { PrintEngine } from '../print/print-engine';
import { PrintJobStore } from '../print/job-store';
import { appHandlers } from '../router/app-handlers';
import { createRouter, type Dispatch } from '../router/router';
import { FieldCipher } from '../security/field-cipher';
import type { KeyVault } from '../security/key-vault';
import type { Session } from '../security/roles';
import type { ServiceContext } from './context';
import { lockDataDir } from './data-dir-lock';
import { readOrCreateDeviceId } from './device-id';

export interface CoreOptions {
  dataDir: string;
  /** The app's own folder: migrations are found from here, never from the working directory. */
  appRoot: string;
  appVersion: string;
  shell: 'electron' | 'web';
  keyVault: KeyVault;
  printEngine: PrintEngine;
  now?: () => Date;
  logError?: (channel: string, err: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  /** For the shells and tests: the context a session's calls run in. */
  context: (session: Session) => ServiceContext;
  preMigrationBackup: string | null;
  close: () => Promise<void>;
}

/**
 * Until sign-in arrives (accounts issue), the desk runs as one local operator
 * who administers this PC. The router still checks every call against the
 * role table, so adding sign-in changes who the session is, not the checks.
 */
export const DESK_OPERATOR: Session = { operatorId: 'desk', operatorName: 'desk', roles: ['admin'] };

export function databaseFile(dataDir: string): string {
  return join(dataDir, 'reception.sqlite3');
}

export async function createCore(opts: CoreOptions): Promise<Core> {
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const unlock = lockDataDir(opts.dataDir);
  try {
    const cipher = new FieldCipher(await opts.keyVault.loadDataKey());
    const opened = await openDatabase({
      file: databaseFile(opts.dataDir),
      migrationsFolder: join(opts.appRoot, 'db', 'migrations'),
      backupsDir: join(opts.dataDir, 'backups'),
    });
    const { sqlite, db } = opened;
    const deviceId = readOrCreateDeviceId(opts.dataDir);
    const now = opts.now ?? (() => new Date());
    const logError = opts.logError ?? ((channel, err) => console.error(`[${channel}]`, err));

    const write = <T>(audit: (result: T) => AuditEntry, work: (tx: Db) => T): T =>
      sqlite.transaction(() => {
        const result = work(db);
        appendAudit(db, audit(result), now(), deviceId);
        return result;
      })();

    const context = (session: Session): ServiceContext => ({
      db,
      sqlite,
      cipher,
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
      session: () => DESK_OPERATOR,
      context,
      logError,
    });

    return {
      dispatch,
      context,
      preMigrationBackup: opened.preMigrationBackup,
      close: async () => {
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
