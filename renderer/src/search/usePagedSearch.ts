import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../contract/result';

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

export interface PageRequest<F> {
  /** The typed search, trimmed and settled; empty for none. */
  query: string;
  filter: F;
  limit: number;
  offset: number;
}

/**
 * One page of a list searched in main: a debounced query plus a filter, either
 * of which goes back to page 1, and an answer to an older search never
 * replacing a newer one. Loads while `active` (a tab not shown waits).
 */
export function usePagedSearch<F, T>(
  initialFilter: F,
  fetchPage: (request: PageRequest<F>) => Promise<Result<{ items: T[]; total: number }>>,
  active = true,
) {
  const [query, setQueryState] = useState('');
  const [filter, setFilterState] = useState<F>(initialFilter);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]!);
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);
  // The caller's function may be a new one each render; the newest is used.
  const fetchLatest = useRef(fetchPage);
  fetchLatest.current = fetchPage;
  const searched = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    const result = await fetchLatest.current({ query: searched, filter, limit: pageSize, offset: (page - 1) * pageSize });
    // A slower answer to an older search must not replace a newer one.
    if (ticket !== latest.current) return;
    if (result.ok) {
      setItems(result.value.items);
      setTotal(result.value.total);
    }
    setError(result.ok ? null : result.error);
    setLoading(false);
  }, [searched, filter, page, pageSize]);

  useEffect(() => {
    if (active) void load();
  }, [load, active]);

  const setQuery = useCallback((next: string) => {
    setQueryState(next);
    setPage(1);
  }, []);

  const setFilter = useCallback((next: F) => {
    setFilterState(next);
    setPage(1);
  }, []);

  const changePage = useCallback(
    (nextPage: number, nextSize: number) => {
      setPage(nextSize === pageSize ? nextPage : 1);
      setPageSize(nextSize);
    },
    [pageSize],
  );

  return { query, setQuery, filter, setFilter, page, pageSize, changePage, items, total, loading, error, reload: load };
}
