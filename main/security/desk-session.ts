import type { Session } from './roles';

export interface SignedInUser extends Session {
  login: string;
  mustChangePassword: boolean;
}

/**
 * Who is at the desk. One PC, one window: one session, held in main. The
 * renderer reports activity with `session.touch`; a desk untouched for the
 * idle time counts as locked whatever the renderer does.
 */
export class DeskSession {
  private user: SignedInUser | null = null;
  private locked = false;
  private lastTouch = 0;
  /** Told when the desk locks itself for idleness, so the lock is audited like one on demand. */
  onIdleLock: (user: SignedInUser, at: Date) => void = () => {};

  signIn(user: SignedInUser, now: Date): void {
    this.user = user;
    this.locked = false;
    this.lastTouch = now.getTime();
  }

  signOut(): void {
    this.user = null;
    this.locked = false;
  }

  lock(): void {
    if (this.user) this.locked = true;
  }

  unlock(now: Date): void {
    this.locked = false;
    this.lastTouch = now.getTime();
  }

  touch(now: Date): void {
    this.lastTouch = now.getTime();
  }

  update(user: SignedInUser): void {
    this.user = user;
  }

  current(): SignedInUser | null {
    return this.user;
  }

  idleLockAt(idleMinutes: number): Date {
    return new Date(this.lastTouch + idleMinutes * 60_000);
  }

  /** Locks for idleness as a side effect, so the next caller sees the same answer. */
  isLocked(now: Date, idleMinutes: number): boolean {
    if (this.user && !this.locked && now.getTime() >= this.idleLockAt(idleMinutes).getTime()) {
      this.locked = true;
      this.onIdleLock(this.user, this.idleLockAt(idleMinutes));
    }
    return this.locked;
  }
}
