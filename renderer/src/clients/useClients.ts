import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientSummary, ClientTier } from '../../../contract/clients';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

export const PAGE_SIZES = [20, 50, 100];

/** How long typing pauses before the directory is searched again. */
export const SEARCH_DEBOUNCE_MS = 300;

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * One page of the client directory, searched in main (characters, pinyin,
 * initials or tag) and optionally one tier; a new search goes back to page 1.
 */
export function useClients() {
  const [query, setQueryState] = useState('');
  const [tier, setTierState] = useState<ClientTier | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [items, setItems] = useState<ClientSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);
  const searched = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    const result = await api.clients.list({
      ...(searched ? { query: searched } : {}),
      ...(tier ? { tier } : {}),
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    // A slower answer to an older search must not replace a newer one.
    if (ticket !== latest.current) return;
    if (result.ok) {
      setItems(result.value.items);
      setTotal(result.value.total);
    }
    setError(result.ok ? null : result.error);
    setLoading(false);
  }, [searched, tier, page, pageSize]);

  useEffect(() => {
    void load();
  }, [load]);

  const setQuery = useCallback((next: string) => {
    setQueryState(next);
    setPage(1);
  }, []);

  const setTier = useCallback((next: ClientTier | undefined) => {
    setTierState(next);
    setPage(1);
  }, []);

  const changePage = useCallback(
    (nextPage: number, nextSize: number) => {
      setPage(nextSize === pageSize ? nextPage : 1);
      setPageSize(nextSize);
    },
    [pageSize],
  );

  return { query, setQuery, tier, setTier, page, pageSize, changePage, items, total, loading, error, reload: load };
}
