/*
 * Libraries that cost a fresh process hundreds of milliseconds to load
 * (measured on the 2-core desk PC: exceljs ~0.35 s, pdf-lib ~0.2 s; the web
 * shell loads playwright-core, ~0.65 s, the same way) and that no first screen needs. They load with the
 * first spreadsheet, PDF or print that uses them, once, so the desk's start
 * does not wait for them (issue 17: the core answers within 200 ms of the
 * process starting). Types come from `import type`, which costs nothing.
 */
import { createRequire } from 'node:module';

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

/*
 * Two libraries every start used to load (~50 ms for pinyin-pro's
 * dictionaries, ~30 ms for chinese-days' calendar) that the first answer
 * does not need, but whose callers are synchronous (a name's search keys
 * inside a check-in's transaction, a working day inside a deadline). They
 * are required synchronously on first use, and warmed up a moment after the
 * start (warmUpLibraries), so a receptionist's first keystroke does not pay
 * for them either.
 */
type PinyinPro = typeof import('pinyin-pro');
type ChineseDays = typeof import('chinese-days').default;

const requireFromHere = createRequire(import.meta.url);
let pinyinProModule: PinyinPro | null = null;
let chineseDaysModule: ChineseDays | null = null;

export function pinyinPro(): PinyinPro {
  pinyinProModule ??= requireFromHere('pinyin-pro') as PinyinPro;
  return pinyinProModule;
}

export function chineseDays(): ChineseDays {
  chineseDaysModule ??= requireFromHere('chinese-days') as ChineseDays;
  return chineseDaysModule;
}

/** Loads both now (a start calls this shortly after its first answer). */
export function warmUpLibraries(): void {
  pinyinPro();
  chineseDays();
}
