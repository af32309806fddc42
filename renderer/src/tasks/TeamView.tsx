import { Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../contract';
import type { ApiError } from '../../../contract/result';
import { ROLE_LABELS } from '../../../contract/role-labels';
import { ROLE_NAMES, type RoleName } from '../../../contract/session';
import type { Task } from '../../../contract/tasks';
import { api } from '../api/client';
import { useDesk } from '../context/DeskContext';
import { errorText } from '../lib/errors';
import { usePolling } from '../lib/usePolling';
import { LoadFailed } from './LoadFailed';
import { TaskList } from './TaskList';
import '../task-inbox/taskInbox.css';

type Team = Output<'tasks', 'team'>;
type Person = Team['people'][number];

const REFRESH_MS = 60_000;
/** A row of the team: a user, a role's queue (no user, named by the role) or a name on checklist items that is nobody's account. */
const rowKey = (p: Person) => (p.userId ? `u:${p.userId}` : `n:${p.name}`);
const isRole = (name: string): name is RoleName => (ROLE_NAMES as readonly string[]).includes(name);

/** Tasks of one row: the user's own (asked of main, not cut by the page of everyone's), or a queue's from everyone's. */
function useRowTasks(selected: Person | null, all: Task[]): Task[] | null {
  const [own, setOwn] = useState<{ userId: string; tasks: Task[] } | null>(null);
  useEffect(() => {
    if (!selected?.userId) return;
    let live = true;
    const userId = selected.userId;
    void api.tasks.team({ ownerUserId: userId }).then((r) => {
      if (live && r.ok) setOwn({ userId, tasks: r.value.tasks });
    });
    return () => {
      live = false;
    };
  }, [selected?.userId, all]);
  if (!selected) return all;
  if (!selected.userId) return all.filter((t) => t.ownerUserId === null && t.ownerName === selected.name);
  return own?.userId === selected.userId ? own.tasks : null;
}

/** 团队: everyone's open tasks, by person with their counts (most overdue first); pick a person to see theirs. */
export function TeamView() {
  const { t } = useTranslation();
  const { locale } = useDesk();
  const [state, setState] = useState<{ value: Team } | { error: ApiError } | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const result = await api.tasks.team({});
    setState(result.ok ? { value: result.value } : { error: result.error });
  }, []);
  usePolling(refresh, REFRESH_MS, true);
  const team = state && 'value' in state ? state.value : null;
  const selected = team?.people.find((p) => rowKey(p) === selectedKey) ?? null;
  const tasks = useRowTasks(selected, team?.tasks ?? []);
  if (state === null) return <Spin />;
  if ('error' in state) return <LoadFailed message={errorText(state.error)} />;
  const nameOf = (p: Person) => (p.userId === null && isRole(p.name) ? `${ROLE_LABELS[locale][p.name]} · ${t('tasks.markers.queue')}` : p.name);
  const rows: (Person | null)[] = [null, ...state.value.people];
  return (
    <div className="team-view" data-testid="team-view">
      <nav className="team-view__people" aria-label={t('tasks.teamPeople')}>
        {rows.map((p) => {
          const key = p ? rowKey(p) : null;
          const counts = p?.counts ?? { overdue: state.value.tasks.filter((x) => x.overdue).length, today: state.value.tasks.filter((x) => x.dueToday).length, open: state.value.tasks.length };
          return (
            <button
              type="button"
              key={key ?? 'all'}
              className={`team-person${key === selectedKey ? ' team-person--selected' : ''}`}
              aria-pressed={key === selectedKey}
              data-testid="team-person"
              onClick={() => setSelectedKey(key)}
            >
              <span className="team-person__name">{p ? nameOf(p) : t('tasks.teamAll')}</span>
              <span className="team-person__counts">
                {counts.overdue > 0 && <span className="task-count__pill task-count__pill--overdue">{counts.overdue}</span>}
                {counts.today > 0 && <span className="task-count__pill task-count__pill--today">{counts.today}</span>}
                <span className="team-person__open">{counts.open}</span>
              </span>
            </button>
          );
        })}
      </nav>
      <div className="team-view__tasks">
        {tasks === null ? <Spin /> : <TaskList tasks={tasks} emptyText={t('tasks.emptyPerson')} testId="team-tasks" />}
        {selected === null && state.value.more && <Typography.Text type="secondary">{t('tasks.more', { count: state.value.tasks.length })}</Typography.Text>}
      </div>
    </div>
  );
}
