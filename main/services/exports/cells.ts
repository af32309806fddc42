import type { ExportDataset } from '../../../contract/data-export';
import { EXPORT_COLUMNS, type ExportColumn } from '../../../contract/export-labels';

/** A local wall-clock time (`YYYY-MM-DD HH:mm`): a real date in a workbook, that text in a CSV. */
export interface LocalTime {
  local: string;
}

/** What one cell of an exported row holds. */
export type ExportCell = string | number | LocalTime | null;
export type ExportRow = ExportCell[];

export function isLocalTime(cell: ExportCell): cell is LocalTime {
  return typeof cell === 'object' && cell !== null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored instant (ISO, UTC) as the desk's local time: the spreadsheet shows what the desk's clock showed. */
export function instantCell(iso: string | null): LocalTime | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return { local: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** A plan's local date-time (`YYYY-MM-DDTHH:mm`, no zone) as a cell. */
export function localMinuteCell(value: string | null): LocalTime | null {
  return value ? { local: value.replace('T', ' ') } : null;
}

/** How wide each column is in a workbook (characters); Chinese text is about two per character. */
const WIDE: Partial<Record<ExportColumn, number>> = {
  purpose: 30,
  title: 28,
  plan: 28,
  company: 26,
  client: 24,
  tags: 24,
  email: 26,
  idNumber: 22,
  badgeNo: 20,
  checkInAt: 18,
  checkOutAt: 18,
  firstVisitAt: 18,
  lastVisitAt: 18,
  arrivalAt: 18,
  departureAt: 18,
  name: 14,
  phone: 16,
};

export function columnWidths(dataset: ExportDataset): number[] {
  return EXPORT_COLUMNS[dataset].map((c: ExportColumn) => WIDE[c] ?? 12);
}
