import type { Api } from '../../../contract';
import { buildApi } from '../../../contract/build-api';
import type { Result } from '../../../contract/result';
import { watchSession } from './sessionSignals';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in the web shell. */
    api?: Api;
  }
}

const TOKEN_KEY = 'reception-desk.token';

/**
 * The web shell opens this page with `?token=…`; keep the token for this tab
 * only and take it out of the address bar so it is not shown or bookmarked.
 */
function webShellToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpApi(): Api {
  const token = webShellToken();
  return buildApi(async (name, input) => {
    try {
      const res = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-desk-token': token },
        body: JSON.stringify(input),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'The desk service did not answer.' } };
    }
  });
}

/**
 * `window.api` from the Electron preload, or the same contract over HTTP in the
 * web shell; either way every answer passes the session watch (see sessionSignals).
 */
export const api: Api = watchSession(window.api ?? httpApi());

/** True in the Electron shell (its preload provides `window.api`), where main can show a folder dialog. */
export const inElectron = window.api !== undefined;
