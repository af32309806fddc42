import ExcelJS from 'exceljs';
import type { Output, Parsed } from '../../../contract';
import type { AuditEntryView } from '../../../contract/audit';
import type { ServiceContext } from '../../core/context';
import { saveAndOffer } from '../files/offer-file';
import { selectAudit } from './audit-query';

const MAX_ROWS = 200_000;
const HEADERS = ['seq', 'at', 'actor', 'action', 'entity', 'entityId', 'detail'] as const;

function cells(e: AuditEntryView): (string | number)[] {
  return [e.seq, e.at, e.actor, e.action, e.entity, e.entityId ?? '', JSON.stringify(e.detail)];
}

/** RFC 4180 quoting, and a leading quote for cells Excel would run as formulas (CSV injection). */
function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(entries: AuditEntryView[]): Buffer {
  const lines = [HEADERS.join(','), ...entries.map((e) => cells(e).map(csvCell).join(','))];
  // A BOM so Excel opens the UTF-8 Chinese text correctly.
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function toXlsx(entries: AuditEntryView[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('audit');
  sheet.columns = HEADERS.map((h) => ({ header: h, key: h, width: h === 'detail' ? 80 : 22 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const e of entries) sheet.addRow(cells(e));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Writes the filtered log to `exports/` in the data folder. The export is
 * itself audited, with its filter and row count.
 */
export async function exportAudit(ctx: ServiceContext, input: Parsed<'audit', 'export'>): Promise<Output<'audit', 'export'>> {
  const { format, ...filter } = input;
  const entries = selectAudit(ctx.db, filter, 0, MAX_ROWS).reverse();
  const data = format === 'csv' ? toCsv(entries) : await toXlsx(entries);
  const { fileName, fileId } = saveAndOffer(ctx, 'exports', 'audit', format, data);
  ctx.write(
    () => ({ actor: ctx.session.operatorName, action: 'audit.export', entity: 'audit', entityId: null, detail: { format, rows: entries.length, filter, fileName } }),
    () => null,
  );
  return { fileName, fileId, rows: entries.length };
}
