import { ExportOutlined } from '@ant-design/icons';
import { Progress } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChecklistProgress, ItemRow } from '../../../../contract/checklists';
import { pageHash } from '../../lib/useHashRoute';
import { deskColors } from '../../theme';

/** How a visit stands, in words: the group's label for a screen reader. */
export function visitLabel(t: TFunction, first: ItemRow, progress: ChecklistProgress | undefined): string {
  const parts = [first.planTitle, t('checklists.todo.progress', { closed: progress?.closed ?? 0, total: progress?.total ?? 0 })];
  if (progress?.overdue) parts.push(t('checklists.todo.overdueCount', { count: progress.overdue }));
  if (progress?.problems) parts.push(t('checklists.todo.problemCount', { count: progress.problems }));
  return parts.join(', ');
}

/** A visit's line above its items: title, arrival, and its progress at a glance (red while anything is overdue). */
export function VisitHeader({ first, progress, onSelectAll }: { first: ItemRow; progress: ChecklistProgress | undefined; onSelectAll: () => void }) {
  const { t } = useTranslation();
  const total = progress?.total ?? 0;
  const closed = progress?.closed ?? 0;
  const overdue = progress?.overdue ?? 0;
  const percent = total === 0 ? 0 : Math.round((closed / total) * 100);
  return (
    // Read by mouse users; a screen reader hears the same from the group's label (a listbox may own only its items).
    <div className="todo-visit" data-testid="todo-visit" data-plan-id={first.planId} aria-hidden>
      <span className="todo-visit__title">{first.planTitle}</span>
      {first.arrivalAt && <span className="todo-visit__time">{dayjs(first.arrivalAt).format('MM-DD HH:mm')}</span>}
      <Progress
        className="todo-visit__bar"
        percent={percent}
        size="small"
        strokeColor={overdue > 0 ? deskColors.error : percent === 100 ? deskColors.success : deskColors.primary}
        showInfo={false}
      />
      <span className="todo-visit__count" data-testid="todo-visit-progress">
        {t('checklists.todo.progress', { closed, total })}
      </span>
      {overdue > 0 && <span className="todo-visit__overdue">{t('checklists.todo.overdueCount', { count: overdue })}</span>}
      {(progress?.problems ?? 0) > 0 && <span className="todo-visit__problems">{t('checklists.todo.problemCount', { count: progress!.problems })}</span>}
      {/* Mouse shortcuts only (hidden from the tab order and screen readers): the keyboard has Ctrl+A and Enter. */}
      <span className="todo-visit__actions">
        <span
          className="todo-visit__link"
          onMouseDown={(e) => {
            e.preventDefault();
            onSelectAll();
          }}
          data-testid="todo-select-visit"
        >
          {t('checklists.todo.selectGroup')}
        </span>
        <span
          className="todo-visit__link"
          onMouseDown={(e) => {
            e.preventDefault();
            window.location.hash = pageHash('plans', first.planId);
          }}
        >
          <ExportOutlined /> {t('checklists.todo.actions.openPlan')}
        </span>
      </span>
    </div>
  );
}
