import { Table } from 'antd';
import type { ReportTable } from '../report-charts/table';

/** Rows shown before the table scrolls, at the small table's row height. */
const ROWS_SHOWN = 10;
const ROW_PX = 39;

/** A chart's numbers under it: the same cells the printed report shows. */
export function ReportTableView({ table, testId }: { table: ReportTable; testId: string }) {
  const columns = table.columns.map((c) => ({ key: c.key, dataIndex: c.key, title: c.title, align: c.numeric ? ('right' as const) : ('left' as const) }));
  const data = table.rows.map((r) => ({ key: r.key, ...r.cells }));
  return (
    <Table
      size="small"
      columns={columns}
      dataSource={data}
      pagination={false}
      // Long tables (a year of days) scroll under a fixed header instead of paging: every row stays one scroll away.
      scroll={{ x: table.columns.length > 6 ? 'max-content' : undefined, y: data.length > ROWS_SHOWN ? ROWS_SHOWN * ROW_PX : undefined }}
      data-testid={testId}
    />
  );
}
