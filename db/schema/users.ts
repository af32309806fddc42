import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';

/** Local staff accounts. Passwords are scrypt hashes with a per-user salt; never stored or shown in clear. */
export const users = sqliteTable(
  'users',
  {
    ...syncColumns,
    login: text('login').notNull(),
    name: text('name').notNull(),
    department: text('department').notNull().default(''),
    /** JSON array of role names. */
    roles: text('roles').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    lastSignInAt: text('last_sign_in_at'),
  },
  (t) => [uniqueIndex('users_login').on(t.login), index('users_active').on(t.active)],
);
