import type { Output, Parsed } from '../../../contract';
import { MAX_IMPORT_ROWS } from '../../../contract/data-import';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { suggestMapping } from './header-aliases';
import { completeBytes, importOf, type DataTable } from './import-sessions';
import { readBook, type SheetGrid } from './read-file';

const SAMPLE_ROWS = 8;
const isEmpty = (cells: string[]) => cells.every((c) => c === '');

/** The first row holding anything is the header, unless the user picks another (a title row above it, say). */
function defaultHeaderRow(grid: SheetGrid): number {
  const at = grid.rows.findIndex((r) => !isEmpty(r));
  return at < 0 ? 1 : at + 1;
}

function tableOf(grid: SheetGrid, sheet: number, headerRow: number): DataTable {
  const header = grid.rows[headerRow - 1] ?? [];
  const rows: DataTable['rows'] = [];
  for (let r = headerRow; r < grid.rows.length; r++) {
    const cells = grid.rows[r]!;
    if (!isEmpty(cells)) rows.push({ sheetRow: r + 1, cells });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('VALIDATION', 'The sheet has too many rows.', { reason: 'tooManyRows', rows: rows.length, max: MAX_IMPORT_ROWS }, [{ path: 'file', message: 'import.tooManyRows' }]);
  }
  return { sheet, headerRow, headers: header, rows };
}

/** Reads the uploaded file (once), picks the sheet and its header row, and suggests a mapping from the header names. */
export function openImport(ctx: ServiceContext, input: Parsed<'imports', 'open'>): Output<'imports', 'open'> {
  const upload = importOf(ctx, input.importId);
  upload.book ??= readBook(completeBytes(upload), upload.fileName);
  const book = upload.book;
  const sheet = input.sheet ?? Math.max(0, book.sheetNames.findIndex((_, i) => book.sheet(i).rows.some((r) => !isEmpty(r))));
  const grid = book.sheet(sheet);
  const headerRow = input.headerRow ?? defaultHeaderRow(grid);
  upload.table = tableOf(grid, sheet, headerRow);
  upload.checked = null;
  return {
    importId: upload.id,
    fileName: upload.fileName,
    format: book.format,
    encoding: book.encoding,
    sheets: book.sheetNames,
    sheet,
    headerRow,
    headers: upload.table.headers,
    rows: upload.table.rows.length,
    mergedRanges: grid.mergedRanges,
    formulaCells: grid.formulaCells,
    formulasWithoutValue: grid.formulasWithoutValue,
    mapping: suggestMapping(input.target, upload.table.headers),
    sample: grid.rows.slice(headerRow - 1, headerRow - 1 + SAMPLE_ROWS),
  };
}
