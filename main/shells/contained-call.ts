import type { Result } from '../../contract/result';

/**
 * The Electron IPC handler's last-resort guard: whatever throws on the way to
 * the router (or in it) becomes an INTERNAL result for that one call, logged,
 * instead of a rejected invoke that carries an error message to the page.
 * Plain TypeScript (no electron import), so it is tested under Node.
 */
export function containedCall<A extends unknown[]>(
  call: (...args: A) => Promise<Result<unknown>> | Result<unknown>,
  log: (what: string, err: unknown) => void,
): (...args: A) => Promise<Result<unknown>> {
  return async (...args) => {
    try {
      return await call(...args);
    } catch (err) {
      log('call failed', err);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed.' } };
    }
  };
}
