import { BarChartOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { lazyNamed } from '../lib/lazyNamed';
import type { Page } from '../lib/useHashRoute';
import { TabbedPages, type PageTab } from './TabbedPages';
import type { ReportsPage } from './reportsPages';

// One chunk per tab: ECharts loads only with the reports, the spreadsheet code only with an import.
const ReportsScreen = lazyNamed(() => import('../reports/ReportsScreen'), 'ReportsScreen');
const ExportScreen = lazyNamed(() => import('../data-transfer/ExportScreen'), 'ExportScreen');
const ImportScreen = lazyNamed(() => import('../data-transfer/ImportScreen'), 'ImportScreen');

/**
 * 报表: the office's numbers (DIGEST 05, 06) and Excel in and out, as tabs of
 * one header item.
 */
export function ReportsNavScreen({ page, pages }: { page: ReportsPage; pages: Page[] }) {
  const tabs: PageTab<ReportsPage>[] = [
    { key: 'reports', icon: <BarChartOutlined />, children: <ReportsScreen /> },
    { key: 'dataExport', icon: <DownloadOutlined />, children: <ExportScreen /> },
    { key: 'dataImport', icon: <UploadOutlined />, children: <ImportScreen /> },
  ];
  return <TabbedPages page={page} pages={pages} tabs={tabs} testId="reports-screen" />;
}
