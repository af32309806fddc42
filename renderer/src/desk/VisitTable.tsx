import { Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitSummary } from '../../../contract/visits';
import type { VisitListPage } from './useVisitLists';

/** Room the pager takes under the rows when there is more than one page. */
const PAGER_PX = 48;

interface Props {
  testId: string;
  columns: TableColumnsType<VisitSummary>;
  list: VisitListPage;
  onPage: (page: number, pageSize: number) => void;
  loading: boolean;
  emptyText: string;
  scrollY: number;
  rowSelection?: TableProps<VisitSummary>['rowSelection'];
}

/**
 * The desk's lists share one table shape: one row per visit, scrolling inside
 * the panel, one page at a time as main sends it (the pager shows only when
 * there is more than one page).
 */
export function VisitTable({ testId, columns, list, onPage, loading, emptyText, scrollY, rowSelection }: Props) {
  const { t } = useTranslation();
  const paged = list.total > list.pageSize;
  return (
    <div data-testid={testId}>
      <Table<VisitSummary>
        rowKey="id"
        size="middle"
        // Columns take what their content needs (see visitColumns); the header is measured from the body.
        tableLayout="auto"
        columns={columns}
        dataSource={list.rows}
        loading={loading}
        pagination={
          paged && {
            current: list.page,
            pageSize: list.pageSize,
            total: list.total,
            size: 'small',
            showSizeChanger: false,
            showTotal: (total) => t('lists.total', { count: total }),
            onChange: onPage,
          }
        }
        scroll={{ y: Math.max(120, scrollY - (paged ? PAGER_PX : 0)) }}
        locale={{ emptyText }}
        rowSelection={rowSelection}
      />
    </div>
  );
}
