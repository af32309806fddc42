/**
 * A count typed into a text box (headcount, capacity): digits only, full-width
 * digits read as digits, spaces around ignored. Anything else — `三`, `3人`,
 * `2.5`, `abc` — is not a number (NaN), never quietly 1 or the last value;
 * blank is null.
 */
export function parseWhole(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value === undefined || value === null) return null;
  const text = String(value)
    .trim()
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}
