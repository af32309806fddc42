import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../../contract/result';
import type { VisitSummary } from '../../../contract/visits';
import { api } from '../api/client';
import { usePolling } from '../lib/usePolling';

const POLL_MS = 30_000;

export interface VisitLists {
  onSite: VisitSummary[];
  today: VisitSummary[];
  loading: boolean;
  error: ApiError | null;
  refresh: () => Promise<void>;
}

/**
 * Both desk lists, refreshed after every change, every 30 s (another desk or
 * an expired visit may change them) and when the window comes back into view.
 * Off (empty, no calls) for a user who may not see the desk.
 */
export function useVisitLists(enabled = true): VisitLists {
  const [onSite, setOnSite] = useState<VisitSummary[]>([]);
  const [today, setToday] = useState<VisitSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  // Answers can arrive out of order; only the newest request may write state.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const [onSiteResult, todayResult] = await Promise.all([
      api.visits.list({ scope: 'on_site' }),
      api.visits.list({ scope: 'today' }),
    ]);
    if (ticket !== latest.current) return;
    if (onSiteResult.ok) setOnSite(onSiteResult.value);
    if (todayResult.ok) setToday(todayResult.value);
    const failed = !onSiteResult.ok ? onSiteResult.error : !todayResult.ok ? todayResult.error : null;
    setError(failed);
    setLoading(false);
  }, []);

  usePolling(refresh, POLL_MS, enabled);

  return { onSite, today, loading, error, refresh };
}
