import { AuditOutlined, CloudServerOutlined, KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyNamed } from '../lib/lazyNamed';
import { ScreenLoading } from '../lib/ScreenLoading';
import { pageHash, type Page } from '../lib/useHashRoute';

// One chunk per tab: most users open one of them, if any.
const UsersScreen = lazyNamed(() => import('../users/UsersScreen'), 'UsersScreen');
const SecurityScreen = lazyNamed(() => import('../security/SecurityScreen'), 'SecurityScreen');
const AuditScreen = lazyNamed(() => import('../audit/AuditScreen'), 'AuditScreen');
const BackupScreen = lazyNamed(() => import('../backup/BackupScreen'), 'BackupScreen');

export type AdminPage = 'users' | 'security' | 'backup' | 'audit';

/** Administration: accounts and roles, data security, backups and the audit log, as tabs of one screen. */
export function AdminScreen({ page, pages }: { page: AdminPage; pages: Page[] }) {
  const { t } = useTranslation();
  const tab = (key: AdminPage, icon: React.ReactNode, children: React.ReactNode) => ({
    key,
    icon,
    label: <span data-testid={`tab-${key}`}>{t(`nav.${key}`)}</span>,
    // Per tab, so the tab bar stays while a tab's code arrives.
    children: <Suspense fallback={<ScreenLoading />}>{children}</Suspense>,
  });
  const tabs = [
    tab('users', <SafetyCertificateOutlined />, <UsersScreen />),
    tab('security', <KeyOutlined />, <SecurityScreen />),
    tab('backup', <CloudServerOutlined />, <BackupScreen />),
    tab('audit', <AuditOutlined />, <AuditScreen />),
  ].filter((item) => pages.includes(item.key));
  if (tabs.length === 1) return tabs[0]!.children;
  return (
    <Tabs
      className="admin-tabs"
      activeKey={page}
      destroyOnHidden
      onChange={(key) => {
        window.location.hash = pageHash(key as Page);
      }}
      items={tabs}
    />
  );
}
