import { and, eq, inArray, isNull } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';

export interface ActiveUser {
  id: string;
  name: string;
}

/** A user who can be given work: exists, active, not deleted. */
export function activeUser(db: ReadDb, id: string): ActiveUser | null {
  return db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.id, id), eq(users.active, true), isNull(users.deletedAt))).get() ?? null;
}

/** Names of users by id, in the order given (a user gone from the table is left out). */
export function userNames(db: ReadDb, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const byId = new Map(db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids])).all().map((u) => [u.id, u.name]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** The JSON list of involved user ids with `more` added once each (ids that are not users, like 'system', are not kept). */
export function involve(json: string, ...more: (string | null | undefined)[]): string {
  const ids = parseIds(json);
  for (const id of more) if (id && id !== 'system' && !ids.includes(id)) ids.push(id);
  return JSON.stringify(ids);
}

export function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
