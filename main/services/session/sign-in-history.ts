import { and, gte, inArray } from 'drizzle-orm';
import { auditLog } from '../../../db/schema';
import type { ReadDb } from '../../core/write-path';
import type { SignInLimiter } from '../../security/sign-in-limiter';

/** How far back a start looks: longer than the longest lock-out, so a restart never reopens a shut login. */
export const SIGN_IN_HISTORY_HOURS = 24;

const FAILURES = new Set(['session.signInFailed', 'session.unlockFailed']);
/** A right password, or an administrator's reset, opens the login again. */
const OPENERS = new Set(['session.signIn', 'session.unlock', 'user.resetPassword']);

interface Entry {
  seq: number;
  at: string;
  action: string;
  detail: string;
}

/**
 * The sign-in entries since the cut-off, oldest first: one range of the
 * (action, at) index per action, so a start reads the day's sign-ins and
 * failures only, not the day's check-ins and prints beside them.
 */
function signInEntriesSince(db: ReadDb, cutoff: string): Entry[] {
  return db
    .select({ seq: auditLog.seq, at: auditLog.at, action: auditLog.action, detail: auditLog.detail })
    .from(auditLog)
    .where(and(inArray(auditLog.action, [...FAILURES, ...OPENERS]), gte(auditLog.at, cutoff)))
    .all()
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
}

function loginOf(detail: string): string | null {
  try {
    const login = (JSON.parse(detail) as { login?: unknown }).login;
    return typeof login === 'string' ? login : null;
  } catch {
    return null;
  }
}

/**
 * The lock-out counts live in memory, so that a failed sign-in writes nothing
 * but its audit entry; that audit trail is also what a start reads them back
 * from: the last day's sign-in entries by their action's index, so the cost
 * follows the day's sign-ins, never the log's length or the day's visits.
 */
export function replaySignInHistory(db: ReadDb, limiter: SignInLimiter, now: Date): number {
  const cutoff = new Date(now.getTime() - SIGN_IN_HISTORY_HOURS * 3600_000).toISOString();
  const recent = signInEntriesSince(db, cutoff);
  for (const entry of recent) {
    const login = loginOf(entry.detail);
    if (login === null) continue;
    if (FAILURES.has(entry.action)) limiter.recordFailure(login, new Date(entry.at));
    else limiter.clear(login);
  }
  return recent.length;
}
