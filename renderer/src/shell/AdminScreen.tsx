import { KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { pageHash, type Page } from '../lib/useHashRoute';
import { SecurityScreen } from '../security/SecurityScreen';
import { UsersScreen } from '../users/UsersScreen';

/** Administration: accounts and roles, and data security, as tabs of one screen (`#/users`, `#/security`). */
export function AdminScreen({ page, pages }: { page: 'users' | 'security'; pages: Page[] }) {
  const { t } = useTranslation();
  const tabs = [
    { key: 'users' as const, icon: <SafetyCertificateOutlined />, label: t('nav.users'), children: <UsersScreen /> },
    { key: 'security' as const, icon: <KeyOutlined />, label: <span data-testid="nav-security">{t('nav.security')}</span>, children: <SecurityScreen /> },
  ].filter((tab) => pages.includes(tab.key));
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
