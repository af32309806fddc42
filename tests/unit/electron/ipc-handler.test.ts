import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../main/router/router';
import { appIpcHandler } from '../../../main/shells/electron/ipc-handler';

const APP = 'file:///opt/reception-desk/resources/app.asar/out/renderer/index.html';

describe('the IPC sender check', () => {
  const setup = () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'served' }));
    const log = vi.fn();
    return { dispatch, log, handle: appIpcHandler(dispatch as unknown as Dispatch, APP, log) };
  };

  it('serves the app page (any route, the print window too)', async () => {
    const { dispatch, handle } = setup();
    expect(await handle({ senderFrame: { url: `${APP}#/print/123` } }, 'settings.get', {})).toEqual({ ok: true, value: 'served' });
    expect(dispatch).toHaveBeenCalledWith('settings.get', {});
  });

  it.each([
    ['another page', { senderFrame: { url: 'https://example.com/' } }],
    ['another file', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a frame already gone', { senderFrame: null }],
    ['no frame', {}],
  ])('refuses %s without calling the core', async (_what, event) => {
    const { dispatch, handle } = setup();
    expect(await handle(event, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throw on the way into that call INTERNAL, logged', async () => {
    const { dispatch, log, handle } = setup();
    dispatch.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(await handle({ senderFrame: { url: APP } }, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledTimes(1);
  });
});
