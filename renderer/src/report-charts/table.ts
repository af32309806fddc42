/**
 * A chart's table: the same numbers, already in words, so the screen (antd)
 * and the printed report (plain HTML) show exactly one set of cells.
 */
export interface ReportColumn {
  key: string;
  title: string;
  /** Right-aligned, as numbers are. */
  numeric?: boolean;
}

export interface ReportTable {
  columns: ReportColumn[];
  rows: { key: string; cells: Record<string, string> }[];
}
