import type { ItemRow } from '../../../../contract/checklists';

/** Main's order: by due time, items without one last. */
function byDue(a: ItemRow, b: ItemRow): number {
  if (a.dueAt === b.dueAt) return 0;
  if (a.dueAt === null) return 1;
  if (b.dueAt === null) return -1;
  return a.dueAt < b.dueAt ? -1 : 1;
}

/**
 * A re-read after a tick, merged with what the user just ticked: an item that
 * left the filter (done, with "open" shown) stays in its place, marked, until
 * the filters change, so the list does not jump under the keyboard.
 */
export function mergeRows(fresh: ItemRow[], previous: ItemRow[], sticky: ReadonlySet<string>): ItemRow[] {
  const present = new Set(fresh.map((r) => r.id));
  const kept = previous.filter((r) => sticky.has(r.id) && !present.has(r.id));
  if (kept.length === 0) return fresh;
  // A stable sort keeps main's order among equal due times.
  return [...fresh, ...kept].sort(byDue);
}

/** The rows after a tick, as main will report them: status, who and when. */
export function tickedRows(rows: ItemRow[], ids: ReadonlySet<string>, status: ItemRow['status'], note: string, byName: string, at: string): ItemRow[] {
  return rows.map((r) => {
    if (!ids.has(r.id)) return r;
    const stillOpen = status === 'open' || status === 'problem';
    return {
      ...r,
      status,
      note: status === 'problem' ? note : r.note,
      statusByName: byName,
      statusAt: at,
      overdue: stillOpen && r.overdue,
      dueSoon: stillOpen && r.dueSoon,
    };
  });
}

/** Visits in the order their first item appears, each with its items. */
export function groupByPlan(rows: ItemRow[]): { planId: string; rows: ItemRow[] }[] {
  const groups = new Map<string, ItemRow[]>();
  for (const row of rows) {
    const list = groups.get(row.planId);
    if (list) list.push(row);
    else groups.set(row.planId, [row]);
  }
  return [...groups].map(([planId, list]) => ({ planId, rows: list }));
}
