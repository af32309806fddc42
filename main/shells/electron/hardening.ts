import { openIfSafe, isAppUrl } from './link-policy';

/** The parts of a WebContents the hardening touches: a fake stands in for it in tests/unit/electron. */
export interface HardenedContents {
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of a Session the hardening touches. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/**
 * Electron's security checklist for every web contents the app creates: no
 * navigation away from the app's own page, no <webview>, no new windows, and
 * only allow-listed links handed to the OS (`openExternal` is the shell's
 * shell.openExternal, passed in so a plain unit test proves the rules).
 */
export function hardenContents(contents: HardenedContents, rendererIndexUrl: string, openExternal: (url: string) => unknown): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, openExternal);
    return { action: 'deny' };
  });
}

/** Every permission request (camera, notifications, geolocation, ...) and check is denied: the desk needs none. */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
