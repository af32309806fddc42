/**
 * Pure rules for the Electron shell's navigation and IPC checks, kept free of
 * `electron` so plain unit tests prove them.
 */

/** The renderer may only ever show its own bundled page (with any hash route). */
export function isAppUrl(url: string, rendererIndexUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(rendererIndexUrl);
    return target.protocol === 'file:' && target.pathname === app.pathname && target.host === app.host;
  } catch {
    return false;
  }
}

const EXTERNAL_ALLOW = new Set(['https:', 'mailto:']);

/** Links the OS may open for the user: https and mailto only; no file:, javascript:, UNC or custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!EXTERNAL_ALLOW.has(parsed.protocol)) return false;
    return parsed.protocol === 'mailto:' || (parsed.hostname !== '' && !parsed.username && !parsed.password);
  } catch {
    return false;
  }
}

/** Hands a link to the OS only when it is safe; returns whether it did. `open` is shell.openExternal in the app. */
export function openIfSafe(url: string, open: (url: string) => unknown): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void Promise.resolve()
    .then(() => open(url))
    .catch(() => undefined);
  return true;
}
