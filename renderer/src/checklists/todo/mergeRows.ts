import type { ItemRow } from '../../../../contract/checklists';

/**
 * A re-read after a tick, merged with what the user just ticked: an item that
 * left the filter (done, with "open" shown) stays where it was, marked, until
 * the filters change, so the list does not jump under the keyboard.
 */
export function mergeRows(fresh: ItemRow[], previous: ItemRow[], sticky: ReadonlySet<string>): ItemRow[] {
  const present = new Set(fresh.map((r) => r.id));
  if (!previous.some((r) => sticky.has(r.id) && !present.has(r.id))) return fresh;
  const result = [...fresh];
  previous.forEach((row, index) => {
    if (!sticky.has(row.id) || present.has(row.id)) return;
    // Right after the nearest row above it that is still shown (or first of all).
    let at = 0;
    for (let above = index - 1; above >= 0; above--) {
      const found = result.findIndex((r) => r.id === previous[above]!.id);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    result.splice(at, 0, row);
  });
  return result;
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
