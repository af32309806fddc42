import { desc, lt } from 'drizzle-orm';
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

const PAGE = 500;

/** The log newest first by its primary key, a page at a time, so a caller can stop early. */
function* newestFirst(db: ReadDb): Generator<Entry> {
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const page = db
      .select({ seq: auditLog.seq, at: auditLog.at, action: auditLog.action, detail: auditLog.detail })
      .from(auditLog)
      .where(lt(auditLog.seq, before))
      .orderBy(desc(auditLog.seq))
      .limit(PAGE)
      .all();
    yield* page;
    if (page.length < PAGE) return;
    before = page[page.length - 1]!.seq;
  }
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
 * from. Walks the log newest first by its primary key and stops at the cut-off,
 * so the cost follows the last day's entries, never the log's length.
 */
export function replaySignInHistory(db: ReadDb, limiter: SignInLimiter, now: Date): number {
  const cutoff = new Date(now.getTime() - SIGN_IN_HISTORY_HOURS * 3600_000).toISOString();
  const recent: Entry[] = [];
  for (const row of newestFirst(db)) {
    if (row.at < cutoff) break;
    if (FAILURES.has(row.action) || OPENERS.has(row.action)) recent.push(row);
  }
  for (const entry of recent.reverse()) {
    const login = loginOf(entry.detail);
    if (login === null) continue;
    if (FAILURES.has(entry.action)) limiter.recordFailure(login, new Date(entry.at));
    else limiter.clear(login);
  }
  return recent.length;
}
