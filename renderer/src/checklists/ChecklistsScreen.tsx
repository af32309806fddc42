import { AlertOutlined, CarryOutOutlined, FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyNamed } from '../lib/lazyNamed';
import { ScreenLoading } from '../lib/ScreenLoading';
import { pageHash, type Page } from '../lib/useHashRoute';
import './checklists.css';

// One chunk per tab: on a busy day the desk opens the to-do list, a manager the templates.
const TodoScreen = lazyNamed(() => import('./todo/TodoScreen'), 'TodoScreen');
const TemplatesScreen = lazyNamed(() => import('./templates/TemplatesScreen'), 'TemplatesScreen');
const QualityScreen = lazyNamed(() => import('./quality/QualityScreen'), 'QualityScreen');
const EmergencyScreen = lazyNamed(() => import('./emergency/EmergencyScreen'), 'EmergencyScreen');

export type ChecklistsPage = 'checklists' | 'templates' | 'quality' | 'emergency';

/** 清单: the to-do list, the templates, quality control and the emergency plan, as tabs of one header item. */
export function ChecklistsScreen({ page, pages, recordId }: { page: ChecklistsPage; pages: Page[]; recordId: string | null }) {
  const { t } = useTranslation();
  const tab = (key: ChecklistsPage, icon: ReactNode, children: ReactNode) => ({
    key,
    icon,
    label: <span data-testid={`tab-${key}`}>{t(`checklists.tabs.${key}`)}</span>,
    children: <Suspense fallback={<ScreenLoading />}>{children}</Suspense>,
  });
  const tabs = [
    tab('checklists', <CarryOutOutlined />, <TodoScreen planId={recordId} />),
    tab('templates', <FileTextOutlined />, <TemplatesScreen />),
    tab('quality', <SafetyCertificateOutlined />, <QualityScreen />),
    tab('emergency', <AlertOutlined />, <EmergencyScreen />),
  ].filter((item) => pages.includes(item.key));
  return (
    <div className="checklists-page" data-testid="checklists-screen">
      <Tabs
        className="checklists-tabs"
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
