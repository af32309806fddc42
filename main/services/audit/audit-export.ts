import { loadExcelJs } from '../../files/heavy-modules';
import type { Output, Parsed } from '../../../contract';
import type { AuditEntryView } from '../../../contract/audit';
import { AUDIT_LABELS } from '../../../contract/audit-labels';
import { auditActionLabel, auditDetailText, auditEntityLabel, localDateTime } from '../../../contract/audit-text';
import type { Locale } from '../../../contract/print';
import type { ServiceContext } from '../../core/context';
import { CSV_BOM, csvLine, looksLikeFormula, TEXT_FORMAT } from '../../files/spreadsheet-cells';
import { saveAndOffer } from '../files';
import { readSettings } from '../settings';
import { keyOf, selectAuditRows, type AuditFilter } from './audit-query';
import { toViews } from './audit-subjects';

const MAX_ROWS = 200_000;
/** Entries read per step: the log is walked by key, a page at a time, never by OFFSET. */
const PAGE = 2_000;
const COLUMNS = ['seq', 'at', 'actor', 'action', 'entity', 'entityId', 'subject', 'detail'] as const;

/** The header row, in the desk's language. */
function headers(locale: Locale): string[] {
  const names = AUDIT_LABELS[locale].columns;
  return COLUMNS.map((c) => names[c]);
}

/** One entry as the reader of the file sees it: local time, actions and details in words. */
function cells(e: AuditEntryView, locale: Locale): (string | number)[] {
  const actor = e.actor === 'system' ? AUDIT_LABELS[locale].system : e.actor;
  return [
    e.seq,
    localDateTime(e.at),
    actor,
    auditActionLabel(locale, e.action),
    auditEntityLabel(locale, e.entity),
    e.entityId ?? '',
    e.subject ?? '',
    auditDetailText(e.detail, { locale, entity: e.entity, subject: e.subject }),
  ];
}

/**
 * The matching entries' cells, newest MAX_ROWS, oldest first as a log file reads.
 * Read page by page down the list's index; only the cells are kept, not the rows.
 */
function exportCells(ctx: ServiceContext, filter: AuditFilter, locale: Locale): (string | number)[][] {
  const out: (string | number)[][] = [];
  let after: ReturnType<typeof keyOf> | undefined;
  while (out.length < MAX_ROWS) {
    const rows = selectAuditRows(ctx.db, filter, after, Math.min(PAGE, MAX_ROWS - out.length));
    for (const view of toViews(ctx.db, rows)) out.push(cells(view, locale));
    if (rows.length === 0) break;
    after = keyOf(rows.at(-1)!);
  }
  return out.reverse();
}

function toCsv(rows: (string | number)[][], locale: Locale): Buffer {
  return Buffer.from(CSV_BOM + [headers(locale), ...rows].map(csvLine).join(''), 'utf8');
}

async function toXlsx(rows: (string | number)[][], locale: Locale): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(AUDIT_LABELS[locale].entities.audit ?? 'audit');
  const names = headers(locale);
  sheet.columns = COLUMNS.map((c, i) => ({ header: names[i], key: c, width: c === 'detail' ? 80 : c === 'seq' ? 8 : c === 'subject' ? 30 : 22 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    const row = sheet.addRow(r);
    // Kept as typed: a detail that starts like a formula stays text when someone edits the cell.
    r.forEach((v, i) => {
      if (typeof v === 'string' && looksLikeFormula(v)) row.getCell(i + 1).numFmt = TEXT_FORMAT;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Writes the filtered log to `exports/` in the data folder, in the desk's
 * language (the locale setting the user chose). The export is itself
 * audited, with its filter and row count.
 */
export async function exportAudit(ctx: ServiceContext, input: Parsed<'audit', 'export'>): Promise<Output<'audit', 'export'>> {
  const { format, ...filter } = input;
  const { locale } = readSettings(ctx.db);
  const entries = exportCells(ctx, filter, locale);
  const data = format === 'csv' ? toCsv(entries, locale) : await toXlsx(entries, locale);
  const { fileName, fileId } = saveAndOffer(ctx, 'exports', 'audit', format, data);
  ctx.write(
    () => null,
    () => ({ action: 'audit.export', entity: 'audit', entityId: null, detail: { format, rows: entries.length, filter, fileName } }),
  );
  return { fileName, fileId, rows: entries.length };
}
