import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './link-policy';

/**
 * Electron's security checklist, in one place: no navigation away from the
 * app, no new windows, no <webview>, every permission request denied, and only
 * allow-listed links handed to the OS.
 */
export function hardenApp(rendererIndexUrl: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, rendererIndexUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
