/**
 * Cells of the spreadsheets the app writes (the audit log's export, the data
 * exports): one rule for what Excel, WPS and LibreOffice would run as a
 * formula, and one way to write a CSV line. OWASP "CSV injection": a cell
 * starting with = + - @ or a tab or carriage return is read as a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would take this text for a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text a CSV cell holds: a leading apostrophe keeps a formula-looking value text (Excel hides the apostrophe). */
export function neutralisedText(value: string | number): string {
  const s = String(value);
  return typeof value === 'string' && looksLikeFormula(s) ? `'${s}` : s;
}

/**
 * A CSV cell as read back: the guard apostrophe `neutralisedText` puts before
 * a formula-looking value is taken off again (Excel and WPS hide it too), so
 * an exported file imports as what was exported.
 */
export function unguardedText(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One CSV cell, RFC 4180 quoted, formula-looking text neutralised. */
export function csvCell(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : neutralisedText(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record, CRLF-terminated (RFC 4180). */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** What a UTF-8 CSV starts with so Excel and WPS read Chinese correctly (they take a file without it for the local code page). */
export const CSV_BOM = '\uFEFF';

/** Excel's number format that keeps a cell text: a formula-looking value in an .xlsx stays what was typed. */
export const TEXT_FORMAT = '@';
