import { Tabs } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenLoading } from '../lib/ScreenLoading';
import { pageHash, type Page } from '../lib/useHashRoute';

export interface PageTab<P extends Page> {
  key: P;
  icon: ReactNode;
  children: ReactNode;
}

/**
 * The screens behind one header item as tabs (服务, 档案): each tab a lazy
 * screen, named `nav.<page>`, shown only to those who may open it; switching
 * tabs is a hash route, so a tab can be linked to.
 */
export function TabbedPages<P extends Page>({ page, pages, tabs, testId }: { page: P; pages: Page[]; tabs: PageTab<P>[]; testId: string }) {
  const { t } = useTranslation();
  const items = tabs
    .filter((tab) => pages.includes(tab.key))
    .map((tab) => ({
      key: tab.key,
      icon: tab.icon,
      label: <span data-testid={`tab-${tab.key}`}>{t(`nav.${tab.key}`)}</span>,
      children: <Suspense fallback={<ScreenLoading />}>{tab.children}</Suspense>,
    }));
  return (
    <div className="service-page" data-testid={testId}>
      <Tabs
        activeKey={page}
        destroyOnHidden
        onChange={(key) => {
          window.location.hash = pageHash(key as Page);
        }}
        items={items}
      />
    </div>
  );
}
