import { loadExcelJs } from '../../files/heavy-modules';
import type { Output, Parsed } from '../../../contract';
import { IMPORT_FIELDS } from '../../../contract/data-import';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { saveAndOffer } from '../files';
import { importOf } from './import-sessions';
import { IMPORT_FILE_WORDS } from './import-file-words';
import { checkedImport } from './preview';

/** The uploaded file's name without its extension, and without what a file name may not hold (it was typed by the browser, not trusted). */
function safeBase(fileName: string): string {
  return [...fileName.replace(/\.[^.]+$/, '')].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('') || 'import';
}

/** Text a spreadsheet would run as a formula is written as plain text (the cell's type is a string, never a formula). */
const asText = (s: string) => ({ richText: [{ text: s }] });

/**
 * The rows with problems as an .xlsx: the sheet row, each mapped field as it
 * was read (or fixed), and the reasons in the desk's words, so the list can be
 * corrected in Excel and imported again.
 */
export async function problemsFile(ctx: ServiceContext, input: Parsed<'imports', 'problems'>): Promise<Output<'imports', 'problems'>> {
  const upload = importOf(ctx, input.importId);
  const { rows } = checkedImport(ctx, input);
  const bad = rows.filter((r) => !r.skipped && r.issues.length > 0);
  if (bad.length === 0) throw new AppError('VALIDATION', 'No row has a problem.', { reason: 'noProblems' }, [{ path: 'rows', message: 'import.noProblems' }]);
  const words = IMPORT_FILE_WORDS[input.locale];
  const fields = IMPORT_FIELDS[input.target];
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(words.sheet);
  sheet.addRow([words.sheetRow, ...fields.map((f) => words.fields[f]), words.problems]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of bad) {
    const reasons = row.issues.map((i) => `${words.fields[i.field as keyof typeof words.fields] ?? i.field}: ${words.message(i.message, i.row)}`).join('; ');
    sheet.addRow([row.sheetRow, ...fields.map((f) => asText(row.values[f] ?? '')), asText(reasons)]);
  }
  sheet.columns.forEach((c, i) => (c.width = i === fields.length + 1 ? 60 : 16));
  const data = new Uint8Array(await book.xlsx.writeBuffer());
  const base = `${safeBase(upload.fileName)}-${words.suffix}`;
  // The rows hold what was typed, ID numbers and phones included: kept with the full exports, and only until handed over.
  const offered = saveAndOffer(ctx, 'exports-personal', base, 'xlsx', data, { removeAfterHandOver: true });
  return { ...offered, rows: bad.length };
}
