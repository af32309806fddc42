import type { Permission } from '../../contract/permissions';
import type { ApiError } from '../../contract/result';
import { mayCall, type Session } from '../security/roles';
import { ANONYMOUS } from '../core/context';
import type { DeskRuntime } from '../core/runtime';

/**
 * Decides, before any input is read, whether a call may run: the desk must be
 * set up, its data key open, someone signed in and not locked, and their roles
 * must grant the channel's permission. Public channels always pass. Until a
 * user changes a password that must be changed (first sign-in, after a reset),
 * only the channels that need no role pass (`public`, `session`: change the
 * password, sign out, lock, stay awake): the screen's dialog is not the guard.
 */
export function createGate(runtime: DeskRuntime, idleMinutes: () => number, now: () => Date) {
  return (permission: Permission): Session | ApiError => {
    const kiosk = runtime.session.kiosk();
    if (kiosk) return kioskGate(permission, kiosk.startedBy);
    const user = runtime.session.current();
    const locked = () => runtime.session.isLocked(now(), idleMinutes());
    if (permission === 'public') return user && !locked() ? user : ANONYMOUS;
    if (!runtime.keys.exists()) return { code: 'SETUP_REQUIRED', message: 'Complete the first-run setup.' };
    if (runtime.sealed) return { code: 'SEALED', message: 'Enter the recovery passphrase to open the data.' };
    if (!user) return { code: 'UNAUTHORIZED', message: 'Sign in first.' };
    if (locked()) return { code: 'LOCKED', message: 'The desk is locked.' };
    if (user.mustChangePassword && permission !== 'session') {
      return { code: 'PASSWORD_CHANGE_REQUIRED', message: 'Change your password first.' };
    }
    // No role grants `kiosk`: outside the kiosk its channels are refused here like any other not granted.
    if (!mayCall(user, permission)) return { code: 'FORBIDDEN', message: 'Your role does not allow this.' };
    return user;
  };
}

/**
 * The desk in feedback kiosk mode: public channels pass anonymously (a visitor
 * is nobody), the kiosk's own channels pass as the staff member who started it
 * (so responses name them), and everything else is refused whatever the
 * window asks, until a staff member signs in.
 */
function kioskGate(permission: Permission, startedBy: Session): Session | ApiError {
  if (permission === 'public') return ANONYMOUS;
  if (permission === 'kiosk') return startedBy;
  return { code: 'KIOSK', message: 'The desk is a feedback kiosk: a staff member must sign in first.' };
}
