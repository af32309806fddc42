import { AuditOutlined, ContactsOutlined, DesktopOutlined, KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { ConfigProvider, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageHash, type Page } from '../lib/useHashRoute';
import { navPage } from './pages';

/** One item per top-level screen; a screen reached only through another's tabs lights that one. */
function navPages(pages: Page[]): Page[] {
  return [...new Set(pages.map(navPage))];
}

const ICONS: Record<Page, ReactNode> = {
  desk: <DesktopOutlined />,
  clients: <ContactsOutlined />,
  users: <SafetyCertificateOutlined />,
  audit: <AuditOutlined />,
  security: <KeyOutlined />,
};

interface Props {
  page: Page | null;
  pages: Page[];
}

/** The screens this user may open, as hash routes (`#/desk`, `#/clients`, `#/users`, `#/audit`). */
export function MainNav({ page, pages }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      {/* Narrower items than antd's default, so the header keeps every item at 1366 px in English. */}
      <ConfigProvider theme={{ components: { Menu: { itemPaddingInline: 14 } } }}>
        <Menu
          mode="horizontal"
          disabledOverflow
          selectedKeys={page ? [navPage(page)] : []}
          onClick={({ key }) => {
            window.location.hash = pageHash(key as Page);
          }}
          items={navPages(pages).map((p) => ({
            key: p,
            icon: ICONS[p],
            // A short label in the header; the full name is its tooltip.
            label: (
              <span data-testid={`nav-${p}`} title={t(`nav.${p}`)}>
                {t(`nav.short.${p}`)}
              </span>
            ),
          }))}
        />
      </ConfigProvider>
    </nav>
  );
}
