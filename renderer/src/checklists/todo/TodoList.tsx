import { Empty } from 'antd';
import { useEffect, useMemo, type Dispatch, type KeyboardEvent, type RefObject, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistProgress, ItemRow, ItemStatus } from '../../../../contract/checklists';
import { ItemLine } from './ItemLine';
import { groupByPlan } from './mergeRows';
import { todoKeyAction } from './todoKeys';
import { VisitHeader, visitLabel } from './VisitHeader';

export interface TodoSelection {
  activeId: string | null;
  /** Rows chosen with Shift (or a visit's "select all"); empty = the active row alone. */
  selected: ReadonlySet<string>;
  /** Where a Shift range started. */
  anchorId: string | null;
}

interface Props {
  rows: ItemRow[];
  plans: Record<string, ChecklistProgress>;
  selection: TodoSelection;
  onSelection: Dispatch<SetStateAction<TodoSelection>>;
  onStatus: (status: ItemStatus) => void;
  onOpenPlan: (planId: string) => void;
  listRef: RefObject<HTMLDivElement | null>;
}

/** The rows between two ids in the order shown, both included. */
function range(order: ItemRow[], from: string, to: string): Set<string> {
  const a = order.findIndex((r) => r.id === from);
  const b = order.findIndex((r) => r.id === to);
  if (a < 0 || b < 0) return new Set([to]);
  return new Set(order.slice(Math.min(a, b), Math.max(a, b) + 1).map((r) => r.id));
}

/**
 * The items grouped by visit, as one listbox: the focus stays on the list and
 * the active row is its active descendant, so a tick that changes the rows
 * never takes the focus away.
 */
export function TodoList({ rows, plans, selection, onSelection, onStatus, onOpenPlan, listRef }: Props) {
  const { t } = useTranslation();
  const groups = useMemo(() => groupByPlan(rows), [rows]);
  const order = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const activeIndex = order.findIndex((r) => r.id === selection.activeId);
  const active = activeIndex >= 0 ? order[activeIndex]! : null;

  useEffect(() => {
    if (selection.activeId) document.getElementById(`todo-item-${selection.activeId}`)?.scrollIntoView({ block: 'nearest' });
  }, [selection.activeId]);

  const moveTo = (index: number, extend: boolean) => {
    const target = order[Math.max(0, Math.min(order.length - 1, index))];
    if (!target) return;
    if (!extend) return onSelection({ activeId: target.id, selected: new Set(), anchorId: target.id });
    const anchor = selection.anchorId ?? active?.id ?? target.id;
    onSelection({ activeId: target.id, selected: range(order, anchor, target.id), anchorId: anchor });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const action = todoKeyAction(e);
    if (!action || order.length === 0) return;
    e.preventDefault();
    switch (action.kind) {
      case 'move':
        return moveTo(activeIndex < 0 ? 0 : activeIndex + action.by, action.extend);
      case 'edge':
        return moveTo(action.to === 'first' ? 0 : order.length - 1, false);
      case 'selectAll':
        return onSelection({ activeId: active?.id ?? order[0]!.id, selected: new Set(order.map((r) => r.id)), anchorId: selection.anchorId });
      case 'clear':
        return onSelection({ activeId: selection.activeId, selected: new Set(), anchorId: selection.activeId });
      case 'openPlan':
        if (active) onOpenPlan(active.planId);
        return;
      case 'status':
        if (active || selection.selected.size > 0) onStatus(action.status);
        return;
    }
  };

  return (
    <>
      {/* Beside the list, not in it: a listbox may own only its items. */}
      {order.length === 0 && <Empty className="todo-empty" description={t('checklists.todo.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <div
        ref={listRef}
        className="todo-list"
        role="listbox"
        aria-multiselectable
        aria-label={t('checklists.todo.listLabel')}
        aria-activedescendant={active ? `todo-item-${active.id}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => {
          // Arriving by Tab lights the first item; a selection just made (a visit's "select all") stays.
          const first = order[0];
          if (first) onSelection((s) => (s.activeId && order.some((r) => r.id === s.activeId) ? s : { ...s, activeId: first.id, anchorId: first.id }));
        }}
        data-testid="todo-list"
      >
        {groups.map((group) => (
          <div key={group.planId} role="group" aria-label={visitLabel(t, group.rows[0]!, plans[group.planId])} className="todo-group">
            <VisitHeader
              first={group.rows[0]!}
              progress={plans[group.planId]}
              onSelectAll={() => {
                const ids = group.rows.map((r) => r.id);
                onSelection({ activeId: ids[0]!, selected: new Set(ids), anchorId: ids[0]! });
                listRef.current?.focus();
              }}
            />
            {group.rows.map((row) => (
              <ItemLine
                key={row.id}
                row={row}
                active={row.id === active?.id}
                selected={selection.selected.has(row.id)}
                onPick={(shift) => {
                  listRef.current?.focus();
                  if (shift && active) onSelection({ activeId: row.id, selected: range(order, selection.anchorId ?? active.id, row.id), anchorId: selection.anchorId ?? active.id });
                  else onSelection({ activeId: row.id, selected: new Set(), anchorId: row.id });
                }}
              />
            ))}
          </div>
        ))}
      </div>
    </>
  );
}
