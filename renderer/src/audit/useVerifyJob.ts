import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerifyProgress } from '../../../contract/audit';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** How often a running verify is asked how far it got. */
const POLL_MS = 250;

export type VerifyJobState =
  | { phase: 'idle' }
  | { phase: 'starting'; full: boolean }
  | { phase: 'running' | 'ended'; progress: VerifyProgress }
  | { phase: 'refused'; error: ApiError };

/**
 * One verify of the hash chain, run by main as a job: start it (incremental,
 * or `full`), follow it until it ends, cancel it. A verify still running when
 * the screen goes away is cancelled: nobody would read its verdict.
 */
export function useVerifyJob() {
  const [state, setState] = useState<VerifyJobState>({ phase: 'idle' });
  const jobId = useRef<string | null>(null);
  const timer = useRef<number | null>(null);

  const stopPolling = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const poll = useCallback(async (id: string) => {
    const result = await api.audit.verifyProgress({ jobId: id });
    if (jobId.current !== id) return;
    if (!result.ok) {
      jobId.current = null;
      setState({ phase: 'refused', error: result.error });
      return;
    }
    const progress = result.value;
    if (progress.state === 'running') {
      setState({ phase: 'running', progress });
      timer.current = window.setTimeout(() => void poll(id), POLL_MS);
    } else {
      jobId.current = null;
      setState({ phase: 'ended', progress });
    }
  }, []);

  const start = useCallback(
    async (full: boolean) => {
      stopPolling();
      setState({ phase: 'starting', full });
      const result = await api.audit.verifyStart({ full });
      if (!result.ok) {
        setState({ phase: 'refused', error: result.error });
        return;
      }
      jobId.current = result.value.jobId;
      await poll(result.value.jobId);
    },
    [poll],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    const result = await api.audit.verifyCancel({ jobId: id });
    if (result.ok && jobId.current === id) setState({ phase: 'running', progress: result.value });
  }, []);

  const reset = useCallback(() => {
    stopPolling();
    const id = jobId.current;
    jobId.current = null;
    if (id) void api.audit.verifyCancel({ jobId: id });
    setState({ phase: 'idle' });
  }, []);

  // Leaving with a verify running cancels it (see above).
  useEffect(() => reset, [reset]);

  const busy = state.phase === 'starting' || state.phase === 'running';
  return { state, busy, start, cancel, reset };
}
