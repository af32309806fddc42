import { InboxOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { pageHash } from '../lib/useHashRoute';
import { useTaskCounts } from './useTaskCounts';
import './taskInbox.css';

/** The header's task count: overdue in red, due today beside it; a click opens the inbox. Compact: the header is full. */
export function TaskCountBadge() {
  const { t } = useTranslation();
  const counts = useTaskCounts(true);
  const overdue = counts?.overdue ?? 0;
  const today = counts?.today ?? 0;
  const title = t('tasks.badge.title', { overdue, today, open: counts?.open ?? 0 });
  return (
    <Tooltip title={title}>
      <Button
        className="task-count"
        data-testid="task-count"
        aria-label={title}
        // The counts say it all; with nothing to do, the inbox's icon.
        icon={overdue + today === 0 ? <InboxOutlined /> : undefined}
        onClick={() => (window.location.hash = pageHash('tasks'))}
      >
        {overdue > 0 && (
          <span className="task-count__pill task-count__pill--overdue" data-testid="task-count-overdue">
            {overdue}
          </span>
        )}
        {today > 0 && (
          <span className="task-count__pill task-count__pill--today" data-testid="task-count-today">
            {today}
          </span>
        )}
      </Button>
    </Tooltip>
  );
}
