/** Failures allowed before a login shuts; then each further one doubles the wait. */
const FREE_ATTEMPTS = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

export function lockSeconds(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failedAttempts - FREE_ATTEMPTS));
}

interface Attempts {
  failures: number;
  /** Epoch ms; 0 while the login is still open. */
  lockedUntil: number;
}

/**
 * Counts failed sign-ins per attempted login — accounts that exist and names
 * that do not alike — so a lock-out answers the same for both and the answer
 * cannot tell which logins exist. It lives in memory: a signed-out desk writes
 * nothing but the audit trail. Bounded: past `capacity` logins the one touched
 * longest ago is forgotten first (it costs an attacker a password check per
 * entry to push one out).
 */
export class SignInLimiter {
  private readonly attempts = new Map<string, Attempts>();

  constructor(private readonly capacity = 10_000) {}

  /** Seconds until this login may try again; 0 when it may now. */
  retryAfterSeconds(login: string, now: Date): number {
    const entry = this.attempts.get(login);
    if (!entry) return 0;
    return Math.max(0, Math.ceil((entry.lockedUntil - now.getTime()) / 1000));
  }

  /** When the login's lock ends, while it is shut (for the users screen). */
  lockedUntil(login: string, now: Date): string | null {
    const entry = this.attempts.get(login);
    return entry && entry.lockedUntil > now.getTime() ? new Date(entry.lockedUntil).toISOString() : null;
  }

  recordFailure(login: string, now: Date): void {
    const entry = this.attempts.get(login) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    const seconds = lockSeconds(entry.failures);
    if (seconds) entry.lockedUntil = now.getTime() + seconds * 1000;
    // Re-inserting keeps the map in least-recently-touched order.
    this.attempts.delete(login);
    this.attempts.set(login, entry);
    while (this.attempts.size > this.capacity) this.attempts.delete(this.attempts.keys().next().value!);
  }

  /** A right password, or an administrator's reset, opens the login again. */
  clear(login: string): void {
    this.attempts.delete(login);
  }

  get size(): number {
    return this.attempts.size;
  }
}
