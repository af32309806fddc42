import { CustomerServiceOutlined, InboxOutlined, MessageOutlined, ReadOutlined, SmileOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyNamed } from '../lib/lazyNamed';
import { ScreenLoading } from '../lib/ScreenLoading';
import { pageHash, type Page } from '../lib/useHashRoute';
import type { ServicePage } from './servicePages';

// One chunk per tab: the desk opens its inbox many times a day, the analysis rarely.
const TasksScreen = lazyNamed(() => import('../tasks/TasksScreen'), 'TasksScreen');
const IncidentsScreen = lazyNamed(() => import('../incidents/IncidentsScreen'), 'IncidentsScreen');
const FeedbackScreen = lazyNamed(() => import('../feedback/FeedbackScreen'), 'FeedbackScreen');
const FollowupsScreen = lazyNamed(() => import('../followups/FollowupsScreen'), 'FollowupsScreen');
const ScriptsScreen = lazyNamed(() => import('../incidents/scripts/ScriptsScreen'), 'ScriptsScreen');

/**
 * 服务: what happens after the handshake (DIGEST 02–04) — the task inbox,
 * problems, feedback, client follow-ups and the reply scripts — as tabs of one
 * header item. `recordId` opens one record (an incident, a response, a sequence).
 */
export function ServiceScreen({ page, pages, recordId }: { page: ServicePage; pages: Page[]; recordId: string | null }) {
  const { t } = useTranslation();
  const tab = (key: ServicePage, icon: ReactNode, children: ReactNode) => ({
    key,
    icon,
    label: <span data-testid={`tab-${key}`}>{t(`nav.${key}`)}</span>,
    children: <Suspense fallback={<ScreenLoading />}>{children}</Suspense>,
  });
  const tabs = [
    tab('tasks', <InboxOutlined />, <TasksScreen />),
    tab('incidents', <CustomerServiceOutlined />, <IncidentsScreen recordId={page === 'incidents' ? recordId : null} />),
    tab('feedback', <SmileOutlined />, <FeedbackScreen recordId={page === 'feedback' ? recordId : null} />),
    tab('followups', <MessageOutlined />, <FollowupsScreen recordId={page === 'followups' ? recordId : null} />),
    tab('scripts', <ReadOutlined />, <ScriptsScreen />),
  ].filter((item) => pages.includes(item.key));
  return (
    <div className="service-page" data-testid="service-screen">
      <Tabs
        activeKey={page}
        destroyOnHidden
        onChange={(key) => {
          window.location.hash = pageHash(key as Page);
        }}
        items={tabs}
      />
    </div>
  );
}
