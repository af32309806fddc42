import type { ReportTable } from '../../report-charts/table';

/** A chart's table on paper: the same cells as on screen, compact. */
export function ReportTableDoc({ table, testId }: { table: ReportTable; testId: string }) {
  if (table.rows.length === 0) return null;
  return (
    <table className={table.columns.length > 8 ? 'doc-table doc-report__table doc-report__table--dense' : 'doc-table doc-report__table'} data-testid={testId}>
      <thead>
        <tr>
          {table.columns.map((c) => (
            // A figure's heading is words: right-aligned over its figures, but free to wrap ("Checklist items on time").
            <th key={c.key} className={c.numeric ? 'doc-report__num-head' : undefined}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key}>
            {table.columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'doc-num' : undefined}>
                {r.cells[c.key]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
