import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanDetail } from '../../../../contract/plans';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';

export type PlanLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; plan: PlanDetail };

/** The plan as main last returned it; saves hand their answer to `replace`. */
export function usePlanDetail(planId: string) {
  const [load, setLoad] = useState<PlanLoad>({ status: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setLoad({ status: 'loading' });
    const result = await api.plans.get({ id: planId });
    if (ticket !== latest.current) return;
    if (result.ok) setLoad({ status: 'ready', plan: result.value });
    // A malformed id in the address is as missing as a deleted plan.
    else if (result.error.code === 'NOT_FOUND' || result.error.code === 'VALIDATION') setLoad({ status: 'missing' });
    else setLoad({ status: 'failed', error: result.error });
  }, [planId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const replace = useCallback((plan: PlanDetail) => setLoad({ status: 'ready', plan }), []);

  return { load, reload, replace };
}
