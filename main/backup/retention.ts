export interface RetentionPolicy {
  /** Newest snapshot of each of the last `daily` days that have one (local time). */
  daily: number;
  /** … of each of the last `weekly` ISO weeks that have one. */
  weekly: number;
  /** … of each of the last `monthly` months that have one. */
  monthly: number;
}

export const DEFAULT_POLICY: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface RetentionItem {
  id: string;
  createdAt: string;
  reason: string;
}

/** Snapshots taken before a restore or a migration are the way back from them: kept at least this long. */
export const PROTECTED_REASONS = ['restore', 'migration'];
export const PROTECTED_DAYS = 30;
/** Every snapshot of the last day stays (a manual one this morning is still there this afternoon); older days keep one each. */
export const RECENT_HOURS = 24;

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** ISO 8601 week of the local date: weeks start on Monday, week 1 holds the year's first Thursday. */
function weekKey(d: Date): string {
  const t = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const weekday = (t.getDay() + 6) % 7; // Monday 0
  t.setDate(t.getDate() - weekday + 3); // the Thursday of this week decides the year
  const firstThursday = new Date(t.getFullYear(), 0, 4);
  const week = 1 + Math.round((t.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - ((firstThursday.getDay() + 6) % 7) / 7 + 3 / 7);
  return `${t.getFullYear()}-W${pad(week)}`;
}

/**
 * Which snapshots to keep (pure). Buckets count only periods that have a
 * snapshot, as restic's keep-daily does: a month with the PC switched off
 * does not empty the history. The newest snapshot is always kept, and so are
 * those of the last day and anything whose time cannot be read (never delete
 * what is not understood).
 */
export function selectRetained(list: RetentionItem[], policy: RetentionPolicy, now: Date): { keep: string[]; remove: string[] } {
  const dated = list.map((item) => ({ item, at: new Date(item.createdAt) }));
  const valid = dated.filter((d) => !Number.isNaN(d.at.getTime())).sort((a, b) => b.at.getTime() - a.at.getTime() || (a.item.id < b.item.id ? 1 : -1));
  const keep = new Set<string>(dated.filter((d) => Number.isNaN(d.at.getTime())).map((d) => d.item.id));
  if (valid[0]) keep.add(valid[0].item.id);
  const rules: [number, (d: Date) => string][] = [
    [policy.daily, dayKey],
    [policy.weekly, weekKey],
    [policy.monthly, monthKey],
  ];
  for (const [count, key] of rules) {
    const seen = new Set<string>();
    for (const { item, at } of valid) {
      const k = key(at);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(item.id);
    }
  }
  const recentSince = now.getTime() - RECENT_HOURS * 3_600_000;
  for (const { item, at } of valid) if (at.getTime() >= recentSince) keep.add(item.id);
  const protectedSince = now.getTime() - PROTECTED_DAYS * 86_400_000;
  for (const { item, at } of valid) if (PROTECTED_REASONS.includes(item.reason) && at.getTime() >= protectedSince) keep.add(item.id);
  return { keep: list.map((i) => i.id).filter((id) => keep.has(id)), remove: list.map((i) => i.id).filter((id) => !keep.has(id)) };
}
