import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../context/DeskContext';
import { MyTasks } from './MyTasks';
import { TeamView } from './TeamView';
import './tasks.css';

/** 我的任务: every dated duty of the signed-in user, overdue and due today first; managers also see their team's. */
export function TasksScreen() {
  const { t } = useTranslation();
  const { can } = useDesk();
  const [view, setView] = useState<'mine' | 'team'>('mine');
  const seesTeam = can('tasks.team');
  return (
    <div className="tasks-page" data-testid="tasks-screen">
      <div className="tasks-page__bar">
        {seesTeam ? (
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'mine' | 'team')}
            options={[
              { value: 'mine', label: <span data-testid="tasks-view-mine">{t('tasks.views.mine')}</span> },
              { value: 'team', label: <span data-testid="tasks-view-team">{t('tasks.views.team')}</span> },
            ]}
          />
        ) : (
          <Typography.Title level={4} className="tasks-page__title">
            {t('tasks.views.mine')}
          </Typography.Title>
        )}
        <span className="tasks-page__hint">{t('tasks.hint')}</span>
      </div>
      {view === 'team' && seesTeam ? <TeamView /> : <MyTasks />}
    </div>
  );
}
