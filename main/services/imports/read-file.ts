import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';
import { AppError } from '../../core/errors';
import { unguardedText } from '../../files/spreadsheet-cells';
import { decodeCsv, parseCsv, type CsvEncoding } from './csv-text';

/** A sheet as text: every cell a string, merged ranges filled, formulas as their saved values. */
export interface SheetGrid {
  name: string;
  rows: string[][];
  mergedRanges: number;
  formulaCells: number;
  formulasWithoutValue: number;
}

export interface ReadBook {
  format: 'xlsx' | 'xls' | 'csv';
  encoding: CsvEncoding | null;
  sheetNames: string[];
  /** A sheet's grid, read when first asked for. */
  sheet(index: number): SheetGrid;
}

// Legacy .xls strings in a code page (GBK in a Chinese Excel's BIFF5 files) need the code page tables.
XLSX.set_cptable(cptable);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function malformed(reason: string): AppError {
  return new AppError('VALIDATION', 'The file cannot be read as a spreadsheet.', { reason }, [{ path: 'file', message: `import.${reason}` }]);
}

/**
 * What the file is, told by its first bytes: a zip is .xlsx, an OLE compound
 * file is .xls (BIFF), and anything else is CSV text only when its name says
 * so. A damaged workbook gets `import.malformed`, never a half-read sheet.
 */
export function readBook(bytes: Uint8Array, fileName: string): ReadBook {
  if (startsWith(bytes, ZIP) || startsWith(bytes, CFB)) return readWorkbook(bytes, startsWith(bytes, ZIP) ? 'xlsx' : 'xls');
  if (!/\.(csv|txt)$/i.test(fileName)) throw malformed('unknownFormat');
  const { text, encoding } = decodeCsv(bytes);
  if (text.includes('\u0000')) throw malformed('unknownFormat');
  const grid: SheetGrid = { name: fileName.replace(/\.[^.]+$/, ''), rows: parseCsv(text).map((row) => row.map(unguardedText)), mergedRanges: 0, formulaCells: 0, formulasWithoutValue: 0 };
  return { format: 'csv', encoding, sheetNames: [grid.name], sheet: () => grid };
}

function readWorkbook(bytes: Uint8Array, format: 'xlsx' | 'xls'): ReadBook {
  let book: XLSX.WorkBook;
  try {
    // Formulas are read only to be counted: each cell's saved value is used, and nothing is ever evaluated.
    book = XLSX.read(bytes, { type: 'buffer', dense: true, cellDates: true, cellFormula: true, cellHTML: false, cellStyles: false, sheetStubs: true, WTF: false });
  } catch {
    throw malformed('malformed');
  }
  if (!book.SheetNames || book.SheetNames.length === 0) throw malformed('malformed');
  const cache = new Map<number, SheetGrid>();
  return {
    format,
    encoding: null,
    sheetNames: book.SheetNames,
    sheet: (index) => {
      const name = book.SheetNames[index];
      if (name === undefined) throw new AppError('VALIDATION', 'No such sheet.', undefined, [{ path: 'sheet', message: 'outOfRange' }]);
      let grid = cache.get(index);
      if (!grid) cache.set(index, (grid = sheetGrid(name, book.Sheets[name]!)));
      return grid;
    },
  };
}

/** Columns read per sheet: a guest list has a dozen; a sheet whose range runs to column XFD is not read cell by empty cell. */
const MAX_COLUMNS = 256;

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person typed or saw: dates as YYYY-MM-DD, whole numbers without a decimal point or exponent. */
function cellText(cell: XLSX.CellObject | undefined): string {
  // A stub (t 'z') is an empty cell, or a formula saved without its result: read as empty, never computed.
  if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return '';
  const v = cell.v;
  if (v instanceof Date) {
    // SheetJS 0.20 gives a cell's wall-clock time in the Date's UTC fields, whatever the desk's time zone: read those.
    const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const time = v.getUTCHours() + v.getUTCMinutes() + v.getUTCSeconds() > 0 ? ` ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}` : '';
    return day + time;
  }
  if (cell.t === 'e') return '';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : (cell.w ?? String(v));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function sheetGrid(name: string, sheet: XLSX.WorkSheet): SheetGrid {
  const ref = sheet['!ref'];
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  if (!ref) return { name, rows: [], mergedRanges: 0, formulaCells: 0, formulasWithoutValue: 0 };
  const range = XLSX.utils.decode_range(ref);
  range.e.c = Math.min(range.e.c, MAX_COLUMNS - 1);
  const rows: string[][] = [];
  let formulaCells = 0;
  let formulasWithoutValue = 0;
  for (let r = 0; r <= range.e.r; r++) {
    const line = data[r] ?? [];
    const out: string[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = line[c];
      if (cell?.f !== undefined) {
        formulaCells++;
        if (cell.v === undefined || cell.t === 'z') formulasWithoutValue++;
      }
      out.push(cellText(cell).trim());
    }
    rows.push(out);
  }
  const merges = sheet['!merges'] ?? [];
  // A merged range shows its top-left value across the whole range: each row of a merged 单位 cell belongs to that company.
  for (const m of merges) {
    const value = rows[m.s.r]?.[m.s.c] ?? '';
    for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= Math.min(m.e.c, MAX_COLUMNS - 1); c++) if (rows[r]) rows[r]![c] = value;
  }
  return { name, rows, mergedRanges: merges.length, formulaCells, formulasWithoutValue };
}
