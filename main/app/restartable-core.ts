import type { Dispatch } from '../router/router';
import { asStartupError, type StartupError } from '../core/startup-errors';
import { createCore, type Core, type CoreOptions } from './create-core';
import { createRescueCore, RESCUABLE } from './rescue-core';

export interface RestartableCore {
  /** Answers through the current core; while it is being replaced, calls wait for the new one. */
  dispatch: Dispatch;
  current: () => Core;
  close: () => Promise<void>;
}

/**
 * The core the shells hold: a restore closes it and starts a new one on the
 * same data folder (which puts the staged restore in place), without the
 * process or the window going away. Data that cannot be opened (missing,
 * damaged, its key file lost) starts a rescue core that offers a restore;
 * other start-up failures are thrown (and, after a restart, fail every call).
 */
export async function createRestartableCore(opts: Omit<CoreOptions, 'requestRestart'>, onRescue: (failure: StartupError) => void = () => {}): Promise<RestartableCore> {
  let core: Core;
  let ready: Promise<Core>;
  const start = async (unsealPassphrase?: string): Promise<Core> => {
    const options: CoreOptions = { ...opts, ...(unsealPassphrase && { autoUnsealPassphrase: unsealPassphrase }), requestRestart: (r) => restart(r.unsealPassphrase) };
    try {
      return await createCore(options);
    } catch (err) {
      // Lost or damaged data is told (onRescue) and offered a restore, instead of only stopping.
      const failure = asStartupError(err, opts.dataDir);
      if (!RESCUABLE.has(failure.code)) throw failure;
      onRescue(failure);
      return createRescueCore(options, failure);
    }
  };
  const restart = (unsealPassphrase?: string) => {
    const old = core;
    // Answered first: the call that asked for the restart returns before its core closes.
    ready = new Promise<Core>((resolve, reject) => {
      setImmediate(() => {
        old
          .close()
          .then(() => start(unsealPassphrase))
          .then((next) => {
            core = next;
            resolve(next);
          })
          .catch((err: unknown) => reject(err));
      });
    });
    ready.catch(() => undefined);
  };
  core = await start();
  ready = Promise.resolve(core);
  return {
    dispatch: async (name, input) => (await ready).dispatch(name, input),
    current: () => core,
    close: async () => (await ready.catch(() => core)).close(),
  };
}
