import {
  AuditOutlined,
  AlertOutlined,
  CheckSquareOutlined,
  CustomerServiceOutlined,
  FileDoneOutlined,
  DeleteOutlined,
  GiftOutlined,
  MessageOutlined,
  PhoneOutlined,
  RiseOutlined,
  SmileOutlined,
} from '@ant-design/icons';
import { Empty, Tag } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task, TaskKind } from '../../../contract/tasks';
import { useDesk } from '../context/DeskContext';
import { useNow } from '../lib/useNow';
import { dueWords, taskHref, taskTitle } from '../task-inbox/taskWords';

const KIND_ICONS: Record<TaskKind, ReactNode> = {
  incident: <CustomerServiceOutlined />,
  escalation: <RiseOutlined />,
  redAlert: <AlertOutlined />,
  callBack: <PhoneOutlined />,
  feedbackRequest: <SmileOutlined />,
  followupStep: <MessageOutlined />,
  care: <GiftOutlined />,
  checklistItem: <CheckSquareOutlined />,
  recordChange: <AuditOutlined />,
  documentVersion: <FileDoneOutlined />,
  destruction: <DeleteOutlined />,
};

type Group = 'overdue' | 'today' | 'upcoming';
const groupOf = (task: Task): Group => (task.overdue ? 'overdue' : task.dueToday ? 'today' : 'upcoming');

/**
 * Tasks in the inbox's order (main sorts: overdue, today, then by due time),
 * under the headings of their group. One focus stop: ↑/↓ move the selection,
 * Enter (or a click) opens the task's record.
 */
export function TaskList({ tasks, emptyText, testId }: { tasks: Task[]; emptyText: string; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useDesk();
  const now = useNow(30_000);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => setActive((i) => Math.min(i, Math.max(tasks.length - 1, 0))), [tasks.length]);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (tasks.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} data-testid={`${testId}-empty`} />;

  const open = (task: Task) => {
    window.location.hash = taskHref(task);
  };
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, Math.min(tasks.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && tasks[active]) {
      e.preventDefault();
      open(tasks[active]);
    }
  }

  const groups = (['overdue', 'today', 'upcoming'] as const).map((g) => ({ group: g, items: tasks.map((task, index) => ({ task, index })).filter(({ task }) => groupOf(task) === g) }));
  const optionId = (index: number) => `${testId}-option-${index}`;
  return (
    <div
      ref={listRef}
      className="task-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('tasks.hint')}
      aria-activedescendant={optionId(active)}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      {groups
        .filter((g) => g.items.length > 0)
        .map(({ group, items }) => (
          <section key={group} className={`task-group task-group--${group}`} data-testid={`task-group-${group}`} role="group" aria-label={t(`tasks.groups.${group}`)}>
            <h3 className="task-group__title">
              {t(`tasks.groups.${group}`)} <span className="task-group__count">{items.length}</span>
            </h3>
            {items.map(({ task, index }) => {
              const due = dueWords(task, now, t);
              return (
                <div
                  key={task.key}
                  id={optionId(index)}
                  data-index={index}
                  role="option"
                  aria-selected={index === active}
                  className={`task-row${index === active ? ' task-row--active' : ''}${task.overdue ? ' task-row--overdue' : ''}`}
                  data-testid="task-row"
                  data-kind={task.kind}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setActive(index);
                    open(task);
                  }}
                >
                  <span className={`task-row__icon task-row__icon--${task.kind}`} aria-hidden title={t(`tasks.kind.${task.kind}`)}>
                    {KIND_ICONS[task.kind]}
                  </span>
                  <span className="task-row__main">
                    <span className="task-row__title">
                      <span className="task-row__kind">{t(`tasks.kind.${task.kind}`)}</span>
                      <span className="task-row__text" data-testid="task-title">
                        {taskTitle(task, locale, t)}
                      </span>
                      {task.kind === 'redAlert' && <Tag color="error">{t('tasks.markers.redAlert')}</Tag>}
                      {task.escalated && task.kind !== 'redAlert' && <Tag color="warning">{t('tasks.markers.escalated')}</Tag>}
                      {task.ownerUserId === null && task.kind === 'incident' && <Tag>{t('tasks.markers.queue')}</Tag>}
                    </span>
                    {task.detail && <span className="task-row__detail">{task.detail}</span>}
                  </span>
                  <span className="task-row__due">
                    <span className="task-row__relative">{due.relative}</span>
                    <span className="task-row__absolute">{due.absolute}</span>
                  </span>
                </div>
              );
            })}
          </section>
        ))}
    </div>
  );
}
