import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../contract/result';
import { containedCall } from '../../main/shells/contained-call';
import { withDeadline } from '../../main/shells/deadline';

describe('Electron IPC guard (containedCall)', () => {
  it('turns a synchronous or asynchronous throw into INTERNAL for that call, logged, and passes results through', async () => {
    const log = vi.fn();
    const call = vi.fn<(name: unknown) => Promise<Result<unknown>> | Result<unknown>>();
    call.mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of null (reading 'url')");
    });
    call.mockImplementationOnce(() => Promise.reject(new Error('dispatch failed')));
    call.mockImplementation(() => ({ ok: true, value: 'fine' }));
    const handle = containedCall(call, log);
    const internal = { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } };
    await expect(handle('app.info')).resolves.toEqual(internal);
    await expect(handle('app.info')).resolves.toEqual(internal);
    await expect(handle('app.info')).resolves.toEqual({ ok: true, value: 'fine' });
    expect(log).toHaveBeenCalledTimes(2);
    // Nothing of the error itself crosses to the page.
    expect(JSON.stringify(await containedCall(() => Promise.reject(new Error('secret detail')), log)())).not.toContain('secret');
  });
});

describe('print deadline (withDeadline)', () => {
  it('fails a step that never settles as PRINT_FAILED, and leaves a quick one alone', async () => {
    vi.useFakeTimers();
    try {
      const stuck = withDeadline(new Promise<never>(() => undefined), 90_000, 'Rendering the print');
      const outcome = stuck.then(
        () => 'settled',
        (err: { code?: string }) => err.code,
      );
      await vi.advanceTimersByTimeAsync(90_000);
      expect(await outcome).toBe('PRINT_FAILED');
    } finally {
      vi.useRealTimers();
    }
    await expect(withDeadline(Promise.resolve('pdf'), 90_000, 'Rendering the print')).resolves.toBe('pdf');
    await expect(withDeadline(Promise.reject(new Error('route failed')), 90_000, 'x')).rejects.toThrow('route failed');
  });
});
