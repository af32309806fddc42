import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import type { PlanDetail } from '../../../../../contract/plans';
import { api } from '../../../api/client';

/** A person who has served on a visit's team: offered when a name is typed. */
export interface StaffName {
  name: string;
  phone: string;
}

/** Loaded once per window, a few minutes fresh: the team of a desk changes slowly. */
let cache: { at: number; names: StaffName[] } | null = null;
const FRESH_MS = 5 * 60_000;
/** Recent and coming visits are where the same staff serve again. */
const PLANS_TO_READ = 30;

function collect(names: Map<string, StaffName>, team: PlanDetail['team']): void {
  for (const m of team) {
    for (const [name, phone] of [
      [m.primaryName, m.primaryPhone],
      [m.backupName, m.backupPhone],
    ] as const) {
      const known = names.get(name);
      if (name && (!known || (!known.phone && phone))) names.set(name, { name, phone });
    }
  }
}

async function loadOtherPlansNames(): Promise<StaffName[]> {
  if (cache && Date.now() - cache.at < FRESH_MS) return cache.names;
  const list = await api.plans.list({ from: dayjs().subtract(90, 'day').format('YYYY-MM-DD'), to: dayjs().add(90, 'day').format('YYYY-MM-DD'), limit: PLANS_TO_READ });
  if (!list.ok) return [];
  const details = await Promise.all(list.value.items.map((p) => api.plans.get({ id: p.id })));
  const names = new Map<string, StaffName>();
  for (const d of details) if (d.ok) collect(names, d.value.team);
  cache = { at: Date.now(), names: [...names.values()] };
  return cache.names;
}

/**
 * Names already used on this and other plans' teams, for the name fields'
 * suggestions; other plans are read the first time a name field is focused.
 */
export function useStaffNames(plan: PlanDetail) {
  const [others, setOthers] = useState<StaffName[]>([]);
  const [requested, setRequested] = useState(false);
  const load = useCallback(() => {
    if (requested) return;
    setRequested(true);
    void loadOtherPlansNames().then(setOthers);
  }, [requested]);
  const names = useMemo(() => {
    const all = new Map<string, StaffName>();
    collect(all, plan.team);
    for (const item of plan.itinerary) if (item.responsible && !all.has(item.responsible)) all.set(item.responsible, { name: item.responsible, phone: '' });
    for (const n of others) if (!all.has(n.name)) all.set(n.name, n);
    return [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [plan.team, plan.itinerary, others]);
  return { names, load };
}

/** After a team is saved its names should be offered on the next plan too. */
export function forgetStaffNames(): void {
  cache = null;
}
