import { asc, eq } from 'drizzle-orm';
import { ROLE_NAMES, type RoleName } from '../../../contract/session';
import type { StaffMember } from '../../../contract/tasks';
import { users } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';

/** Active users with their roles, by name: the owner pickers' list and the team view's people. */
export function activeStaff(db: ReadDb): StaffMember[] {
  return db
    .select({ id: users.id, name: users.name, roles: users.roles })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name), asc(users.id))
    .all()
    .map((u) => ({ id: u.id, name: u.name, roles: rolesOf(u.roles) }));
}

/** Stored roles, keeping only names this version knows (a role from a newer desk is not offered). */
function rolesOf(json: string): RoleName[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? parsed.filter((r): r is RoleName => (ROLE_NAMES as readonly string[]).includes(r as string)) : [];
  } catch {
    return [];
  }
}
