import { useCallback, useRef, useState } from 'react';
import type { Input } from '../../../contract';
import type { IncidentSummary } from '../../../contract/incidents';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { usePolling } from '../lib/usePolling';

export type IncidentQuery = Omit<Input<'incidents', 'list'>, 'cursor' | 'limit'>;

/**
 * One page of incidents for the filters, more on demand (keyset cursor).
 * A slower answer for an older query never replaces a newer one's.
 */
export function useIncidentList(query: IncidentQuery) {
  const [items, setItems] = useState<IncidentSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const asked = useRef(0);
  const key = JSON.stringify(query);

  const load = useCallback(async () => {
    const ticket = ++asked.current;
    setLoading(true);
    const result = await api.incidents.list({ ...(JSON.parse(key) as IncidentQuery), limit: 50 });
    if (ticket !== asked.current) return;
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setItems(result.value.items);
    setNextCursor(result.value.nextCursor);
  }, [key]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const ticket = ++asked.current;
    setLoading(true);
    const result = await api.incidents.list({ ...(JSON.parse(key) as IncidentQuery), cursor: nextCursor, limit: 50 });
    if (ticket !== asked.current) return;
    setLoading(false);
    if (!result.ok) return setError(result.error);
    setItems((shown) => [...shown, ...result.value.items]);
    setNextCursor(result.value.nextCursor);
  }, [key, nextCursor]);

  // Main escalates overdue incidents by itself: a list left open shows it within a minute.
  usePolling(load, 60_000, true);

  return { items, nextCursor, loading, error, refresh: load, loadMore };
}
