import { and, eq, gt, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Output, Parsed } from '../../../contract';
import { PERMISSIONS } from '../../../contract/permissions';
import type { UserSummary } from '../../../contract/users';
import { users } from '../../../db/schema';
import type { ServiceContext } from '../../core/context';
import { definedValues } from '../../core/defined-values';
import { AppError } from '../../core/errors';
import { hashPassword } from '../../security/passwords';
import { ROLE_PERMISSIONS, ROLES } from '../../security/roles';
import { getUser, rolesOf, toSessionUser, toSummary, type UserRow } from './user-rows';
import { insertStamps, type ReadDb } from '../../core/write-path';
import { pageOf } from '../../core/key-paging';

function summary(ctx: ServiceContext, row: UserRow): UserSummary {
  return toSummary(row, ctx.runtime.signInLimiter.lockedUntil(row.login, ctx.now()));
}

/** By login, read by key down users_login. */
export function listUsers(ctx: ServiceContext, input: Parsed<'users', 'list'>): Output<'users', 'list'> {
  const rows = ctx.db
    .select()
    .from(users)
    .where(and(isNull(users.deletedAt), input.cursor ? gt(users.login, input.cursor[0]) : undefined))
    .orderBy(users.login)
    .limit(input.limit + 1)
    .all();
  const page = pageOf(rows, input.limit, (r) => [r.login]);
  return { items: page.rows.map((r) => summary(ctx, r)), nextCursor: page.nextCursor };
}

export async function createUser(ctx: ServiceContext, input: Parsed<'users', 'create'>): Promise<UserSummary> {
  if (ctx.db.select({ id: users.id }).from(users).where(eq(users.login, input.login)).get()) {
    throw new AppError('CONFLICT', 'That login is taken.', { reason: 'loginTaken' }, [{ path: 'login', message: 'login.taken' }]);
  }
  const passwordHash = await hashPassword(input.password);
  const id = uuidv7();
  return ctx.write(
    (tx) => {
      tx.insert(users)
        .values({ id, ...insertStamps(tx), login: input.login, name: input.name, department: input.department, roles: JSON.stringify(input.roles), passwordHash, mustChangePassword: true })
        .run();
      return summary(ctx, getUser(tx, id));
    },
    (u: UserSummary) => ({ action: 'user.create', entity: 'user', entityId: u.id, detail: { login: u.login, name: u.name, roles: u.roles } }),
  );
}

function activeAdmins(tx: ReadDb): UserRow[] {
  return tx.select().from(users).where(and(eq(users.active, true), isNull(users.deletedAt))).all().filter((u) => rolesOf(u).includes('admin'));
}

/** Someone must always be able to manage accounts: the last active administrator stays one. */
function refuseLosingLastAdmin(tx: ReadDb): void {
  if (activeAdmins(tx).length === 0) {
    throw new AppError('CONFLICT', 'At least one active administrator must remain.', { reason: 'lastAdmin' });
  }
}

function pick<T extends object>(row: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Partial<T>;
}

export function updateUser(ctx: ServiceContext, input: Parsed<'users', 'update'>): UserSummary {
  const { id, roles, ...plain } = input;
  const changes = { ...definedValues(plain), ...(roles && { roles: JSON.stringify(roles) }) };
  const before = getUser(ctx.db, id);
  const result = ctx.write(
    (tx) => {
      tx.update(users).set(changes).where(eq(users.id, id)).run();
      refuseLosingLastAdmin(tx);
      return summary(ctx, getUser(tx, id));
    },
    (u: UserSummary) => ({
      action: 'user.update',
      entity: 'user',
      entityId: u.id,
      // Roles as lists, as the log shows them, not the column's JSON text.
      detail: {
        login: u.login,
        before: { ...pick(before, Object.keys(changes) as (keyof UserRow)[]), ...(roles && { roles: rolesOf(before) }) },
        after: { ...changes, ...(roles && { roles }) },
      },
    }),
  );
  // The one desk session follows changes to its own account.
  if (ctx.runtime.session.current()?.operatorId === id) ctx.runtime.session.update(toSessionUser(getUser(ctx.db, id)));
  return result;
}

/** The administrator sets a new password, never reads one; the person must change it at next sign-in. */
export async function resetPassword(ctx: ServiceContext, input: Parsed<'users', 'resetPassword'>): Promise<UserSummary> {
  const row = getUser(ctx.db, input.id);
  const passwordHash = await hashPassword(input.password);
  return ctx.write(
    (tx) => {
      tx.update(users)
        .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
        .where(eq(users.id, row.id))
        .run();
      ctx.runtime.signInLimiter.clear(row.login);
      return summary(ctx, getUser(tx, row.id));
    },
    () => ({ action: 'user.resetPassword', entity: 'user', entityId: row.id, detail: { login: row.login } }),
  );
}

export function permissionTable(): Output<'users', 'permissionTable'> {
  return {
    roles: [...ROLES],
    permissions: PERMISSIONS.filter((p) => p !== 'public' && p !== 'session'),
    grants: Object.fromEntries(ROLES.map((r) => [r, [...ROLE_PERMISSIONS[r]]])),
  };
}
