import { syncStamp } from '../../../db/schema/columns';
import { count } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { SessionStatus } from '../../../contract/session';
import { users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { generateRecoveryPassphrase, normalizeRecoveryPassphrase, WrongPassphraseError } from '../../security/data-key-store';
import { hashPassword } from '../../security/passwords';
import { resumeKeyRotation } from '../keys/key-rotation';
import { saveSettings } from '../settings/desk-settings';
import { getUser, toSessionUser } from '../users/user-rows';
import { sessionStatus } from './session-status';

function refuseUnlessFirstRun(ctx: ServiceContext): void {
  const existing = ctx.db.select({ n: count() }).from(users).get()?.n ?? 0;
  if (ctx.runtime.keys.exists() || existing > 0) throw new AppError('CONFLICT', 'This desk is already set up.', { reason: 'alreadySetUp' });
}

/** Made in main, shown once by the wizard, kept only in memory until it is typed back. */
export function recoveryPassphrase(ctx: ServiceContext): { passphrase: string } {
  refuseUnlessFirstRun(ctx);
  ctx.runtime.pendingRecoveryPassphrase ??= generateRecoveryPassphrase();
  return { passphrase: ctx.runtime.pendingRecoveryPassphrase };
}

/**
 * First run: the data key is created and wrapped by the recovery passphrase
 * (and the OS keychain where there is one), then the first administrator and
 * the site settings are saved in one transaction, and they are signed in.
 */
export async function completeSetup(ctx: ServiceContext, input: Parsed<'setup', 'complete'>): Promise<SessionStatus> {
  refuseUnlessFirstRun(ctx);
  const pending = ctx.runtime.pendingRecoveryPassphrase;
  if (!pending || normalizeRecoveryPassphrase(input.recoveryPassphrase) !== normalizeRecoveryPassphrase(pending)) {
    throw new AppError('VALIDATION', 'The recovery passphrase was not typed back correctly.', undefined, [
      { path: 'recoveryPassphrase', message: 'recovery.mismatch' },
    ]);
  }
  const passwordHash = await hashPassword(input.adminPassword);
  ctx.runtime.openWith(await ctx.runtime.keys.create(pending));
  ctx.runtime.pendingRecoveryPassphrase = null;
  const id = uuidv7();
  const stamp = ctx.now().toISOString();
  ctx.write(
    () => ({ actor: input.adminName, action: 'setup.complete', entity: 'user', entityId: id, detail: { login: input.adminLogin, siteName: input.siteName } }),
    (tx) => {
      tx.insert(users)
        .values({ id, ...syncStamp(stamp, ctx.deviceId), login: input.adminLogin, name: input.adminName, roles: JSON.stringify(['admin']), passwordHash, lastSignInAt: stamp })
        .run();
      saveSettings(ctx, tx, { siteName: input.siteName, locale: input.locale });
    },
  );
  ctx.runtime.session.signIn(toSessionUser(getUser(ctx.db, id)), ctx.now());
  return sessionStatus(ctx);
}

/** Where there is no OS keychain: the recovery passphrase opens the data key at start. */
export async function unseal(ctx: ServiceContext, passphrase: string): Promise<SessionStatus> {
  if (!ctx.runtime.keys.exists()) throw new AppError('SETUP_REQUIRED', 'Complete the first-run setup.');
  if (ctx.runtime.sealed) {
    try {
      ctx.runtime.openWith(await ctx.runtime.keys.openWithPassphrase(passphrase));
      resumeKeyRotation(ctx);
    } catch (err) {
      if (!(err instanceof WrongPassphraseError)) throw err;
      ctx.write(() => ({ actor: '', action: 'keys.unsealFailed', entity: 'keys', entityId: null, detail: {} }), () => null);
      throw new AppError('WRONG_PASSPHRASE', 'That passphrase does not open the data.');
    }
  }
  return sessionStatus(ctx);
}
