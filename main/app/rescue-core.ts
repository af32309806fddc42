import { findChannel } from '../../contract';
import type { Result } from '../../contract/result';
import type { SessionStatus } from '../../contract/session';
import { ANONYMOUS, type ServiceContext } from '../core/context';
import { AppError } from '../core/errors';
import { DeskRuntime } from '../core/runtime';
import type { StartupError } from '../core/startup-errors';
import { validationError, type Dispatch } from '../router/router';
import { findBackups, restoreFirstRun } from '../services/backup';
import { latestSnapshot } from './data-folder';
import { lockDataDir } from './data-dir-lock';
import type { Core, CoreOptions } from './create-core';

/** Start-up failures a restore from a backup mends: the data or its key is gone or damaged. */
export const RESCUABLE = new Set([
  'DATABASE_MISSING',
  'DATABASE_EMPTY',
  'DATABASE_DAMAGED',
  'DATABASE_WITHOUT_USERS',
  'KEY_FILE_MISSING',
  'KEY_FILE_EMPTY',
  'KEY_FILE_TRUNCATED',
  'KEY_FILE_NOT_JSON',
  'KEY_FILE_FIELD',
  'KEY_FILE_CHECKSUM',
]);

function fail(code: 'SETUP_REQUIRED' | 'INTERNAL', message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

/**
 * What answers while the data cannot be opened: the session status (phase
 * `damaged`, with the reason in both languages and the newest snapshot), and
 * the restore channels of the first-run wizard, which then put a snapshot in
 * place. Nothing else runs, the damaged files are not opened, and the
 * restore moves them aside rather than over them (pending-restore.ts).
 */
export function createRescueCore(opts: CoreOptions, failure: StartupError): Core {
  const unlock = lockDataDir(opts.dataDir);
  const runtime = new DeskRuntime(opts.keys);
  const latest = latestSnapshot(opts.dataDir);
  const status: SessionStatus = {
    phase: 'damaged',
    siteName: '',
    locale: 'zh-CN',
    user: null,
    permissions: [],
    idleLockMinutes: 10,
    keyProtection: opts.keys.protection,
    damage: { code: failure.code, zh: failure.zh, en: failure.en, storeFolder: latest?.store ?? null, latestSnapshotAt: latest?.at ?? null },
  };
  // Only what the restore reads: the folder, the key store, the clock and the restart.
  const ctx = {
    dataDir: opts.dataDir,
    runtime,
    now: opts.now ?? (() => new Date()),
    session: ANONYMOUS,
    appVersion: opts.appVersion,
    restart: (r: { unsealPassphrase?: string } = {}) => opts.requestRestart?.(r),
    ...(opts.chooseFolder && { chooseFolder: opts.chooseFolder }),
  } as unknown as ServiceContext;
  const handlers: Record<string, (input: never) => Promise<unknown> | unknown> = {
    'session.status': () => status,
    // The screens' language is anyone's choice here too; nothing is stored (there is no database to store it in).
    'session.setLocale': (i: { locale: SessionStatus['locale'] }) => Object.assign(status, { locale: i.locale }),
    'setup.findBackups': (i: { folder: string; recoveryPassphrase: string }) => findBackups(ctx, i.folder, i.recoveryPassphrase),
    'setup.restore': (i: { folder: string; snapshotId: string; recoveryPassphrase: string }) => restoreFirstRun(ctx, i.folder, i.snapshotId, i.recoveryPassphrase, 'rescue'),
    'setup.chooseFolder': async () => ({ folder: opts.chooseFolder ? await opts.chooseFolder() : null }),
  };
  const dispatch: Dispatch = async (name, raw) => {
    const channelName = typeof name === 'string' ? name : '';
    const handler = handlers[channelName];
    if (!handler) return fail('SETUP_REQUIRED', 'The data could not be opened: restore it from a backup.');
    const input = findChannel(channelName)!.input.safeParse(raw ?? {});
    if (!input.success) return { ok: false, error: validationError(input.error) };
    try {
      return { ok: true, value: await handler(input.data as never) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message, ...(err.details && { details: err.details }) } };
      opts.logError?.(channelName, err);
      return fail('INTERNAL', 'The restore failed.');
    }
  };
  return {
    dispatch,
    context: () => ctx,
    runtime,
    sqlite: null as never,
    preMigrationBackup: null,
    close: async () => {
      unlock();
    },
  };
}
