import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../contract';
import type { PlanStatus, PlanSummary } from '../../../contract/plans';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { SEARCH_DEBOUNCE_MS, useDebounced } from '../search/usePagedSearch';

/** The most `plans.list` returns at once. */
export const LIST_LIMIT = 500;
/** A calendar stops reading here; a period this full needs a filter, not more boxes. */
export const CALENDAR_CAP = 2000;

export interface PlanFilters {
  statuses: PlanStatus[];
  query: string;
}

type ListInput = Input<'plans', 'list'>;

/** The filters as `plans.list` takes them; an empty status list means every status. */
export function filterInput(f: PlanFilters): Pick<ListInput, 'status' | 'query'> {
  return { ...(f.statuses.length ? { status: f.statuses } : {}), ...(f.query ? { query: f.query } : {}) };
}

/** The filters once typing in the search box has paused, so each keystroke is not a query. */
export function useSettledFilters(statuses: PlanStatus[], query: string): PlanFilters {
  const settledQuery = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const key = statuses.join(',');
  // The same statuses in a new array must not start a new load.
  const [stable, setStable] = useState({ key, statuses });
  if (stable.key !== key) setStable({ key, statuses });
  return { statuses: stable.statuses, query: settledQuery };
}

async function countOf(input: ListInput): Promise<{ ok: true; n: number } | { ok: false; error: ApiError }> {
  const result = await api.plans.list({ ...input, limit: 1, offset: 0 });
  return result.ok ? { ok: true, n: result.value.total } : { ok: false, error: result.error };
}

/**
 * A loader that drops answers to anything but the latest request, so a slow
 * reply for last week never replaces this week's plans.
 */
function useLatest() {
  const latest = useRef(0);
  return {
    start: () => ++latest.current,
    isCurrent: (ticket: number) => ticket === latest.current,
  };
}

export interface RangeState {
  items: PlanSummary[];
  total: number;
  loading: boolean;
  error: ApiError | null;
}

/**
 * Every plan touching the visible days (`from`–`to`, inclusive), read in pages
 * of 500 up to CALENDAR_CAP. Only the visible range is asked for, and only
 * again when the range or the settled filters change.
 */
export function usePlansInRange(range: { from: string; to: string } | null, filters: PlanFilters) {
  const [state, setState] = useState<RangeState>({ items: [], total: 0, loading: true, error: null });
  const tickets = useLatest();
  const { from, to } = range ?? { from: '', to: '' };
  const { statuses, query } = filters;

  const load = useCallback(async () => {
    if (!from || !to) return;
    const ticket = tickets.start();
    setState((s) => ({ ...s, loading: true }));
    const items: PlanSummary[] = [];
    let total = 0;
    do {
      const result = await api.plans.list({ from, to, ...filterInput({ statuses, query }), limit: LIST_LIMIT, offset: items.length });
      if (!tickets.isCurrent(ticket)) return;
      if (!result.ok) return setState((s) => ({ ...s, loading: false, error: result.error }));
      items.push(...result.value.items);
      total = result.value.total;
      if (result.value.items.length === 0) break;
    } while (items.length < total && items.length < CALENDAR_CAP);
    setState({ items, total, loading: false, error: null });
  }, [from, to, statuses, query]);

  useEffect(() => {
    void load();
  }, [load]);

  return { ...state, reload: load };
}

/** How many plans matching the filters have no arrival time: main counts only those. */
export function useUnscheduledCount(filters: PlanFilters): number | null {
  const [count, setCount] = useState<number | null>(null);
  const tickets = useLatest();
  const { statuses, query } = filters;

  useEffect(() => {
    const ticket = tickets.start();
    void countOf({ ...filterInput({ statuses, query }), unscheduled: true }).then((counted) => {
      if (!tickets.isCurrent(ticket)) return;
      setCount(counted.ok ? counted.n : null);
    });
  }, [statuses, query]);

  return count;
}
