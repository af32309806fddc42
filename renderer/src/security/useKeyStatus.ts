import { useCallback, useEffect, useState } from 'react';
import type { KeyStatus } from '../../../contract/keys';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';

/** The data key's state; polled every second while a rotation re-seals values in the background. */
export function useKeyStatus() {
  const [status, setStatus] = useState<KeyStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    const result = await api.keys.status({});
    if (result.ok) {
      setStatus(result.value);
      setError(null);
    } else setError(result.error);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!status?.rotating) return;
    const timer = window.setInterval(() => void reload(), 1000);
    return () => window.clearInterval(timer);
  }, [reload, status?.rotating]);

  return { status, error, reload, setStatus };
}
