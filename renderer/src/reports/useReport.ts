import { useCallback, useEffect, useState } from 'react';
import type { ReportRange } from '../../../contract/reports';
import type { ApiError, Result } from '../../../contract/result';

export type ReportState<T> = { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'ready'; value: T };

/**
 * One chart's figures for the range on screen. Each section asks on its own,
 * so a slow one does not hold the others; an answer to an older range that
 * arrives late is dropped.
 */
export function useReport<T>(load: (range: ReportRange) => Promise<Result<T>>, range: ReportRange): { state: ReportState<T>; retry: () => void } {
  const [state, setState] = useState<ReportState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { from, to, granularity, clientId } = range;

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void load({ from, to, granularity, clientId }).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [load, from, to, granularity, clientId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
