import { z } from 'zod';
import { channel } from './channel';
import { optionalText, requiredText, text, uuid } from './fields';
import { cursorOf, keyPage } from './key-paging';
import { PERMISSIONS } from './permissions';
import { login, newPassword, ROLE_NAMES } from './session';

export const userSummary = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  department: z.string(),
  roles: z.array(z.enum(ROLE_NAMES)),
  active: z.boolean(),
  /** Until when repeated failed sign-ins keep the account shut, if now. */
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type UserSummary = z.output<typeof userSummary>;

const roles = z.array(z.enum(ROLE_NAMES, 'invalidOption'), 'invalidType').min(1, 'roles.required').max(5);

/** A user's free-text fields; forms read their limits from here. */
export const userFields = {
  name: requiredText(50),
  department: optionalText(50),
};

export const users = {
  /** Accounts by login, read by key: `nextCursor` back as `cursor` reads the next page. */
  list: channel({
    input: () => z.strictObject({
      limit: z.number('invalidType').int('invalidType').min(1).max(200).default(100),
      cursor: cursorOf(z.tuple([z.string('invalidType')], 'invalidType')).optional(),
    }),
    output: () => keyPage(userSummary),
    permission: 'users.manage',
  }),
  create: channel({
    input: () => z.strictObject({
      login,
      name: userFields.name,
      department: userFields.department,
      roles,
      /** A first password the person must change at first sign-in. */
      password: newPassword,
    }),
    output: () => userSummary,
    permission: 'users.manage',
  }),
  update: channel({
    input: () => z.strictObject({
      id: uuid,
      name: userFields.name.optional(),
      department: text50Optional(),
      roles: roles.optional(),
      active: z.boolean('invalidType').optional(),
    }),
    output: () => userSummary,
    permission: 'users.manage',
  }),
  /** The administrator sets a new password (never reads one); it must be changed at next sign-in. */
  resetPassword: channel({
    input: () => z.strictObject({ id: uuid, password: newPassword }),
    output: () => userSummary,
    permission: 'users.manage',
  }),
  /** The role → permission table the router enforces, for the admin screen. */
  permissionTable: channel({
    input: () => z.strictObject({}),
    output: () => z.object({
      roles: z.array(z.enum(ROLE_NAMES)),
      permissions: z.array(z.enum(PERMISSIONS)),
      grants: z.record(z.string(), z.array(z.enum(PERMISSIONS))),
    }),
    permission: 'app.view',
  }),
};

/** On update: left out, the department stays (no '' default, which would wipe it). */
function text50Optional() {
  return text(50).optional();
}
