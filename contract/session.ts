import { z } from 'zod';
import { channel } from './channel';
import { text } from './fields';
import { logoUpload, orgName } from './organisation';
import { LOCALES } from './locales';

export const ROLE_NAMES = ['receptionist', 'coordinator', 'manager', 'auditor', 'admin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/**
 * Where the desk stands: `sealed` (no OS keychain: the recovery passphrase must
 * open the data key), `setup` (first run), `signedOut`, `locked` (on demand or
 * idle; the screen shows no personal data), `signedIn`, `damaged` (the
 * database or key file could not be opened: only a restore from a backup is offered),
 * `kiosk` (the feedback kiosk: only the questionnaire, until a staff member signs in with `signIn`).
 */
export const SESSION_PHASES = ['sealed', 'setup', 'signedOut', 'locked', 'signedIn', 'damaged', 'kiosk'] as const;

export const sessionUser = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLE_NAMES)),
  mustChangePassword: z.boolean(),
});

export const sessionStatus = z.object({
  phase: z.enum(SESSION_PHASES),
  siteName: z.string(),
  locale: z.enum(LOCALES),
  /** Who is signed in (also while locked, so the lock screen can name them). */
  user: sessionUser.nullable(),
  permissions: z.array(z.string()),
  idleLockMinutes: z.number().int(),
  keyProtection: z.enum(['os-keychain', 'passphrase']),
  /** Why the desk could not open its data (phase `damaged`), and where its own snapshots are. */
  damage: z
    .object({ code: z.string(), zh: z.string(), en: z.string(), storeFolder: z.string().nullable(), latestSnapshotAt: z.string().nullable() })
    .nullable()
    .optional(),
});
export type SessionStatus = z.output<typeof sessionStatus>;

/** Logins: letters, digits, dot, dash, underscore; case-insensitive. */
export const login = z
  .string('invalidType')
  .trim()
  .min(2, 'login.tooShort')
  .max(32, 'tooLong')
  .regex(/^[A-Za-z0-9._-]+$/, 'login.format')
  .transform((s) => s.toLowerCase());

/** At least 8 characters with a letter and a digit; long passphrases welcome. */
export const newPassword = z
  .string('invalidType')
  .min(8, 'password.tooShort')
  .max(128, 'tooLong')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), 'password.weak');

const password = z.string('invalidType').min(1, 'required').max(128, 'tooLong');

export const session = {
  status: channel({ input: () => z.strictObject({}), output: () => sessionStatus, permission: 'public' }),
  /** Opens the data key with the recovery passphrase where there is no OS keychain. */
  unseal: channel({
    input: () => z.strictObject({ passphrase: z.string('invalidType').min(1, 'required').max(200, 'tooLong') }),
    output: () => sessionStatus,
    permission: 'public',
  }),
  signIn: channel({ input: () => z.strictObject({ login, password }), output: () => sessionStatus, permission: 'public' }),
  // Public so the lock screen can offer "switch user": signing out reveals nothing.
  signOut: channel({ input: () => z.strictObject({}), output: () => sessionStatus, permission: 'public' }),
  lock: channel({ input: () => z.strictObject({}), output: () => sessionStatus, permission: 'session' }),
  /** Only the signed-in user's password unlocks; failures count towards the lock-out. */
  unlock: channel({ input: () => z.strictObject({ password }), output: () => sessionStatus, permission: 'public' }),
  /** The renderer reports user activity (throttled); background refreshes do not keep the desk awake. */
  touch: channel({ input: () => z.strictObject({}), output: () => z.object({ idleLockAt: z.string() }), permission: 'session' }),
  /**
   * The interface language is anyone's choice, before sign-in too. Signed in, it
   * is stored as the site's language (audited); signed out or locked it changes
   * the screens of this run only — a desk nobody has opened stores nothing.
   */
  setLocale: channel({ input: () => z.strictObject({ locale: z.enum(LOCALES, 'invalidOption') }), output: () => sessionStatus, permission: 'public' }),
  changePassword: channel({
    input: () => z.strictObject({ current: password, next: newPassword }),
    output: () => sessionStatus,
    permission: 'session',
  }),
};

export const setup = {
  /** A fresh recovery passphrase for the wizard to show once; only during first run. */
  recoveryPassphrase: channel({ input: () => z.strictObject({}), output: () => z.object({ passphrase: z.string() }), permission: 'public' }),
  complete: channel({
    input: () => z.strictObject({
      siteName: text(60).pipe(z.string().min(1, 'required')),
      /**
       * The host organisation, named on printouts, and its optional logo. The
       * name may be left for later: printouts then use the site's name and the
       * settings drawer asks for it, as on a desk set up before it existed.
       */
      orgName: orgName.optional().default(''),
      orgLogo: logoUpload.optional(),
      locale: z.enum(LOCALES, 'invalidOption'),
      adminLogin: login,
      adminName: text(50).pipe(z.string().min(1, 'required')),
      adminPassword: newPassword,
      /** Typed back by the administrator: proves it was written down. */
      recoveryPassphrase: z.string('invalidType').min(1, 'required').max(200, 'tooLong'),
    }),
    output: () => sessionStatus,
    permission: 'public',
  }),
};
