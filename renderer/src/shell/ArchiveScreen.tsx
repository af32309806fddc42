import { DeleteOutlined, FolderOpenOutlined, HistoryOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { lazyNamed } from '../lib/lazyNamed';
import type { Page } from '../lib/useHashRoute';
import { TabbedPages, type PageTab } from './TabbedPages';
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
  const tabs: PageTab<ArchivePage>[] = [
    { key: 'documents', icon: <FolderOpenOutlined />, children: <DocumentsScreen recordId={page === 'documents' ? recordId : null} /> },
    { key: 'pastVisits', icon: <HistoryOutlined />, children: <PastVisitsScreen recordId={page === 'pastVisits' ? recordId : null} /> },
    { key: 'retention', icon: <DeleteOutlined />, children: <RetentionScreen recordId={page === 'retention' ? recordId : null} /> },
    { key: 'storage', icon: <SafetyCertificateOutlined />, children: <StorageScreen /> },
  ];
  return <TabbedPages page={page} pages={pages} tabs={tabs} testId="archive-screen" />;
}
