import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, hardenContents, type HardenedContents } from '../../../main/shells/electron/hardening';
import { openIfSafe } from '../../../main/shells/electron/link-policy';

const APP = 'file:///opt/reception-desk/resources/app.asar/out/renderer/index.html';

/** A web contents that records what the hardening installed, so each handler can be fired by hand. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as HardenedContents;
  const fire = (event: string, ...args: unknown[]) => {
    const e = { preventDefault: vi.fn() };
    listeners.get(event)!(e, ...args);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('Electron hardening', () => {
  it('keeps every web contents on the app page: other navigations and <webview> are stopped', () => {
    const fake = fakeContents();
    hardenContents(fake.contents, APP, vi.fn());
    expect(fake.fire('will-navigate', `${APP}#/desk`)).toBe(false);
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('opens no window: a safe link goes to the OS, anything else nowhere', async () => {
    const fake = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    hardenContents(fake.contents, APP, openExternal);
    expect(fake.open('https://example.com/privacy')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('file://server/share/evil.exe')).toEqual({ action: 'deny' });
    expect(fake.open(APP)).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1));
    expect(openExternal).toHaveBeenCalledWith('https://example.com/privacy');
  });

  it('a link the OS fails to open is contained, not an unhandled rejection', async () => {
    const failing = vi.fn(async () => {
      throw new Error('no handler for https');
    });
    expect(openIfSafe('https://example.com/', failing)).toBe(true);
    expect(openIfSafe('smb://server/share', failing)).toBe(false);
    await vi.waitFor(() => expect(failing).toHaveBeenCalledTimes(1));
  });

  it('denies every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});
