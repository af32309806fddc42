import { expect, vi } from 'vitest';
import type { VerifyProgress } from '../../contract/audit';

/** Anything that answers a channel call: a TestCore, or a test's own `call` wrapper. */
interface Caller {
  call<T>(name: string, input: unknown): Promise<T>;
}

/** Starts a verify, waits (on its progress, never a sleep) until it ends, and returns its last progress (the verdict). */
export async function verifyUntilEnd(core: Caller, input: { full?: boolean } = {}, timeout = 20_000): Promise<VerifyProgress> {
  const { jobId } = await core.call<{ jobId: string }>('audit.verifyStart', input);
  let last: VerifyProgress | undefined;
  await vi.waitFor(
    async () => {
      last = await core.call<VerifyProgress>('audit.verifyProgress', { jobId });
      expect(last.state).not.toBe('running');
    },
    { timeout, interval: 10 },
  );
  return last!;
}
