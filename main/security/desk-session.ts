import type { Session } from './roles';

export interface SignedInUser extends Session {
  login: string;
  mustChangePassword: boolean;
}

/**
 * The feedback kiosk: one questionnaire, about one plan or visit (or none),
 * started by a staff member whose session answers the kiosk's channels (so
 * each response names who set the kiosk up). Held in main, so nothing the
 * window does can leave it: only a staff sign-in ends it.
 */
export interface KioskState {
  templateId: string;
  requestId: string | null;
  planId: string | null;
  visitId: string | null;
  startedBy: SignedInUser;
  /** Responses taken since it started. */
  taken: number;
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
  private kioskState: KioskState | null = null;
  /** Told when the desk locks itself for idleness, so the lock is audited like one on demand. */
  onIdleLock: (user: SignedInUser, at: Date) => void = () => {};
  /** Told when a user's session stops answering (sign-out, lock, idle lock): what they had in progress in memory goes (uploads). */
  readonly ended: ((operatorId: string) => void)[] = [];

  private end(): void {
    if (this.user) for (const listener of this.ended) listener(this.user.operatorId);
  }

  /** A sign-in (any staff member) is the one way out of the kiosk. */
  signIn(user: SignedInUser, now: Date): void {
    if (this.user?.operatorId !== user.operatorId) this.end();
    this.kioskState = null;
    this.user = user;
    this.locked = false;
    this.lastTouch = now.getTime();
  }

  signOut(): void {
    this.end();
    this.kioskState = null;
    this.user = null;
    this.locked = false;
  }

  lock(): void {
    this.end();
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

  /** Switches the desk into the kiosk for the signed-in user (unlocked: the kiosk never locks). */
  startKiosk(state: Omit<KioskState, 'startedBy' | 'taken'>): void {
    if (!this.user) return;
    this.kioskState = { ...state, startedBy: this.user, taken: 0 };
    this.locked = false;
  }

  kiosk(): Readonly<KioskState> | null {
    return this.kioskState;
  }

  /** One more response taken at the kiosk. */
  countKioskResponse(): void {
    if (this.kioskState) this.kioskState.taken += 1;
  }

  current(): SignedInUser | null {
    return this.user;
  }

  idleLockAt(idleMinutes: number): Date {
    return new Date(this.lastTouch + idleMinutes * 60_000);
  }

  /** Locks for idleness as a side effect, so the next caller sees the same answer. */
  isLocked(now: Date, idleMinutes: number): boolean {
    // The kiosk faces visitors for hours untouched by staff: it has its own way out (a sign-in), not the idle lock.
    if (this.kioskState) return false;
    if (this.user && !this.locked && now.getTime() >= this.idleLockAt(idleMinutes).getTime()) {
      this.locked = true;
      this.end();
      this.onIdleLock(this.user, this.idleLockAt(idleMinutes));
    }
    return this.locked;
  }
}
