import { Alert, Button, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../../../../contract/checklists';
import { useDesk } from '../../context/DeskContext';
import { errorText } from '../../lib/errors';
import { pageHash } from '../../lib/useHashRoute';
import { ChecklistPrintButton } from '../../print-menus/ChecklistPrintButton';
import { groupByPlan } from './mergeRows';
import { ProblemNoteModal } from './ProblemNoteModal';
import { INITIAL_FILTERS, type TodoFilters } from './todoFilters';
import { TodoList, type TodoSelection } from './TodoList';
import { TodoToolbar } from './TodoToolbar';
import { useTodoItems } from './useTodoItems';

const ACTIONS: ItemStatus[] = ['done', 'na', 'problem', 'open'];
const ACTION_KEY: Record<ItemStatus, string> = { done: 'D', na: 'N', problem: 'P', open: 'U' };

/**
 * 待办: the items of open visits, grouped by visit with their progress, ticked
 * from the keyboard. `planId` (from `#/checklists/<planId>`) starts on one visit.
 */
export function TodoScreen({ planId }: { planId: string | null }) {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [filters, setFilters] = useState<TodoFilters>(() => (planId ? { ...INITIAL_FILTERS, planId } : INITIAL_FILTERS));
  const data = useTodoItems(filters);
  const [selection, setSelection] = useState<TodoSelection>({ activeId: null, selected: new Set(), anchorId: null });
  const [problemFor, setProblemFor] = useState<string[] | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const mayTick = can('checklists.tick');
  // Once the note dialog is gone (not before: its focus trap holds on while it is open), the keys go back to the list.
  const hadDialog = useRef(false);
  useEffect(() => {
    if (problemFor) hadDialog.current = true;
    else if (hadDialog.current) {
      hadDialog.current = false;
      listRef.current?.focus();
    }
  }, [problemFor]);

  // The filters' choices grow with what was seen, so narrowing one does not empty the others.
  const [visits, setVisits] = useState(new Map<string, string>());
  const [people, setPeople] = useState(new Set<string>());
  useEffect(() => {
    setVisits((known) => {
      const next = new Map(known);
      for (const row of data.rows) next.set(row.planId, row.planTitle);
      return next.size === known.size ? known : next;
    });
    setPeople((known) => {
      const next = new Set(known);
      for (const row of data.rows) if (row.assigneeName) next.add(row.assigneeName);
      return next.size === known.size ? known : next;
    });
  }, [data.rows]);

  const targets = useMemo(
    () => (selection.selected.size > 0 ? [...selection.selected] : selection.activeId ? [selection.activeId] : []),
    [selection],
  );

  const apply = async (status: ItemStatus) => {
    if (!mayTick || targets.length === 0) return;
    if (status === 'problem') return setProblemFor(targets);
    const ok = await data.tick(targets, status);
    if (ok && targets.length > 1) setSelection((s) => ({ ...s, selected: new Set() }));
    if (ok && targets.length === 1 && status !== 'open') moveOn(targets[0]!);
  };

  // After a single tick the next item becomes active: a busy desk ticks down the list.
  const moveOn = (id: string) => {
    const order = groupByPlan(data.rows).flatMap((g) => g.rows.map((r) => r.id));
    const next = order[order.indexOf(id) + 1];
    if (next) setSelection({ activeId: next, selected: new Set(), anchorId: next });
  };

  const printDay = filters.from ?? dayjs().format('YYYY-MM-DD');

  return (
    <div className="todo-screen" data-testid="todo-screen">
      <TodoToolbar
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setSelection({ activeId: null, selected: new Set(), anchorId: null });
        }}
        visits={[...visits].map(([id, title]) => ({ id, title }))}
        people={[...people]}
        onReload={data.reload}
      />
      <div className="todo-actions">
        <Space wrap>
          {ACTIONS.map((status) => (
            <Button
              key={status}
              disabled={!mayTick || targets.length === 0}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void apply(status)}
              data-testid={`todo-action-${status}`}
            >
              {t(`checklists.todo.actions.${status}`)} <kbd className="checklists-kbd">{ACTION_KEY[status]}</kbd>
            </Button>
          ))}
          {selection.selected.size > 0 && <Typography.Text data-testid="todo-selected">{t('checklists.todo.selected', { count: selection.selected.size })}</Typography.Text>}
        </Space>
        <ChecklistPrintButton planId={filters.planId} day={printDay} department={filters.department} />
      </div>
      <Typography.Text type="secondary" className="todo-keys">
        {t('checklists.todo.keys')}
      </Typography.Text>
      {data.error && <Alert type="error" showIcon message={errorText(data.error)} />}
      {data.more && <Alert type="info" showIcon message={t('checklists.todo.more', { count: data.rows.length })} />}
      <Spin spinning={data.loading}>
        <TodoList
          rows={data.rows}
          plans={data.plans}
          selection={selection}
          onSelection={setSelection}
          onStatus={(status) => void apply(status)}
          onOpenPlan={(id) => {
            window.location.hash = pageHash('plans', id);
          }}
          listRef={listRef}
        />
      </Spin>
      {problemFor && (
        <ProblemNoteModal
          count={problemFor.length}
          onSave={async (note) => {
            const ok = await data.tick(problemFor, 'problem', note);
            if (ok) setSelection((s) => ({ ...s, selected: new Set() }));
            return ok;
          }}
          onClose={() => setProblemFor(null)}
        />
      )}
    </div>
  );
}
