import { useCallback, useEffect, useState } from 'react';
import type { BookingConflict, PlanDetail, Resource } from '../../../../../contract/plans';
import { api } from '../../../api/client';
import { byKindThenName } from '../../resources/resourceOrder';

/** checkBookings takes at most 50 bookings per call. */
const CHECK_BATCH = 50;

/**
 * Who else holds each active resource during the visit's window: one checkBookings
 * call per 50 resources, each resource asked for once, so it stays fast.
 */
async function takenDuring(planId: string, active: Resource[], startsAt: string, endsAt: string): Promise<Map<string, BookingConflict[]>> {
  const taken = new Map<string, BookingConflict[]>();
  for (let i = 0; i < active.length; i += CHECK_BATCH) {
    const bookings = active.slice(i, i + CHECK_BATCH).map((r) => ({ resourceId: r.id, startsAt, endsAt, spare: false }));
    const result = await api.plans.checkBookings({ planId, bookings });
    if (!result.ok) continue;
    for (const c of result.value.conflicts) taken.set(c.resourceId, [...(taken.get(c.resourceId) ?? []), c]);
  }
  return taken;
}

/** Every resource (inactive ones too, to name old bookings) and, for the active ones, whether they are free for the visit. */
export function useResources(plan: Pick<PlanDetail, 'id' | 'arrivalAt' | 'departureAt' | 'updatedAt'>) {
  const [resources, setResources] = useState<Resource[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [taken, setTaken] = useState<Map<string, BookingConflict[]> | null>(null);
  const { id, arrivalAt, departureAt, updatedAt } = plan;

  const load = useCallback(async () => {
    const result = await api.resources.list({ includeInactive: true });
    if (!result.ok) return;
    setResources([...result.value].sort(byKindThenName));
    setLoaded(true);
    const active = result.value.filter((r) => r.active);
    if (arrivalAt && departureAt && departureAt > arrivalAt && active.length > 0) setTaken(await takenDuring(id, active, arrivalAt, departureAt));
    else setTaken(null);
  }, [id, arrivalAt, departureAt]);

  // Again after each save of the plan (updatedAt): what other plans hold may have changed meanwhile too.
  useEffect(() => {
    void load();
  }, [load, updatedAt]);

  return { resources, loaded, taken, reload: load };
}
