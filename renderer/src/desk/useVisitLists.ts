import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../contract/result';
import type { VisitSummary } from '../../../contract/visits';
import { api } from '../api/client';
import { usePolling } from '../lib/usePolling';

const POLL_MS = 30_000;
/** Typing in the filter asks main once the typing pauses, not per keystroke. */
const QUERY_PAUSE_MS = 200;
export const VISIT_PAGE_SIZE = 50;

export type VisitScope = 'on_site' | 'today';

/** One page of one desk list, as main answered it. */
export interface VisitListPage {
  rows: VisitSummary[];
  /** Rows matching the filter, over all pages. */
  total: number;
  /** The whole list, whatever the filter (the tab's count). */
  scopeTotal: number;
  page: number;
  pageSize: number;
}

export interface VisitLists {
  onSite: VisitListPage;
  today: VisitListPage;
  /** The filter as typed; main narrows both lists by it. */
  query: string;
  setQuery: (query: string) => void;
  setPage: (scope: VisitScope, page: number, pageSize: number) => void;
  loading: boolean;
  error: ApiError | null;
  refresh: () => Promise<void>;
}

type Paging = Record<VisitScope, { page: number; pageSize: number }>;
const FIRST: Paging = { on_site: { page: 1, pageSize: VISIT_PAGE_SIZE }, today: { page: 1, pageSize: VISIT_PAGE_SIZE } };
const empty = (p: { page: number; pageSize: number }): VisitListPage => ({ rows: [], total: 0, scopeTotal: 0, ...p });

/**
 * Both desk lists, one page each as the tables show them, refreshed after every
 * change, every 30 s (another desk or an expired visit may change them) and
 * when the window comes back into view. Off (empty, no calls) for a user who
 * may not see the desk.
 */
export function useVisitLists(enabled = true): VisitLists {
  const [onSite, setOnSite] = useState<VisitListPage>(empty(FIRST.on_site));
  const [today, setToday] = useState<VisitListPage>(empty(FIRST.today));
  const [query, setQueryText] = useState('');
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  // What the next refresh asks for; a ref so polling keeps one stable callback.
  const asked = useRef<{ query: string; paging: Paging }>({ query: '', paging: FIRST });
  // Answers can arrive out of order; only the newest request may write state.
  const latest = useRef(0);

  const refresh = useCallback(async (): Promise<void> => {
    const ticket = ++latest.current;
    const { query: q, paging } = asked.current;
    const ask = (scope: VisitScope) =>
      api.visits.list({ scope, query: q, limit: paging[scope].pageSize, offset: (paging[scope].page - 1) * paging[scope].pageSize });
    const [onSiteResult, todayResult] = await Promise.all([ask('on_site'), ask('today')]);
    if (ticket !== latest.current) return;
    // A page emptied by check-outs (or another desk) steps back to the last page that has rows.
    const stepBack = (scope: VisitScope, result: typeof onSiteResult) => {
      if (!result.ok || result.value.rows.length > 0 || paging[scope].page === 1) return false;
      const last = Math.max(1, Math.ceil(result.value.total / paging[scope].pageSize));
      asked.current = { ...asked.current, paging: { ...asked.current.paging, [scope]: { ...paging[scope], page: last } } };
      return true;
    };
    if (stepBack('on_site', onSiteResult) || stepBack('today', todayResult)) return refresh();
    if (onSiteResult.ok) setOnSite({ ...onSiteResult.value, ...paging.on_site });
    if (todayResult.ok) setToday({ ...todayResult.value, ...paging.today });
    const failed = !onSiteResult.ok ? onSiteResult.error : !todayResult.ok ? todayResult.error : null;
    setError(failed);
    setLoading(false);
  }, []);

  usePolling(refresh, POLL_MS, enabled);

  // A new filter starts both lists at their first page.
  useEffect(() => {
    if (!enabled || query.trim() === asked.current.query) return;
    const timer = window.setTimeout(() => {
      asked.current = { query: query.trim(), paging: { on_site: { ...asked.current.paging.on_site, page: 1 }, today: { ...asked.current.paging.today, page: 1 } } };
      void refresh();
    }, QUERY_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [query, enabled, refresh]);

  const setPage = useCallback(
    (scope: VisitScope, page: number, pageSize: number) => {
      asked.current = { ...asked.current, paging: { ...asked.current.paging, [scope]: { page, pageSize } } };
      void refresh();
    },
    [refresh],
  );

  return { onSite, today, query, setQuery: setQueryText, setPage, loading, error, refresh };
}
