import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntryView } from '../../../contract/audit';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** The filters `audit.list` and `audit.export` share. */
export interface AuditFilter {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  text?: string;
}

export const PAGE_SIZES = [20, 50, 100];

/** One page of the log for the applied filters, newest first; a new filter goes back to page 1. */
export function useAuditLog() {
  const [filter, setFilterState] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[1]!);
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [total, setTotal] = useState(0);
  const [actions, setActions] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    const result = await api.audit.list({ ...filter, offset: (page - 1) * pageSize, limit: pageSize });
    if (ticket !== latest.current) return;
    if (result.ok) {
      setEntries(result.value.entries);
      setTotal(result.value.total);
      setActions(result.value.actions);
    }
    setError(result.ok ? null : result.error);
    setLoading(false);
  }, [filter, page, pageSize]);

  useEffect(() => {
    void load();
  }, [load]);

  const setFilter = useCallback((next: AuditFilter) => {
    setFilterState(next);
    setPage(1);
  }, []);

  const changePage = useCallback((nextPage: number, nextSize: number) => {
    setPage(nextSize === pageSize ? nextPage : 1);
    setPageSize(nextSize);
  }, [pageSize]);

  return { filter, setFilter, page, pageSize, changePage, entries, total, actions, loading, error, reload: load };
}
