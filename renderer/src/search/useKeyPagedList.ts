import { useCallback, useEffect, useRef, useState } from 'react';
import type { CappedCount } from '../../../contract/key-paging';
import type { ApiError, Result } from '../../../contract/result';
import { SEARCH_DEBOUNCE_MS, useDebounced } from './usePagedSearch';

/** Rows asked of main per page: a screenful or two; the rest comes as the user scrolls. */
export const KEY_PAGE_SIZE = 50;

export interface KeyPageRequest<F> {
  /** The typed search, trimmed and settled; empty for none. */
  query: string;
  filter: F;
  limit: number;
  /** Absent for the first page; then the last page's `nextCursor`. */
  cursor?: string;
  /** Asked with the first page only: how many match (capped in main). */
  count: boolean;
}

export interface KeyPage<T> {
  items: T[];
  nextCursor: string | null;
  count?: CappedCount;
}

/**
 * A list read from main a page at a time by key, as it is scrolled: a debounced
 * query and a filter start it again from the top (with a count); `loadMore`
 * appends the next page. An answer to an older search, or a page of a list
 * since replaced, never lands in the current one.
 */
export function useKeyPagedList<F, T>(initialFilter: F, fetchPage: (request: KeyPageRequest<F>) => Promise<Result<KeyPage<T>>>, active = true, pageSize = KEY_PAGE_SIZE) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<F>(initialFilter);
  const [items, setItems] = useState<T[]>([]);
  const [count, setCount] = useState<CappedCount | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Which list is current: a new search or reload makes older answers stale.
  const generation = useRef(0);
  const moreInFlight = useRef(false);
  const fetchLatest = useRef(fetchPage);
  fetchLatest.current = fetchPage;
  const searched = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    moreInFlight.current = false;
    setLoading(true);
    setLoadingMore(false);
    const result = await fetchLatest.current({ query: searched, filter, limit: pageSize, count: true });
    if (mine !== generation.current) return;
    if (result.ok) {
      setItems(result.value.items);
      setNextCursor(result.value.nextCursor);
      setCount(result.value.count ?? null);
    }
    setError(result.ok ? null : result.error);
    setLoading(false);
  }, [searched, filter, pageSize]);

  const loadMore = useCallback(async () => {
    if (!nextCursor || moreInFlight.current || loading) return;
    const mine = generation.current;
    moreInFlight.current = true;
    setLoadingMore(true);
    const result = await fetchLatest.current({ query: searched, filter, limit: pageSize, cursor: nextCursor, count: false });
    if (mine !== generation.current) return;
    moreInFlight.current = false;
    setLoadingMore(false);
    if (result.ok) {
      setItems((shown) => [...shown, ...result.value.items]);
      setNextCursor(result.value.nextCursor);
    }
    setError(result.ok ? null : result.error);
  }, [nextCursor, loading, searched, filter, pageSize]);

  useEffect(() => {
    if (active) void reload();
  }, [reload, active]);

  return { query, setQuery, filter, setFilter, items, count, hasMore: nextCursor !== null, loading, loadingMore, error, loadMore, reload };
}

/** What a table shows of a list read by key. */
export interface KeyPagedView<T> {
  items: T[];
  count: CappedCount | null;
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => unknown;
}
