import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { VisitSummary } from '../../../contract/visits';

interface Props {
  testId: string;
  columns: TableColumnsType<VisitSummary>;
  visits: VisitSummary[];
  loading: boolean;
  emptyText: string;
  scrollY: number;
  rowSelection?: TableProps<VisitSummary>['rowSelection'];
}

/** The desk's lists share one table shape: one row per visit, no paging, scrolling inside the panel. */
export function VisitTable({ testId, columns, visits, loading, emptyText, scrollY, rowSelection }: Props) {
  return (
    <div data-testid={testId}>
      <Table<VisitSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={visits}
        loading={loading}
        pagination={false}
        scroll={{ y: scrollY }}
        locale={{ emptyText }}
        rowSelection={rowSelection}
      />
    </div>
  );
}
