import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../contract/result';
import type { UserSummary } from '../../../contract/users';
import { api } from '../api/client';

/** The account list, reloaded after every change so lock-outs and last sign-ins stay current. */
export function useUsers() {
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    const result = await api.users.list({});
    if (result.ok) setUsers(result.value);
    setError(result.ok ? null : result.error);
    setLoading(false);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { users, loading, error, reload };
}
