import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { usePolling } from '../../lib/usePolling';
import { buildGroups, waitingCount, type ArrivalGroup } from './arrivalGroups';

/** Plans change slowly; a minute keeps another desk's check-ins and a newly confirmed plan fresh enough. */
const POLL_MS = 60_000;

export interface ExpectedArrivals {
  groups: ArrivalGroup[];
  /** Guests not checked in yet, across every group. */
  waiting: number;
  loading: boolean;
  error: ApiError | null;
  refresh: () => Promise<void>;
}

/**
 * Today's planned guests grouped by plan, refreshed every minute and when the
 * window comes back into view. Off (empty, no calls) for a user who may not see the desk.
 */
export function useExpectedArrivals(enabled: boolean): ExpectedArrivals {
  const [groups, setGroups] = useState<ArrivalGroup[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  // Answers can arrive out of order; only the newest request may write state.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await api.visits.expected({});
    if (ticket !== latest.current) return;
    // A failed refresh keeps the last good list on screen, under a warning.
    if (result.ok) setGroups(buildGroups(result.value));
    setError(result.ok ? null : result.error);
    setLoading(false);
  }, []);

  usePolling(refresh, POLL_MS, enabled);

  return { groups, waiting: waitingCount(groups), loading, error, refresh };
}
