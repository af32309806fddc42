import { eq } from 'drizzle-orm';
import type { Parsed } from '../../../contract';
import type { SessionStatus } from '../../../contract/session';
import { users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../security/passwords';
import { getUser, toSessionUser, type UserRow } from '../users/user-rows';
import { readSettings, saveSettings } from '../settings/desk-settings';
import { sessionStatus } from './session-status';

/** Failures allowed before the account shuts; then each further one doubles the wait. */
const FREE_ATTEMPTS = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

export function lockSeconds(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failedAttempts - FREE_ATTEMPTS));
}

function refuseWhileLockedOut(ctx: ServiceContext, row: UserRow): void {
  if (!row.lockedUntil) return;
  const wait = Math.ceil((new Date(row.lockedUntil).getTime() - ctx.now().getTime()) / 1000);
  if (wait > 0) throw new AppError('ACCOUNT_LOCKED', 'Too many failed attempts; try again later.', { retryAfterSeconds: wait });
}

function recordFailure(ctx: ServiceContext, row: UserRow | undefined, attemptedLogin: string, action: string): void {
  const now = ctx.now();
  ctx.write(
    () => ({ actor: attemptedLogin, action, entity: 'user', entityId: row?.id ?? null, detail: { login: attemptedLogin, knownLogin: !!row } }),
    (tx) => {
      if (!row) return;
      const failedAttempts = row.failedAttempts + 1;
      const seconds = lockSeconds(failedAttempts);
      tx.update(users)
        .set({ failedAttempts, lockedUntil: seconds ? new Date(now.getTime() + seconds * 1000).toISOString() : row.lockedUntil })
        .where(eq(users.id, row.id))
        .run();
    },
  );
}

/** Checks a password for an account, counting failures towards a growing lock-out. */
async function checkPassword(ctx: ServiceContext, row: UserRow | undefined, login: string, password: string, failAction: string): Promise<UserRow> {
  if (!row || !row.active || row.deletedAt) {
    await burnPasswordCheck(password);
    recordFailure(ctx, undefined, login, failAction);
    throw new AppError('INVALID_CREDENTIALS', 'Wrong login or password.');
  }
  refuseWhileLockedOut(ctx, row);
  if (!(await verifyPassword(password, row.passwordHash))) {
    recordFailure(ctx, row, login, failAction);
    const fresh = getUser(ctx.db, row.id);
    refuseWhileLockedOut(ctx, fresh);
    throw new AppError('INVALID_CREDENTIALS', 'Wrong login or password.');
  }
  return row;
}

function recordSuccess(ctx: ServiceContext, row: UserRow, action: string): void {
  const stamp = ctx.now().toISOString();
  ctx.write(
    () => ({ actor: row.name, action, entity: 'user', entityId: row.id, detail: { login: row.login } }),
    (tx) => tx.update(users).set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: stamp }).where(eq(users.id, row.id)).run(),
  );
}

export async function signIn(ctx: ServiceContext, input: Parsed<'session', 'signIn'>): Promise<SessionStatus> {
  if (!ctx.runtime.keys.exists()) throw new AppError('SETUP_REQUIRED', 'Complete the first-run setup.');
  ctx.runtime.requireCipher();
  const row = ctx.db.select().from(users).where(eq(users.login, input.login)).get();
  const user = await checkPassword(ctx, row, input.login, input.password, 'session.signInFailed');
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
  const user = ctx.runtime.session.current();
  if (user) ctx.write(() => ({ actor: user.operatorName, action: 'session.signOut', entity: 'user', entityId: user.operatorId, detail: {} }), () => null);
  ctx.runtime.session.signOut();
  return sessionStatus(ctx);
}

export function lock(ctx: ServiceContext): SessionStatus {
  const user = ctx.runtime.session.current();
  if (user) ctx.write(() => ({ actor: user.operatorName, action: 'session.lock', entity: 'user', entityId: user.operatorId, detail: {} }), () => null);
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
  ctx.write(
    () => ({ actor: row.name, action: 'session.passwordChange', entity: 'user', entityId: row.id, detail: {} }),
    (tx) => tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: ctx.now().toISOString() }).where(eq(users.id, row.id)).run(),
  );
  ctx.runtime.session.update(toSessionUser(getUser(ctx.db, row.id)));
  return sessionStatus(ctx);
}

export function setLocale(ctx: ServiceContext, locale: 'zh-CN' | 'en'): SessionStatus {
  if (readSettings(ctx.db).locale !== locale) {
    ctx.write(
      () => ({ actor: ctx.session.operatorName, action: 'settings.locale', entity: 'settings', entityId: 'desk', detail: { locale } }),
      (tx) => saveSettings(ctx, tx, { locale }),
    );
  }
  return sessionStatus(ctx);
}
