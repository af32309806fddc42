import { eq } from 'drizzle-orm';
import type { RoleName } from '../../../contract/session';
import type { UserSummary } from '../../../contract/users';
import { users } from '../../../db/schema';
import { AppError } from '../../core/errors';
import type { SignedInUser } from '../../security/desk-session';
import type { ReadDb } from '../../core/write-path';

export type UserRow = typeof users.$inferSelect;

export function rolesOf(row: UserRow): RoleName[] {
  return JSON.parse(row.roles) as RoleName[];
}

/** `lockedUntil` comes from the sign-in limiter (memory), not the row. */
export function toSummary(row: UserRow, lockedUntil: string | null): UserSummary {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    department: row.department,
    roles: rolesOf(row),
    active: row.active,
    lockedUntil,
    lastSignInAt: row.lastSignInAt,
    mustChangePassword: row.mustChangePassword,
  };
}

export function toSessionUser(row: UserRow): SignedInUser {
  return { operatorId: row.id, operatorName: row.name, login: row.login, roles: rolesOf(row), mustChangePassword: row.mustChangePassword };
}

export function getUser(db: ReadDb, id: string): UserRow {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', 'No such user.');
  return row;
}
