import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryView } from '../../../contract/audit';
import { api } from '../api/client';
import { useKeyPagedList } from '../search/useKeyPagedList';

/** The filters `audit.list` and `audit.export` share. */
export interface AuditFilter {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  text?: string;
}

/** Entries per page: the log is read by key as it scrolls, newest first. */
const AUDIT_PAGE = 100;

/** The log for the applied filters, newest first, read a page at a time as it scrolls; a new filter starts from the top. */
export function useAuditLog() {
  const list = useKeyPagedList<AuditFilter, AuditEntryView>(
    {},
    async ({ filter, limit, cursor, count }) => {
      const result = await api.audit.list({ ...filter, limit, ...(cursor && { cursor }), ...(count && { count }) });
      if (!result.ok) return result;
      const { entries, nextCursor, count: counted } = result.value;
      return { ok: true, value: { items: entries, nextCursor, ...(counted && { count: counted }) } };
    },
    true,
    AUDIT_PAGE,
  );
  // The filter's actions: a small list of its own in main, read once per visit to the screen.
  const [actions, setActions] = useState<string[]>([]);
  const loadActions = useCallback(async () => {
    const result = await api.audit.actions({});
    if (result.ok) setActions(result.value);
  }, []);
  useEffect(() => {
    void loadActions();
  }, [loadActions]);

  return { ...list, actions };
}
