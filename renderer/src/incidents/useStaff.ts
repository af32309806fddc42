import { useEffect, useState } from 'react';
import type { StaffMember } from '../../../contract/tasks';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** Active users, for the owner pickers (dispatch, the tiers' named owners). */
export function useStaff(enabled: boolean) {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void api.tasks.staff({}).then((result) => {
      if (!live) return;
      if (result.ok) setStaff(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return { staff, error };
}
