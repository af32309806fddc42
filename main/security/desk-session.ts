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
    if (this.user && !this.locked && now.getTime() >= this.idleLockAt(idleMinutes).getTime()) this.locked = true;
    return this.locked;
  }
}
