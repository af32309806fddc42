import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, ExportRequest } from '../../../contract/data-export';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** How often a running export is asked how far it got. */
const POLL_MS = 300;

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running' | 'ended'; progress: ExportProgress }
  | { phase: 'refused'; error: ApiError };

/**
 * One export from the dialog: start it, follow it until it ends (polling its
 * progress), cancel it. An export still running when the dialog goes away is
 * cancelled: nobody would be there to take its file.
 */
export function useExportJob() {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const jobId = useRef<string | null>(null);
  const timer = useRef<number | null>(null);

  const stopPolling = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const poll = useCallback(async (id: string) => {
    const result = await api.exports.progress({ jobId: id });
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
    async (request: ExportRequest) => {
      stopPolling();
      setState({ phase: 'starting' });
      const result = await api.exports.start(request);
      if (!result.ok) {
        setState({ phase: 'refused', error: result.error });
        return;
      }
      jobId.current = result.value.jobId;
      setState({ phase: 'running', progress: { jobId: result.value.jobId, state: 'running', rows: 0, total: result.value.total, fileId: null, fileName: null, error: null } });
      await poll(result.value.jobId);
    },
    [poll],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    const result = await api.exports.cancel({ jobId: id });
    if (result.ok && jobId.current === id) setState({ phase: 'running', progress: result.value });
  }, []);

  const reset = useCallback(() => {
    stopPolling();
    const id = jobId.current;
    jobId.current = null;
    if (id) void api.exports.cancel({ jobId: id });
    setState({ phase: 'idle' });
  }, []);

  // Leaving with an export running cancels it (see above).
  useEffect(() => reset, [reset]);

  return { state, start, cancel, reset };
}
