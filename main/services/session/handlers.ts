import type { DomainHandlers } from '../../core/handlers';
import { ANONYMOUS } from '../../core/context';
import { permissionsOf } from '../../security/roles';
import { readSettings } from '../settings';
import { sessionStatus } from './session-status';
import { completeSetup, recoveryPassphrase, refuseUnlessFirstRun, unseal } from './setup';
import { findBackups, restoreFirstRun } from '../backup';
import { changePassword, lock, setLocale, signIn, signOut, unlock } from './sign-in';

export const sessionHandlers: DomainHandlers<'session'> = {
  status: (ctx) => sessionStatus(ctx),
  unseal: (ctx, input) => unseal(ctx, input.passphrase),
  signIn: (ctx, input) => signIn(ctx, input),
  signOut: (ctx) => signOut(ctx),
  lock: (ctx) => lock(ctx),
  unlock: (ctx, input) => unlock(ctx, input.password),
  touch: (ctx) => {
    ctx.runtime.session.touch(ctx.now());
    return { idleLockAt: ctx.runtime.session.idleLockAt(readSettings(ctx.db).idleLockMinutes).toISOString() };
  },
  setLocale: (ctx, input) => setLocale(ctx, input.locale),
  changePassword: (ctx, input) => changePassword(ctx, input),
};

export const setupHandlers: DomainHandlers<'setup'> = {
  recoveryPassphrase: (ctx) => recoveryPassphrase(ctx),
  complete: (ctx, input) => completeSetup(ctx, input),
  // Restoring is the other way to set a desk up: open only while it is not set up.
  findBackups: (ctx, input) => {
    refuseUnlessFirstRun(ctx);
    return findBackups(ctx, input.folder, input.recoveryPassphrase);
  },
  restore: (ctx, input) => {
    refuseUnlessFirstRun(ctx);
    return restoreFirstRun(ctx, input.folder, input.snapshotId, input.recoveryPassphrase);
  },
  chooseFolder: async (ctx) => {
    refuseUnlessFirstRun(ctx);
    return { folder: ctx.chooseFolder ? await ctx.chooseFolder() : null };
  },
};

/** `app.info`: who is at the desk and what they may do, beside the session it describes. */
export const appInfoHandlers: DomainHandlers<'app'> = {
  info: (ctx) => ({
    version: ctx.appVersion,
    shell: ctx.shell,
    deviceId: ctx.deviceId,
    operator: { name: ctx.session.operatorName, roles: ctx.session.roles },
    permissions: ctx.session === ANONYMOUS ? [] : [...permissionsOf(ctx.session)],
  }),
};
