import { useCallback, useState } from 'react';
import type { ItemRow } from '../../../../contract/checklists';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { usePolling } from '../../lib/usePolling';

/** As often as the desk's visit lists: another desk (or the clock) changes what is due. */
const POLL_MS = 30_000;
const LIMIT = 20;

export interface DueItems {
  overdue: number;
  dueSoon: number;
  items: ItemRow[];
  error: ApiError | null;
  refresh: () => Promise<void>;
}

/** Open checklist items overdue or due soon across open plans (checklists.due), kept fresh while the desk is shown. */
export function useDueItems(enabled: boolean): DueItems {
  const [state, setState] = useState<Omit<DueItems, 'refresh'>>({ overdue: 0, dueSoon: 0, items: [], error: null });
  const refresh = useCallback(async () => {
    const result = await api.checklists.due({ limit: LIMIT });
    setState((prev) => (result.ok ? { ...result.value, error: null } : { ...prev, error: result.error }));
  }, []);
  usePolling(refresh, POLL_MS, enabled);
  return { ...state, refresh };
}
