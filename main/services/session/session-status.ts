import type { SessionStatus } from '../../../contract/session';
import type { ServiceContext } from '../../core/context';
import { permissionsOf } from '../../security/roles';
import { readSettings } from '../settings';

export function phaseOf(ctx: ServiceContext): SessionStatus['phase'] {
  const { runtime } = ctx;
  if (!runtime.keys.exists()) return 'setup';
  if (runtime.sealed) return 'sealed';
  if (runtime.session.kiosk()) return 'kiosk';
  const user = runtime.session.current();
  if (!user) return 'signedOut';
  return runtime.session.isLocked(ctx.now(), readSettings(ctx.db).idleLockMinutes) ? 'locked' : 'signedIn';
}

/** What the renderer needs to pick its screen; permissions only while signed in and unlocked. */
export function sessionStatus(ctx: ServiceContext): SessionStatus {
  const settings = readSettings(ctx.db);
  const phase = phaseOf(ctx);
  const user = ctx.runtime.session.current();
  return {
    phase,
    siteName: settings.siteName,
    locale: ctx.runtime.screenLocale ?? settings.locale,
    user: user && (phase === 'signedIn' || phase === 'locked')
      ? { id: user.operatorId, login: user.login, name: user.operatorName, roles: user.roles, mustChangePassword: user.mustChangePassword }
      : null,
    permissions: phase === 'signedIn' && user ? [...permissionsOf(user)] : [],
    idleLockMinutes: settings.idleLockMinutes,
    keyProtection: ctx.runtime.keys.protection,
  };
}
