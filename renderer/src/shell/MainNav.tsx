import { BarChartOutlined, CalendarOutlined, CarryOutOutlined, ContainerOutlined, ContactsOutlined, CustomerServiceOutlined, DesktopOutlined, SettingOutlined } from '@ant-design/icons';
import { ConfigProvider, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageHash, type Page } from '../lib/useHashRoute';
import { navItemOf, navItems, pagesOf, type NavItem } from './pages';

const ICONS: Record<NavItem, ReactNode> = {
  desk: <DesktopOutlined />,
  plans: <CalendarOutlined />,
  checklists: <CarryOutOutlined />,
  service: <CustomerServiceOutlined />,
  archive: <ContainerOutlined />,
  clients: <ContactsOutlined />,
  reports: <BarChartOutlined />,
  admin: <SettingOutlined />,
};

interface Props {
  page: Page | null;
  pages: Page[];
}

/**
 * The screens this user may open, as hash routes. An item that stands for one
 * screen is named after it (an auditor sees "审计日志", not "管理").
 */
export function MainNav({ page, pages }: Props) {
  const { t } = useTranslation();
  const label = (item: NavItem) => {
    const only = pagesOf(item, pages);
    return item === 'admin' && only.length === 1 ? only[0]! : item;
  };
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      {/* Narrower items than antd's default, so the header keeps all eight items apart from the title at 1280 px in English. */}
      <ConfigProvider theme={{ components: { Menu: { itemPaddingInline: 6, iconMarginInlineEnd: 6 } } }}>
        <Menu
          mode="horizontal"
          disabledOverflow
          selectedKeys={page ? [navItemOf(page)] : []}
          onClick={({ key }) => {
            const first = pagesOf(key as NavItem, pages)[0];
            if (first) window.location.hash = pageHash(first);
          }}
          items={navItems(pages).map((item) => ({
            key: item,
            icon: ICONS[item],
            // A short label in the header; the full name is its tooltip.
            label: (
              <span data-testid={`nav-${item}`} title={t(`nav.${label(item)}`)}>
                {t(`nav.short.${label(item)}`)}
              </span>
            ),
          }))}
        />
      </ConfigProvider>
    </nav>
  );
}
