import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonSummary } from '../../../contract/clients';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { PAGE_SIZES, SEARCH_DEBOUNCE_MS, useDebounced } from './useClients';

/**
 * One page of everyone in the directory (walk-ins registered at the desk too),
 * searched in main as the desk searches visitors; a new search goes back to page 1.
 */
export function usePeople(active: boolean) {
  const [query, setQueryState] = useState('');
  const [withoutClient, setWithoutClientState] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [items, setItems] = useState<PersonSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);
  const searched = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    const result = await api.people.list({
      ...(searched ? { query: searched } : {}),
      ...(withoutClient ? { withoutClient: true } : {}),
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
  }, [searched, withoutClient, page, pageSize]);

  // Loaded when its tab is first shown, and again whenever the search changes while shown.
  useEffect(() => {
    if (active) void load();
  }, [load, active]);

  const setQuery = useCallback((next: string) => {
    setQueryState(next);
    setPage(1);
  }, []);

  const setWithoutClient = useCallback((next: boolean) => {
    setWithoutClientState(next);
    setPage(1);
  }, []);

  const changePage = useCallback(
    (nextPage: number, nextSize: number) => {
      setPage(nextSize === pageSize ? nextPage : 1);
      setPageSize(nextSize);
    },
    [pageSize],
  );

  return { query, setQuery, withoutClient, setWithoutClient, page, pageSize, changePage, items, total, loading, error, reload: load };
}
