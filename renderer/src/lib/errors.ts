import type { ApiError } from '../../../contract/result';
import { i18n } from '../i18n';

/** A field issue's i18n key (e.g. `id.checkDigit`) as text; unknown keys fall back to a generic line. */
export function issueText(key: string): string {
  return i18n.exists(`errors.${key}`) ? i18n.t(`errors.${key}`) : i18n.t('errors.invalid');
}

/** Why `people.find` offered a record: 'idNumber' → 证件号码相同. */
export function matchReasonText(reason: string): string {
  return i18n.exists(`matchReasons.${reason}`) ? i18n.t(`matchReasons.${reason}`) : reason;
}

/** How long main keeps an account shut after repeated failures, if it said. */
export function retryAfterSeconds(error: ApiError): number | null {
  const seconds = error.details?.retryAfterSeconds;
  return error.code === 'ACCOUNT_LOCKED' && typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : null;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Details as a sentence shows them: plan statuses named, `2026-11-28T14:00` as `2026-11-28 14:00`. */
function readableDetails(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    out[key] = typeof value === 'string' && LOCAL_DATE_TIME.test(value) ? value.replace('T', ' ') : value;
  }
  for (const key of ['from', 'to', 'status'] as const) {
    const status = details[key];
    if (typeof status === 'string' && i18n.exists(`planStatus.${status}`)) out[`${key}Text`] = i18n.t(`planStatus.${status}`);
  }
  return out;
}

/**
 * The sentence a receptionist sees for a failed call. Uses the small facts in
 * `details` when they make the message more useful than the bare code.
 */
export function errorText(error: ApiError): string {
  const details = error.details ?? {};
  const reason = details.reason;
  if (typeof reason === 'string' && i18n.exists(`conflict.${reason}`) && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND')) {
    // Why main thinks this is someone on file (possibleDuplicate) reads as a reason, not a code.
    const matchedBy = details.matchedBy;
    const matchedByText = typeof matchedBy === 'string' ? matchReasonText(matchedBy) : '';
    return i18n.t(`conflict.${reason}`, { ...readableDetails(details), matchedByText });
  }
  if (error.code === 'VALIDATION' && error.issues?.length) {
    const first = error.issues[0]!;
    return `${i18n.t('codes.VALIDATION')}: ${issueText(first.message)}`;
  }
  if ((error.code === 'FOLDER_UNUSABLE' || error.code === 'BACKUP_DAMAGED') && typeof reason === 'string') {
    return `${i18n.t(`codes.${error.code}`)}: ${backupProblemText(reason)}`;
  }
  const seconds = retryAfterSeconds(error);
  if (seconds !== null) return i18n.t('signIn.retryIn', { seconds });
  return i18n.exists(`codes.${error.code}`) ? i18n.t(`codes.${error.code}`) : i18n.t('codes.INTERNAL');
}

/** A backup problem's stable reason (`missing`, `read-only`, `disk-full`, `checksum` …) as a sentence. */
export function backupProblemText(reason: string): string {
  return i18n.exists(`backup.problem.${reason}`) ? i18n.t(`backup.problem.${reason}`) : i18n.t('backup.problem.unknown');
}
