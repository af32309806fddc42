import { CheckCircleFilled, CloseCircleOutlined, ExclamationCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { pickText, type ItemRow } from '../../../../contract/checklists';

const STATUS_ICON = {
  open: <CloseCircleOutlined className="todo-icon todo-icon--open" />,
  done: <CheckCircleFilled className="todo-icon todo-icon--done" />,
  na: <MinusCircleOutlined className="todo-icon todo-icon--na" />,
  problem: <ExclamationCircleFilled className="todo-icon todo-icon--problem" />,
};

const when = (at: string) => dayjs(at).format('MM-DD HH:mm');

/** One item of the to-do list: what, for whom, by when, and how it stands. */
export function ItemLine({ row, active, selected, onPick }: { row: ItemRow; active: boolean; selected: boolean; onPick: (shift: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const classes = ['todo-item', `todo-item--${row.status}`, active && 'todo-item--active', selected && 'todo-item--selected', row.overdue && 'todo-item--overdue']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={`todo-item-${row.id}`}
      role="option"
      aria-selected={selected || active}
      className={classes}
      data-testid="todo-item"
      data-status={row.status}
      onMouseDown={(e) => {
        // Keep the focus on the list, where the keys work.
        e.preventDefault();
        onPick(e.shiftKey);
      }}
    >
      <span className="todo-item__status" title={t(`checklists.status.${row.status}`)}>
        {STATUS_ICON[row.status]}
        <span className="checklists-sr-only">{t(`checklists.status.${row.status}`)}</span>
      </span>
      <span className="todo-item__main">
        <span className="todo-item__text">
          {pickText(row.text, i18n.language)}
          {row.required && <span className="todo-item__required">{t('checklists.todo.required')}</span>}
        </span>
        <span className="todo-item__meta">
          {pickText(row.listName, i18n.language)} · {pickText(row.section, i18n.language)}
          {row.status === 'problem' && row.note && <span className="todo-item__note"> · {row.note}</span>}
          {row.status !== 'open' && row.statusByName && (
            <span> · {t('checklists.todo.by', { name: row.statusByName, time: row.statusAt ? when(row.statusAt) : '' })}</span>
          )}
        </span>
      </span>
      <span className="todo-item__dept">
        <Tag>{t(`checklists.department.${row.department}`)}</Tag>
        {row.handedOffAt && <Tag color="blue">{t('checklists.todo.handedOff')}</Tag>}
      </span>
      <span className="todo-item__who">{row.assigneeName || (row.role ? t(`checklists.role.${row.role}`) : '')}</span>
      <span className={`todo-item__due${row.overdue ? ' todo-item__due--overdue' : row.dueSoon ? ' todo-item__due--soon' : ''}`}>
        {row.dueAt ? when(row.dueAt) : t('checklists.todo.noDue')}
      </span>
    </div>
  );
}
