import { Table } from 'antd';
import type { ReportTable } from '../report-charts/table';

const PAGE = 10;

/** A chart's numbers under it: the same cells the printed report shows. */
export function ReportTableView({ table, testId }: { table: ReportTable; testId: string }) {
  const columns = table.columns.map((c) => ({ key: c.key, dataIndex: c.key, title: c.title, align: c.numeric ? ('right' as const) : ('left' as const) }));
  const data = table.rows.map((r) => ({ key: r.key, ...r.cells }));
  return (
    <Table
      size="small"
      columns={columns}
      dataSource={data}
      pagination={data.length > PAGE ? { pageSize: PAGE, size: 'small', showSizeChanger: false, hideOnSinglePage: true } : false}
      scroll={table.columns.length > 6 ? { x: 'max-content' } : undefined}
      data-testid={testId}
    />
  );
}
