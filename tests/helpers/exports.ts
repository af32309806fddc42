import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { expect, vi } from 'vitest';
import type { ExportProgress, ExportRequest } from '../../contract/data-export';
import type { TestCore } from './test-core';

/** Starts an export, waits (on its progress, never a sleep) until it ends, and returns its last progress. */
export async function exportUntilEnd(core: TestCore, request: ExportRequest, timeout = 20_000): Promise<ExportProgress> {
  const { jobId } = await core.call<{ jobId: string }>('exports.start', request);
  let last: ExportProgress | undefined;
  await vi.waitFor(
    async () => {
      last = await core.call<ExportProgress>('exports.progress', { jobId });
      expect(last.state).not.toBe('running');
    },
    { timeout, interval: 20 },
  );
  return last!;
}

/** Exports and hands the file over (into the test's downloads folder); returns its path there. */
export async function exportFile(core: TestCore, request: ExportRequest): Promise<string> {
  const done = await exportUntilEnd(core, request);
  expect(done).toMatchObject({ state: 'done' });
  const delivery = await core.call<{ kind: string; place: string }>('files.deliver', { fileId: done.fileId });
  return delivery.place;
}

/** A CSV file's rows as cells (RFC 4180, read by ExcelJS's own CSV reader), the BOM checked and left out. */
export async function csvRows(path: string): Promise<string[][]> {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const book = new ExcelJS.Workbook();
  const sheet = await book.csv.read(Readable.from([text.slice(1)]), { parserOptions: { delimiter: ',' }, map: (v: string) => v });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
  return rows;
}

/** An .xlsx file's first sheet as cell values (dates as Date, text as text). */
export async function xlsxRows(path: string): Promise<{ rows: unknown[][]; book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return { rows, book, sheet };
}
