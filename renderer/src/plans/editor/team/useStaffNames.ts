import { useCallback, useMemo } from 'react';
import type { PlanDetail } from '../../../../../contract/plans';
import { api } from '../../../api/client';

/** A person who has served on a visit's team: offered when a name is typed. */
export interface StaffName {
  name: string;
  phone: string;
}

const SUGGESTIONS = 8;

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

/**
 * The names a team's name fields offer: this plan's own (its team and the
 * itinerary's responsible people, known at once), and the names every team
 * and staff account has used, asked of main's search as a name is typed (by
 * characters, pinyin or initials; ten years of teams never come to the window).
 */
export function useStaffNames(plan: PlanDetail) {
  const names = useMemo(() => {
    const all = new Map<string, StaffName>();
    collect(all, plan.team);
    for (const item of plan.itinerary) if (item.responsible && !all.has(item.responsible)) all.set(item.responsible, { name: item.responsible, phone: '' });
    return [...all.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [plan.team, plan.itinerary]);
  const find = useCallback(async (query: string): Promise<StaffName[]> => {
    const found = await api.plans.staffNames({ query, limit: SUGGESTIONS });
    return found.ok ? found.value : [];
  }, []);
  return { names, find };
}
