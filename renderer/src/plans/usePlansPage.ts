import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../contract';
import type { PlanSummary } from '../../../contract/plans';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { filterInput, type PlanFilters } from './usePlansData';
import type { ListState } from './usePlansView';

type ListInput = Input<'plans', 'list'>;
type Page = { items: PlanSummary[]; total: number };
type Answer = { ok: true; page: Page } | { ok: false; error: ApiError };

async function list(input: ListInput): Promise<Answer> {
  const result = await api.plans.list(input);
  return result.ok ? { ok: true, page: result.value } : { ok: false, error: result.error };
}

/*
 * Main lists plans by arrival, earliest first, plans without an arrival time
 * last, or that order reversed; and only the unscheduled ones when asked. Each
 * page is one call that reads that page only.
 */

function readPage(filters: PlanFilters, l: ListState): Promise<Answer> {
  const range = l.unscheduled ? { unscheduled: true } : { ...(l.from ? { from: l.from } : {}), ...(l.to ? { to: l.to } : {}) };
  return list({ ...filterInput(filters), ...range, order: l.desc ? 'desc' : 'asc', limit: l.pageSize, offset: (l.page - 1) * l.pageSize });
}

/** One page of the plan list for the list view, with the screen's filters. */
export function usePlansPage(filters: PlanFilters, listState: ListState) {
  const [state, setState] = useState<{ items: PlanSummary[]; total: number; loading: boolean; error: ApiError | null }>({
    items: [],
    total: 0,
    loading: true,
    error: null,
  });
  const latest = useRef(0);
  const { statuses, query } = filters;
  const { from, to, unscheduled, page, pageSize, desc } = listState;

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    const answer = await readPage({ statuses, query }, { from, to, unscheduled, page, pageSize, desc });
    // A slower answer to an older request must not replace a newer one.
    if (ticket !== latest.current) return;
    setState(answer.ok ? { ...answer.page, loading: false, error: null } : (s) => ({ ...s, loading: false, error: answer.error }));
  }, [statuses, query, from, to, unscheduled, page, pageSize, desc]);

  useEffect(() => {
    void load();
  }, [load]);

  return { ...state, reload: load };
}
