/*
 * Libraries that cost a fresh process hundreds of milliseconds to load
 * (measured on the 2-core desk PC: exceljs ~0.35 s, pdf-lib ~0.2 s; the web
 * shell loads playwright-core, ~0.65 s, the same way) and that no first screen needs. They load with the
 * first spreadsheet, PDF or print that uses them, once, so the desk's start
 * does not wait for them (issue 17: the core answers within 200 ms of the
 * process starting). Types come from `import type`, which costs nothing.
 */
export type ExcelJs = typeof import('exceljs');
type PdfLib = typeof import('pdf-lib');

let excelJs: Promise<ExcelJs> | null = null;
let pdfLib: Promise<PdfLib> | null = null;

/** exceljs is CommonJS: its namespace sits on `default` when imported from ES modules. */
function namespaceOf<T>(m: T & { default?: T }): T {
  return m.default ?? m;
}

export function loadExcelJs(): Promise<ExcelJs> {
  excelJs ??= import('exceljs').then((m) => namespaceOf<ExcelJs>(m as ExcelJs & { default?: ExcelJs }));
  return excelJs;
}

export function loadPdfLib(): Promise<PdfLib> {
  pdfLib ??= import('pdf-lib');
  return pdfLib;
}
