import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../contract/result';

/** Where a job main runs in slices stands, as the screen shows it. */
export type MainJobState<Request, Progress> =
  | { phase: 'idle' }
  | { phase: 'starting'; request: Request }
  | { phase: 'running' | 'ended'; progress: Progress }
  | { phase: 'refused'; error: ApiError };

/** One kind of job's three channels (an export, a verify), and how often a running one is asked how far it got. */
export interface MainJobCalls<Request, Started extends { jobId: string }, Progress extends { state: string }> {
  start: (request: Request) => Promise<Result<Started>>;
  progress: (input: { jobId: string }) => Promise<Result<Progress>>;
  cancel: (input: { jobId: string }) => Promise<Result<Progress>>;
  pollMs: number;
  /** What to show between the start's answer and the first progress, where the start already says something. */
  startedProgress?: (started: Started) => Progress;
}

/**
 * One job main runs in slices: start it, follow it until it ends (polling
 * its progress), cancel it. A job still running when its screen or dialog
 * goes away is cancelled: nobody would be there to read its result.
 */
export function useMainJob<Request, Started extends { jobId: string }, Progress extends { state: string }>(calls: MainJobCalls<Request, Started, Progress>) {
  const [state, setState] = useState<MainJobState<Request, Progress>>({ phase: 'idle' });
  const jobId = useRef<string | null>(null);
  const timer = useRef<number | null>(null);
  // The calls are fixed per kind of job; kept in a ref so the callbacks below stay the same across renders.
  const channels = useRef(calls);

  const stopPolling = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const poll = useCallback(async (id: string) => {
    const result = await channels.current.progress({ jobId: id });
    if (jobId.current !== id) return;
    if (!result.ok) {
      jobId.current = null;
      setState({ phase: 'refused', error: result.error });
      return;
    }
    const progress = result.value;
    if (progress.state === 'running') {
      setState({ phase: 'running', progress });
      timer.current = window.setTimeout(() => void poll(id), channels.current.pollMs);
    } else {
      jobId.current = null;
      setState({ phase: 'ended', progress });
    }
  }, []);

  const start = useCallback(
    async (request: Request) => {
      stopPolling();
      setState({ phase: 'starting', request });
      const result = await channels.current.start(request);
      if (!result.ok) {
        setState({ phase: 'refused', error: result.error });
        return;
      }
      jobId.current = result.value.jobId;
      const first = channels.current.startedProgress?.(result.value);
      if (first) setState({ phase: 'running', progress: first });
      await poll(result.value.jobId);
    },
    [poll],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    const result = await channels.current.cancel({ jobId: id });
    if (result.ok && jobId.current === id) setState({ phase: 'running', progress: result.value });
  }, []);

  const reset = useCallback(() => {
    stopPolling();
    const id = jobId.current;
    jobId.current = null;
    if (id) void channels.current.cancel({ jobId: id });
    setState({ phase: 'idle' });
  }, []);

  // Leaving with a job running cancels it (see above).
  useEffect(() => reset, [reset]);

  const busy = state.phase === 'starting' || state.phase === 'running';
  return { state, busy, start, cancel, reset };
}
