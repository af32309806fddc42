import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntryView } from '../../../contract/audit';
import type { CappedCount } from '../../../contract/key-paging';
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

/**
 * The log for the applied filters, newest first, read a page at a time as it
 * scrolls; a new filter starts from the top. A text search comes back from main
 * one window of entries at a time (audit.list's `searchedTo`): the page is asked
 * again from where it stopped until it is full or the log ends, saying meanwhile
 * how far back it has searched; a newer search stops the older one.
 */
export function useAuditLog() {
  const [searchedTo, setSearchedTo] = useState<string | null>(null);
  const latest = useRef(0);
  const list = useKeyPagedList<AuditFilter, AuditEntryView>(
    {},
    async ({ filter, limit, cursor, count }) => {
      const mine = ++latest.current;
      const items: AuditEntryView[] = [];
      let next = cursor;
      let counted: CappedCount | undefined;
      for (;;) {
        const result = await api.audit.list({ ...filter, limit: limit - items.length, ...(next && { cursor: next }), ...(count && { count }) });
        if (!result.ok) return result;
        items.push(...result.value.entries);
        next = result.value.nextCursor ?? undefined;
        counted ??= result.value.count;
        const stoppedShort = result.value.searchedTo !== undefined && next !== undefined && items.length < limit;
        if (mine === latest.current) setSearchedTo(stoppedShort ? result.value.searchedTo! : null);
        if (!stoppedShort || mine !== latest.current) break;
      }
      // A text search is not counted in main; one that ends within its first page has its count in hand.
      if (count && !counted && next === undefined) counted = { n: items.length, more: false };
      return { ok: true, value: { items, nextCursor: next ?? null, ...(counted && { count: counted }) } };
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

  return { ...list, actions, searchedTo };
}
