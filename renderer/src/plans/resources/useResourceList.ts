import { useCallback, useEffect, useState } from 'react';
import type { Resource } from '../../../../contract/plans';
import type { ApiError } from '../../../../contract/result';
import { api } from '../../api/client';
import { byKindThenName } from './resourceOrder';

/** Every room, vehicle and other resource, inactive ones too: a site has tens, not thousands, so filtering happens here. */
export function useResourceList() {
  const [items, setItems] = useState<Resource[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    const result = await api.resources.list({ includeInactive: true });
    setLoading(false);
    setError(result.ok ? null : result.error);
    if (result.ok) setItems([...result.value].sort(byKindThenName));
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Puts main's answer for one resource in place without a round trip. */
  const replace = useCallback((r: Resource) => setItems((all) => (all.some((x) => x.id === r.id) ? all.map((x) => (x.id === r.id ? r : x)) : [...all, r].sort(byKindThenName))), []);

  return { items, loading, error, reload, replace };
}
