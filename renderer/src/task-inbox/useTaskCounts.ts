import { useCallback, useState } from 'react';
import type { TaskCounts } from '../../../contract/tasks';
import { api } from '../api/client';
import { usePolling } from '../lib/usePolling';

/** How often the header asks for the count; also on focus and when the window comes back into view. */
export const TASK_COUNT_POLL_MS = 30_000;

/** The signed-in user's task counts (overdue, due today, open), kept fresh; null until the first answer. */
export function useTaskCounts(enabled: boolean): TaskCounts | null {
  const [counts, setCounts] = useState<TaskCounts | null>(null);
  const refresh = useCallback(async () => {
    const result = await api.tasks.count({});
    // A failed poll keeps the last count: the next one tries again.
    if (result.ok) setCounts(result.value);
  }, []);
  usePolling(refresh, TASK_COUNT_POLL_MS, enabled);
  return counts;
}
