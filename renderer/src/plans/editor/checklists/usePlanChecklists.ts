import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanChecklists } from '../../../../../contract/checklists';
import type { PlanDetail } from '../../../../../contract/plans';
import type { ApiError } from '../../../../../contract/result';
import { api } from '../../../api/client';

export interface PlanChecklistsLoad {
  data: PlanChecklists | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Hands in what a checklist write returned (every write answers with the plan's lists). */
  replace: (next: PlanChecklists) => void;
}

/**
 * The plan's lists, materials and rehearsal. Asked again whenever main returns
 * a newer plan: confirming creates the lists, moving the times re-times them,
 * a new team renames the assignees.
 */
export function usePlanChecklists(plan: Pick<PlanDetail, 'id' | 'updatedAt' | 'status'>, enabled = true): PlanChecklistsLoad {
  const [data, setData] = useState<PlanChecklists | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!enabled) return;
    const ticket = ++latest.current;
    setLoading(true);
    const result = await api.checklists.forPlan({ planId: plan.id });
    if (ticket !== latest.current) return;
    setLoading(false);
    if (result.ok) {
      setData(result.value);
      setError(null);
    } else setError(result.error);
  }, [plan.id, enabled]);

  useEffect(() => {
    void reload();
  }, [reload, plan.updatedAt, plan.status]);

  const replace = useCallback((next: PlanChecklists) => {
    latest.current += 1;
    setData(next);
    setError(null);
    setLoading(false);
  }, []);

  return { data, error, loading, reload, replace };
}
