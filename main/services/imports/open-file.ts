import type { Output, Parsed } from '../../../contract';
import { MAX_IMPORT_ROWS, type ImportTarget } from '../../../contract/data-import';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { suggestMapping } from './header-aliases';
import { completeBytes, importOf, type DataTable } from './import-sessions';
import type { SheetGrid } from './read-file';

const SAMPLE_ROWS = 8;
/** How far down a header is looked for. */
const HEADER_SEARCH_ROWS = 20;
const isEmpty = (cells: string[]) => cells.every((c) => c === '');

/**
 * The header row: among the first rows, the one whose names map the most
 * fields (a list often has a title row above its header, merged across the
 * columns); the first row holding anything when no row names a field. The
 * user may pick another.
 */
function defaultHeaderRow(grid: SheetGrid, target: ImportTarget): number {
  let best = -1;
  let bestFields = 0;
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const fields = Object.keys(suggestMapping(target, grid.rows[r]!)).length;
    if (fields > bestFields) [best, bestFields] = [r, fields];
  }
  if (best < 0) best = grid.rows.findIndex((r) => !isEmpty(r));
  return best < 0 ? 1 : best + 1;
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
export async function openImport(ctx: ServiceContext, input: Parsed<'imports', 'open'>): Promise<Output<'imports', 'open'>> {
  const upload = importOf(ctx, input.importId);
  // SheetJS and its code pages load with the first import, not with the desk (start-up stays short).
  const { readBook } = await import('./read-file');
  upload.book ??= readBook(completeBytes(upload), upload.fileName);
  const book = upload.book;
  const sheet = input.sheet ?? Math.max(0, book.sheetNames.findIndex((_, i) => book.sheet(i).rows.some((r) => !isEmpty(r))));
  const grid = book.sheet(sheet);
  const headerRow = input.headerRow ?? defaultHeaderRow(grid, input.target);
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
