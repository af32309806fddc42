import type { Result } from '../../../contract/result';
import type { Dispatch } from '../../app';
import { containedCall } from '../contained-call';
import { isAppUrl } from './link-policy';

/** What the handler reads of an IpcMainInvokeEvent. */
export interface IpcCallEvent {
  senderFrame?: { url: string } | null;
}

/**
 * The one IPC handler: only our own page (the app window, or the hidden print
 * window showing it) may call the core; a frame elsewhere (a navigation that
 * slipped through, an injected frame) gets FORBIDDEN. A throw anywhere is that
 * call's INTERNAL, never the app's.
 */
export function appIpcHandler(dispatch: Dispatch, rendererIndexUrl: string, log: (what: string, err: unknown) => void) {
  return containedCall((event: IpcCallEvent, name: unknown, input: unknown): Promise<Result<unknown>> | Result<unknown> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl, rendererIndexUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are accepted from the app window only.' } };
    }
    return dispatch(name, input);
  }, log);
}
