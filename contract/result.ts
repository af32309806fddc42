/**
 * What crosses the process boundary for every call. Electron forwards only an
 * error's message, so failures travel as data with a stable code the renderer
 * translates; a thrown error or stack never reaches it.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  /** The data key is sealed: the recovery passphrase must be entered first (no OS keychain). */
  'SEALED',
  /** First run: the setup wizard has not been completed. */
  'SETUP_REQUIRED',
  /** The desk is locked (on demand or after idle time): unlock with the password. */
  'LOCKED',
  /** The desk is in feedback kiosk mode: only the questionnaire answers until a staff member signs in. */
  'KIOSK',
  /** Signed in with a password that must be changed (first sign-in, after a reset): only that, sign-out and lock are open. */
  'PASSWORD_CHANGE_REQUIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'WRONG_PASSPHRASE',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_CHECKED_OUT',
  'NOT_CHECKED_OUT',
  'ALREADY_PRINTED',
  'PRINTER_UNAVAILABLE',
  'PRINT_FAILED',
  'STORAGE_FULL',
  /** A backup snapshot failed its checks (changed, cut short, or not a backup): it was not restored. */
  'BACKUP_DAMAGED',
  /** A folder for backups is missing, read-only or full; `details.reason` says which. */
  'FOLDER_UNUSABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `message` is an i18n key such as `id.checkDigit`. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and developers; the UI shows a translation of `code`/`issues`. */
  message: string;
  issues?: FieldIssue[];
  /** Small, non-sensitive facts the UI may show (e.g. when a badge was last printed). */
  details?: Record<string, string | number | boolean | null>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
