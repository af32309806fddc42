import { Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../contract';
import type { ApiError } from '../../../contract/result';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { usePolling } from '../lib/usePolling';
import { TaskList } from './TaskList';
import { LoadFailed } from './LoadFailed';

/** The inbox refreshes as often as the header's count does. */
const REFRESH_MS = 30_000;

export function MyTasks() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [state, setState] = useState<{ value: Output<'tasks', 'mine'> } | { error: ApiError } | null>(null);
  const refresh = useCallback(async () => {
    const result = await api.tasks.mine({});
    setState(result.ok ? { value: result.value } : { error: result.error });
  }, []);
  usePolling(refresh, REFRESH_MS, true);
  if (state === null) return <Spin />;
  if ('error' in state) return <LoadFailed message={errorText(state.error)} />;
  // An auditor reads, and works on nothing: say so rather than "well done".
  const works = can('incidents.handle') || can('followups.work') || can('checklists.tick') || can('feedback.record');
  return (
    <>
      <TaskList tasks={state.value.tasks} emptyText={works ? t('tasks.empty') : t('tasks.nothingToDo')} testId="my-tasks" />
      {state.value.more && <Typography.Text type="secondary">{t('tasks.more', { count: state.value.tasks.length })}</Typography.Text>}
    </>
  );
}
