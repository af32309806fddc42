import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../contract';
import type { PlanSummary } from '../../../contract/plans';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { FAR_FUTURE, filterInput, type PlanFilters } from './usePlansData';
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
 * last. The other orders are read from that one: a descending page is the
 * mirror page counted from the end, and the unscheduled plans are the tail
 * after every scheduled one.
 */

async function ascendingPage(input: ListInput, page: number, size: number): Promise<Answer> {
  return list({ ...input, limit: size, offset: (page - 1) * size });
}

async function descendingPage(input: ListInput, page: number, size: number): Promise<Answer> {
  const counted = await list({ ...input, limit: 1, offset: 0 });
  if (!counted.ok) return counted;
  const total = counted.page.total;
  const end = total - (page - 1) * size;
  if (end <= 0) return { ok: true, page: { items: [], total } };
  const offset = Math.max(0, end - size);
  const read = await list({ ...input, limit: end - offset, offset });
  if (!read.ok) return read;
  return { ok: true, page: { items: [...read.page.items].reverse(), total } };
}

async function unscheduledPage(input: ListInput, page: number, size: number): Promise<Answer> {
  const scheduled = await list({ ...input, to: FAR_FUTURE, limit: 1, offset: 0 });
  if (!scheduled.ok) return scheduled;
  const skip = scheduled.page.total;
  const read = await list({ ...input, limit: size, offset: skip + (page - 1) * size });
  if (!read.ok) return read;
  return { ok: true, page: { items: read.page.items.filter((p) => !p.arrivalAt), total: read.page.total - skip } };
}

function readPage(filters: PlanFilters, l: ListState): Promise<Answer> {
  const base = filterInput(filters);
  if (l.unscheduled) return unscheduledPage(base, l.page, l.pageSize);
  const input: ListInput = { ...base, ...(l.from ? { from: l.from } : {}), ...(l.to ? { to: l.to } : {}) };
  return l.desc ? descendingPage(input, l.page, l.pageSize) : ascendingPage(input, l.page, l.pageSize);
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
