import { count } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Parsed } from '../../../contract';
import type { SessionStatus } from '../../../contract/session';
import { users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { generateRecoveryPassphrase, normalizeRecoveryPassphrase, WrongPassphraseError } from '../../security/data-key-store';
import { hashPassword } from '../../security/passwords';
import { resumeKeyRotation } from '../keys';
import { checkLogo, logoSummary, saveSettings, writeOrgLogo } from '../settings';
import { getUser, toSessionUser } from '../users';
import { sessionStatus } from './session-status';
import { insertStamps } from '../../core/write-path';

export function refuseUnlessFirstRun(ctx: ServiceContext): void {
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
 * First run, all or nothing: the data key is created and wrapped by the
 * recovery passphrase (and the OS keychain where there is one) into a temp
 * file; the first administrator and the site settings are saved in one
 * transaction, which moves the key file into place as its last step. A failure
 * anywhere (a full disk at the key file, the rename, a row, the audit entry or
 * the commit) rolls the transaction back and removes the key file, so the
 * desk is exactly as before and setup can simply be run again.
 */
export async function completeSetup(ctx: ServiceContext, input: Parsed<'setup', 'complete'>): Promise<SessionStatus> {
  refuseUnlessFirstRun(ctx);
  const pending = ctx.runtime.pendingRecoveryPassphrase;
  if (!pending || normalizeRecoveryPassphrase(input.recoveryPassphrase) !== normalizeRecoveryPassphrase(pending)) {
    throw new AppError('VALIDATION', 'The recovery passphrase was not typed back correctly.', undefined, [
      { path: 'recoveryPassphrase', message: 'recovery.mismatch' },
    ]);
  }
  // Checked before the key is made: a refused logo leaves nothing behind.
  const logo = input.orgLogo ? checkLogo(input.orgLogo.base64) : null;
  const passwordHash = await hashPassword(input.adminPassword);
  const { ring, file } = await ctx.runtime.keys.stageCreate(pending);
  // Two setups racing through the awaits above: only the first may commit.
  try {
    refuseUnlessFirstRun(ctx);
  } catch (err) {
    file.discard();
    throw err;
  }
  const id = uuidv7();
  try {
    ctx.writeAs(
      input.adminName,
      (tx) => {
        tx.insert(users)
          .values({ id, ...insertStamps(tx), login: input.adminLogin, name: input.adminName, roles: JSON.stringify(['admin']), passwordHash, lastSignInAt: tx.at })
          .run();
        saveSettings(ctx, tx, { siteName: input.siteName, orgName: input.orgName, locale: input.locale });
        if (logo) writeOrgLogo(tx, logo);
        file.commit();
      },
      () => ({ action: 'setup.complete', entity: 'user', entityId: id, detail: { login: input.adminLogin, siteName: input.siteName, orgName: input.orgName, orgLogo: logoSummary(logo) } }),
    );
  } catch (err) {
    file.discard();
    for (const { key } of ring.keys) key.fill(0);
    throw err;
  }
  ctx.runtime.openWith(ring);
  ctx.runtime.pendingRecoveryPassphrase = null;
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
      ctx.writeAs('', () => null, () => ({ action: 'keys.unsealFailed', entity: 'keys', entityId: null, detail: {} }));
      throw new AppError('WRONG_PASSPHRASE', 'That passphrase does not open the data.');
    }
  }
  return sessionStatus(ctx);
}
