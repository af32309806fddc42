import type { Api } from '../../../contract';
import type { ErrorCode, Result } from '../../../contract/result';

/**
 * Codes meaning "the desk is not open for this call": the data is sealed, first
 * run is not done, nobody is signed in, or the desk was locked (perhaps by main
 * after idle time), or the password must be changed first, or the desk became a feedback kiosk. Whatever screen made the call, the answer is the same: read
 * the session again and show the screen for its phase.
 */
export const SESSION_ERROR_CODES: ReadonlySet<ErrorCode> = new Set(['SEALED', 'SETUP_REQUIRED', 'UNAUTHORIZED', 'LOCKED', 'PASSWORD_CHANGE_REQUIRED', 'KIOSK']);

type Listener = (code: ErrorCode) => void;
const listeners = new Set<Listener>();

/** Subscribes to session errors from any call; returns the unsubscribe function. */
export function onSessionError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(result: Result<unknown>): void {
  if (!result.ok && SESSION_ERROR_CODES.has(result.error.code)) {
    for (const listener of listeners) listener(result.error.code);
  }
}

/** Wraps every method of the API so a session error from any screen reaches the session keeper. */
export function watchSession(raw: Api): Api {
  const wrapped: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const [domain, verbs] of Object.entries(raw as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>)) {
    wrapped[domain] = {};
    for (const [verb, call] of Object.entries(verbs)) {
      wrapped[domain][verb] = async (input) => {
        const result = await call(input);
        report(result);
        return result;
      };
    }
  }
  return wrapped as unknown as Api;
}
