import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistProgress, ItemRow, ItemStatus } from '../../../../contract/checklists';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { useSession } from '../../context/SessionContext';
import { errorText } from '../../lib/errors';
import { mergeRows, tickedRows } from './mergeRows';
import type { TodoFilters } from './todoFilters';

const LIMIT = 500;

export interface TodoData {
  rows: ItemRow[];
  plans: Record<string, ChecklistProgress>;
  more: boolean;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** One setStatus call for all the ids; true when main took it. */
  tick: (ids: string[], status: ItemStatus, note?: string) => Promise<boolean>;
}

/**
 * The to-do list's items for the filters. A tick is one call; the rows change
 * in place at once and the progress comes back from a quiet re-read, which
 * keeps the ticked rows where they were (mergeRows).
 */
export function useTodoItems(filters: TodoFilters): TodoData {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { status: session } = useSession();
  const [rows, setRows] = useState<ItemRow[]>([]);
  const [plans, setPlans] = useState<Record<string, ChecklistProgress>>({});
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const sticky = useRef(new Set<string>());
  const rowsRef = useRef<ItemRow[]>([]);
  // Only the newest read may land: filters change faster than a loaded machine answers.
  const generation = useRef(0);

  const read = useCallback(
    async (quiet: boolean) => {
      const mine = ++generation.current;
      if (!quiet) setLoading(true);
      const result = await api.checklists.items({ ...filters, limit: LIMIT });
      if (mine !== generation.current) return;
      setLoading(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      const next = quiet ? mergeRows(result.value.items, rowsRef.current, sticky.current) : result.value.items;
      rowsRef.current = next;
      setRows(next);
      setPlans(result.value.plans);
      setMore(result.value.more);
    },
    [filters],
  );

  useEffect(() => {
    sticky.current = new Set();
    void read(false);
  }, [read]);

  const tick = useCallback(
    async (ids: string[], status: ItemStatus, note = '') => {
      const result = await api.checklists.setStatus({ itemIds: ids, status, note });
      if (!result.ok) {
        message.error(errorText(result.error));
        return false;
      }
      const set = new Set(ids);
      for (const id of ids) sticky.current.add(id);
      const next = tickedRows(rowsRef.current, set, status, note, session.user?.name ?? '', new Date().toISOString());
      rowsRef.current = next;
      setRows(next);
      message.success({ content: t('checklists.todo.ticked', { count: result.value.updated }), key: 'todo-ticked', duration: 2 });
      void read(true);
      return true;
    },
    [message, read, session.user?.name, t],
  );

  return { rows, plans, more, loading, error, reload: () => void read(false), tick };
}
