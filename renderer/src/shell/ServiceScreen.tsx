import { CustomerServiceOutlined, InboxOutlined, MessageOutlined, ReadOutlined, SmileOutlined } from '@ant-design/icons';
import { lazyNamed } from '../lib/lazyNamed';
import type { Page } from '../lib/useHashRoute';
import { TabbedPages, type PageTab } from './TabbedPages';
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
  const tabs: PageTab<ServicePage>[] = [
    { key: 'tasks', icon: <InboxOutlined />, children: <TasksScreen /> },
    { key: 'incidents', icon: <CustomerServiceOutlined />, children: <IncidentsScreen recordId={page === 'incidents' ? recordId : null} /> },
    { key: 'feedback', icon: <SmileOutlined />, children: <FeedbackScreen recordId={page === 'feedback' ? recordId : null} /> },
    { key: 'followups', icon: <MessageOutlined />, children: <FollowupsScreen recordId={page === 'followups' ? recordId : null} /> },
    { key: 'scripts', icon: <ReadOutlined />, children: <ScriptsScreen /> },
  ];
  return <TabbedPages page={page} pages={pages} tabs={tabs} testId="service-screen" />;
}
