import { DeleteOutlined, FolderOpenOutlined, HistoryOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Tabs } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyNamed } from '../lib/lazyNamed';
import { ScreenLoading } from '../lib/ScreenLoading';
import { pageHash, type Page } from '../lib/useHashRoute';
import type { ArchivePage } from './archivePages';

// One chunk per tab: the documents are opened daily, the destruction records rarely.
const DocumentsScreen = lazyNamed(() => import('../archive/DocumentsScreen'), 'DocumentsScreen');
const PastVisitsScreen = lazyNamed(() => import('../past-visits/PastVisitsScreen'), 'PastVisitsScreen');
const RetentionScreen = lazyNamed(() => import('../retention/RetentionScreen'), 'RetentionScreen');
const StorageScreen = lazyNamed(() => import('../storage/StorageScreen'), 'StorageScreen');

/**
 * 档案: the archive (DIGEST 03) — documents in their tree, past visits kept
 * read-only, retention and destruction, and the storage health check — as
 * tabs of one header item. `recordId` opens one record.
 */
export function ArchiveScreen({ page, pages, recordId }: { page: ArchivePage; pages: Page[]; recordId: string | null }) {
  const { t } = useTranslation();
  const tab = (key: ArchivePage, icon: ReactNode, children: ReactNode) => ({
    key,
    icon,
    label: <span data-testid={`tab-${key}`}>{t(`nav.${key}`)}</span>,
    children: <Suspense fallback={<ScreenLoading />}>{children}</Suspense>,
  });
  const all: ReturnType<typeof tab>[] = [
    tab('documents', <FolderOpenOutlined />, <DocumentsScreen recordId={page === 'documents' ? recordId : null} />),
    tab('pastVisits', <HistoryOutlined />, <PastVisitsScreen recordId={page === 'pastVisits' ? recordId : null} />),
    tab('retention', <DeleteOutlined />, <RetentionScreen recordId={page === 'retention' ? recordId : null} />),
    tab('storage', <SafetyCertificateOutlined />, <StorageScreen />),
  ];
  const tabs = all.filter((item) => pages.includes(item.key));
  return (
    <div className="service-page" data-testid="archive-screen">
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
