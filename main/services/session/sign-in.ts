import { eq } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import type { SessionStatus } from '../../../contract/session';
import { users } from '../../../db/schema';
import { ANONYMOUS, type ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../security/passwords';
import { getUser, toSessionUser, type UserRow } from '../users';
import { readSettings, saveSettings } from '../settings';
import { sessionStatus } from './session-status';

function refuseWhileLockedOut(ctx: ServiceContext, login: string): void {
  const wait = ctx.runtime.signInLimiter.retryAfterSeconds(login, ctx.now());
  if (wait > 0) throw new AppError('ACCOUNT_LOCKED', 'Too many failed attempts; try again later.', { retryAfterSeconds: wait });
}

/** The audit trail keeps every failure; the count towards the lock-out is kept in memory, for any login. */
function recordFailure(ctx: ServiceContext, row: UserRow | undefined, attemptedLogin: string, action: string): void {
  ctx.writeAs(
    attemptedLogin,
    () => null,
    () => ({ action, entity: 'user', entityId: row?.id ?? null, detail: { login: attemptedLogin, knownLogin: !!row } }),
  );
  ctx.runtime.signInLimiter.recordFailure(attemptedLogin, ctx.now());
}

/**
 * Checks a password for a login, counting failures towards a growing lock-out.
 * Every path — unknown login, disabled account, shut login, wrong or right
 * password — spends one password check before it answers, and a shut login
 * answers the same whether it exists or not: neither the time nor the shape of
 * an answer tells which logins exist.
 */
async function checkPassword(ctx: ServiceContext, row: UserRow | undefined, login: string, password: string, failAction: string): Promise<UserRow> {
  const account = row && row.active && !row.deletedAt ? row : undefined;
  let right = false;
  if (account) right = await verifyPassword(password, account.passwordHash);
  else await burnPasswordCheck(password);
  // A try while shut is refused without counting, even with the right password.
  refuseWhileLockedOut(ctx, login);
  if (!account || !right) {
    recordFailure(ctx, account, login, failAction);
    refuseWhileLockedOut(ctx, login);
    throw new AppError('INVALID_CREDENTIALS', 'Wrong login or password.');
  }
  return account;
}

function recordSuccess(ctx: ServiceContext, row: UserRow, action: string): void {
  ctx.runtime.signInLimiter.clear(row.login);
  ctx.writeAs(
    row.name,
    (tx) => tx.update(users).set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: tx.at }).where(eq(users.id, row.id)).run(),
    () => ({ action, entity: 'user', entityId: row.id, detail: { login: row.login } }),
  );
}

export async function signIn(ctx: ServiceContext, input: Parsed<'session', 'signIn'>): Promise<SessionStatus> {
  if (!ctx.runtime.keys.exists()) throw new AppError('SETUP_REQUIRED', 'Complete the first-run setup.');
  ctx.runtime.requireCipher();
  const row = ctx.db.select().from(users).where(eq(users.login, input.login)).get();
  const user = await checkPassword(ctx, row, input.login, input.password, 'session.signInFailed');
  const kiosk = ctx.runtime.session.kiosk();
  // Leaving the feedback kiosk is a staff sign-in, recorded as such with how many answered.
  if (kiosk) ctx.writeAs(user.name, () => null, () => ({ action: 'feedback.kioskEnd', entity: 'feedbackTemplate', entityId: kiosk.templateId, detail: { taken: kiosk.taken, startedBy: kiosk.startedBy.operatorName } }));
  recordSuccess(ctx, user, 'session.signIn');
  ctx.runtime.session.signIn(toSessionUser(user), ctx.now());
  return sessionStatus(ctx);
}

export async function unlock(ctx: ServiceContext, password: string): Promise<SessionStatus> {
  const current = ctx.runtime.session.current();
  if (!current) throw new AppError('UNAUTHORIZED', 'Nobody is signed in.');
  const row = getUser(ctx.db, current.operatorId);
  await checkPassword(ctx, row, row.login, password, 'session.unlockFailed');
  recordSuccess(ctx, row, 'session.unlock');
  ctx.runtime.session.unlock(ctx.now());
  return sessionStatus(ctx);
}

export function signOut(ctx: ServiceContext): SessionStatus {
  // The kiosk is left by a staff sign-in only: a visitor's "sign out" would end it with no one there.
  if (ctx.runtime.session.kiosk()) return sessionStatus(ctx);
  const user = ctx.runtime.session.current();
  if (user) ctx.writeAs(user.operatorName, () => null, () => ({ action: 'session.signOut', entity: 'user', entityId: user.operatorId, detail: {} }));
  ctx.runtime.session.signOut();
  return sessionStatus(ctx);
}

export function lock(ctx: ServiceContext): SessionStatus {
  const user = ctx.runtime.session.current();
  if (user) ctx.writeAs(user.operatorName, () => null, () => ({ action: 'session.lock', entity: 'user', entityId: user.operatorId, detail: {} }));
  ctx.runtime.session.lock();
  return sessionStatus(ctx);
}

export async function changePassword(ctx: ServiceContext, input: Parsed<'session', 'changePassword'>): Promise<SessionStatus> {
  const current = ctx.runtime.session.current()!;
  const row = getUser(ctx.db, current.operatorId);
  if (!(await verifyPassword(input.current, row.passwordHash))) {
    throw new AppError('VALIDATION', 'The current password is wrong.', undefined, [{ path: 'current', message: 'password.wrongCurrent' }]);
  }
  if (input.current === input.next) {
    throw new AppError('VALIDATION', 'Choose a new password.', undefined, [{ path: 'next', message: 'password.same' }]);
  }
  const passwordHash = await hashPassword(input.next);
  ctx.writeAs(
    row.name,
    (tx) => tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, row.id)).run(),
    () => ({ action: 'session.passwordChange', entity: 'user', entityId: row.id, detail: {} }),
  );
  ctx.runtime.session.update(toSessionUser(getUser(ctx.db, row.id)));
  return sessionStatus(ctx);
}

/**
 * Signed in, the language is the site's stored setting (audited with who chose
 * it). Signed out, locked, or before a required password change, it changes
 * only the screens of this run: a desk nobody has opened stores nothing.
 */
export function setLocale(ctx: ServiceContext, locale: 'zh-CN' | 'en'): SessionStatus {
  const user = ctx.runtime.session.current();
  if (ctx.session === ANONYMOUS || !user || user.mustChangePassword) {
    ctx.runtime.screenLocale = locale;
    return sessionStatus(ctx);
  }
  if (readSettings(ctx.db).locale !== locale) {
    ctx.write(
      (tx) => saveSettings(ctx, tx, { locale }),
      () => ({ action: 'settings.locale', entity: 'settings', entityId: 'desk', detail: { locale } }),
    );
  }
  ctx.runtime.screenLocale = null;
  return sessionStatus(ctx);
}
