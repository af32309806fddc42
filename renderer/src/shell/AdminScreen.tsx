import { AuditOutlined, KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditScreen } from '../audit/AuditScreen';
import { pageHash, type Page } from '../lib/useHashRoute';
import { SecurityScreen } from '../security/SecurityScreen';
import { UsersScreen } from '../users/UsersScreen';

export type AdminPage = 'users' | 'security' | 'audit';

/** Administration: accounts and roles, data security and the audit log, as tabs of one screen. */
export function AdminScreen({ page, pages }: { page: AdminPage; pages: Page[] }) {
  const { t } = useTranslation();
  const tab = (key: AdminPage, icon: React.ReactNode, children: React.ReactNode) => ({
    key,
    icon,
    label: <span data-testid={`tab-${key}`}>{t(`nav.${key}`)}</span>,
    children,
  });
  const tabs = [
    tab('users', <SafetyCertificateOutlined />, <UsersScreen />),
    tab('security', <KeyOutlined />, <SecurityScreen />),
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
