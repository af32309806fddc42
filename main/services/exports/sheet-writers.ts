import type { ExcelJs } from '../../files/heavy-modules';
import { closeSync, createWriteStream, openSync, rmSync, writeSync } from 'node:fs';
import { CSV_BOM, csvLine, looksLikeFormula, TEXT_FORMAT } from '../../files/spreadsheet-cells';
import { isLocalTime, type ExportCell, type ExportRow } from './cells';

/** What goes at the top of a file: an optional notice line (a full export's), then the column headers. */
export interface SheetHead {
  sheetName: string;
  headers: string[];
  widths: number[];
  /** A full export's notice: the file holds personal data. */
  notice: string | null;
  /** The workbook's properties. */
  title: string;
  subject: string;
}

/** A file being written page by page at `path`; `abort` removes what was written. */
export interface SheetWriter {
  write(rows: ExportRow[]): void;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

function csvText(cell: ExportCell): string | number | null {
  return isLocalTime(cell) ? cell.local : cell;
}

/** UTF-8 with a BOM, CRLF, RFC 4180; written straight to the file, a page at a time. */
export function csvWriter(path: string, head: SheetHead): SheetWriter {
  const fd = openSync(path, 'wx', 0o600);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  writeSync(fd, CSV_BOM + (head.notice ? csvLine([head.notice]) : '') + csvLine(head.headers));
  return {
    write(rows) {
      if (rows.length) writeSync(fd, rows.map((r) => csvLine(r.map(csvText))).join(''));
    },
    finish() {
      close();
      return Promise.resolve();
    },
    abort() {
      close();
      rmSync(path, { force: true });
      return Promise.resolve();
    },
  };
}

/** A local wall-clock time as Excel keeps dates: a serial with no zone, which exceljs takes from a Date's UTC fields. */
function excelDate(local: string): Date {
  const [d, t = '00:00'] = local.split(' ');
  const [y, m, day] = d!.split('-').map(Number);
  const [hh, mm] = t.split(':').map(Number);
  return new Date(Date.UTC(y!, m! - 1, day!, hh!, mm!));
}

/**
 * A streamed workbook (exceljs WorkbookWriter): rows go to the zip as they are
 * committed, so a large export never sits in memory. Frozen header row,
 * column widths, dates as real dates, formula-looking text kept as text.
 */
/** `ExcelJS` is exceljs, loaded by the caller (main/files/heavy-modules.ts: never at start). */
export function xlsxWriter(ExcelJS: ExcelJs, path: string, head: SheetHead): SheetWriter {
  // Owner-only from its first byte, like every file of the data folder (a full export holds ID numbers).
  const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = 'Reception Desk';
  book.title = head.title;
  book.subject = head.subject;
  if (head.notice) {
    book.description = head.notice;
    book.keywords = head.subject;
  }
  const top = head.notice ? 2 : 1;
  const sheet = book.addWorksheet(head.sheetName, { views: [{ state: 'frozen', ySplit: top }] });
  sheet.columns = head.widths.map((width) => ({ width }));
  if (head.notice) {
    const row = sheet.addRow([head.notice]);
    row.font = { bold: true, color: { argb: 'FFC00000' } };
    row.commit();
  }
  const header = sheet.addRow(head.headers);
  header.font = { bold: true };
  header.commit();
  return {
    write(rows) {
      for (const cells of rows) {
        const row = sheet.addRow(cells.map((c) => (isLocalTime(c) ? excelDate(c.local) : c)));
        cells.forEach((c, i) => {
          if (isLocalTime(c)) row.getCell(i + 1).numFmt = DATE_TIME_FORMAT;
          else if (typeof c === 'string' && looksLikeFormula(c)) row.getCell(i + 1).numFmt = TEXT_FORMAT;
        });
        row.commit();
      }
    },
    async finish() {
      sheet.commit();
      await book.commit();
    },
    async abort() {
      try {
        sheet.commit();
        await book.commit();
      } finally {
        rmSync(path, { force: true });
      }
    },
  };
}
