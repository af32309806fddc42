import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCore, residentId, type TestCore } from '../helpers/test-core';
import { csvText, gbk, libreOffice, uploadImport } from '../helpers/import-files';

/*
 * Files as offices send them: written by LibreOffice (xlsx and BIFF .xls), a
 * GBK CSV from a Chinese Windows, UTF-8 with a BOM, UTF-16, semicolons; a
 * damaged workbook, one with formulas and merged cells, and 50 000 rows.
 */

const HEADER = ['姓名', '身份证号', '手机号码', '单位', '职务', '饮食要求'];
const ROWS = [
  ['张伟', residentId('110105', '19900307', '123'), '138-0013-8000', '华为技术有限公司', '经理', '清真'],
  ['李娜', residentId('310101', '19851212', '456'), '+86 139 0013 9000', '腾讯', '总监', ''],
  ['王芳', '', '13700137000', '小米', '', '素食'],
];

type Opened = { importId: string; format: string; encoding: string | null; headers: string[]; rows: number; mapping: Record<string, number>; mergedRanges: number; formulaCells: number; formulasWithoutValue: number; sheets: string[] };
type Checked = { counts: { rows: number; ready: number; problems: number }; rows: { values: Record<string, string>; issues: { field: string; message: string }[] }[] };

let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore();
});
afterAll(() => core.cleanup());

async function open(bytes: Uint8Array, fileName: string, extra: Record<string, unknown> = {}): Promise<Opened> {
  const importId = await uploadImport(core, bytes, fileName);
  return core.call<Opened>('imports.open', { importId, target: 'people', ...extra });
}

async function check(opened: Opened): Promise<Checked> {
  return core.call<Checked>('imports.check', { importId: opened.importId, target: 'people', mapping: opened.mapping, limit: 200 });
}

/** The three people read back as the directory stores them. */
async function expectThePeople(opened: Opened) {
  expect(opened.headers).toEqual(HEADER);
  expect(opened.rows).toBe(3);
  expect(opened.mapping).toMatchObject({ name: 0, idNumber: 1, phone: 2, company: 3, title: 4, dietary: 5 });
  const checked = await check(opened);
  expect(checked.counts).toMatchObject({ rows: 3, ready: 3, problems: 0 });
  expect(checked.rows.map((r) => [r.values.name, r.values.idNumber, r.values.phone])).toEqual(ROWS.map((r) => [r[0], r[1], r[2]]));
}

describe('files as offices write them', () => {
  it('reads an .xlsx written by LibreOffice Calc', async () => {
    const opened = await open(libreOffice(csvText([HEADER, ...ROWS]), 'xlsx'), '嘉宾名单.xlsx');
    expect(opened.format).toBe('xlsx');
    await expectThePeople(opened);
  }, 120_000);

  it('reads a BIFF .xls written by LibreOffice Calc', async () => {
    const opened = await open(libreOffice(csvText([HEADER, ...ROWS]), 'xls'), '嘉宾名单.xls');
    expect(opened.format).toBe('xls');
    await expectThePeople(opened);
  }, 120_000);

  it('reads a GBK CSV (Excel and WPS on a Chinese Windows), telling it from UTF-8', async () => {
    const opened = await open(gbk(csvText([HEADER, ...ROWS])), 'guests.csv');
    expect(opened).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    await expectThePeople(opened);
  });

  it('reads UTF-8 with a BOM, UTF-16 with its BOM, and semicolon- or tab-separated text', async () => {
    const text = csvText([HEADER, ...ROWS]);
    const bom = await open(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.csv');
    expect(bom.encoding).toBe('utf-8');
    await expectThePeople(bom);
    const utf16 = await open(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText([HEADER, ...ROWS], '\t'), 'utf16le')]), 'b.txt');
    expect(utf16.encoding).toBe('utf-16le');
    await expectThePeople(utf16);
    await expectThePeople(await open(Buffer.from(csvText([HEADER, ...ROWS], ';')), 'c.csv'));
  });

  it('keeps quoted commas, quotes and line breaks inside a CSV field', async () => {
    const opened = await open(Buffer.from('姓名,备注\r\n"张伟","一, 二 ""三""\r\n四"\r\n'), 'q.csv');
    const checked = await check(opened);
    expect(checked.rows[0]!.values).toMatchObject({ name: '张伟', notes: '一, 二 "三"\n四' });
  });

  it('takes the saved values of formulas (never evaluating them) and fills merged cells, saying so', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(['姓名', '单位', '手机']);
    sheet.addRow(['张伟', '华为', '13800138000']);
    sheet.addRow(['李娜', null, '13900139000']);
    sheet.mergeCells('B2:B3');
    // A formula with its saved result, and one whose result was never saved (it must not be computed here).
    sheet.addRow([{ formula: 'CONCAT("王","芳")', result: '王芳' }, '小米', { formula: '"137"&"00137000"' }]);
    const opened = await open(new Uint8Array(await book.xlsx.writeBuffer()), 'merged.xlsx');
    expect(opened).toMatchObject({ mergedRanges: 1, formulaCells: 2, formulasWithoutValue: 1 });
    const checked = await check(opened);
    expect(checked.rows.map((r) => [r.values.name, r.values.company, r.values.phone])).toEqual([
      ['张伟', '华为', '13800138000'],
      ['李娜', '华为', '13900139000'],
      ['王芳', '小米', ''],
    ]);
  });

  it('reads the first 256 columns of a sheet whose range runs to its last column', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([['姓名', '手机'], ['张伟', '13800138000']]);
    XLSX.utils.sheet_add_aoa(sheet, [['far away']], { origin: 'XFD1' });
    const wide = Buffer.from(XLSX.write(XLSX.utils.book_new(sheet), { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const opened = await open(wide, 'wide.xlsx');
    expect(opened.headers).toHaveLength(256);
    expect((await check(opened)).rows[0]!.values).toMatchObject({ name: '张伟', phone: '13800138000' });
  });

  it('finds the header under a merged title row', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(['华为公司来访嘉宾名单（2030年5月6日）']);
    sheet.mergeCells('A1:D1');
    sheet.addRow(['序号', '姓名', '手机', '单位']);
    sheet.addRow([1, '张伟', '13800138000', '华为']);
    const opened = await open(new Uint8Array(await book.xlsx.writeBuffer()), 'titled.xlsx');
    expect(opened).toMatchObject({ headerRow: 2, rows: 1, mapping: { name: 1, phone: 2, company: 3 } });
  });

  it('refuses a damaged workbook and a file that is no spreadsheet with a clear reason', async () => {
    const good = Buffer.from(XLSX.write(XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([['姓名'], ['张伟']])), { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const cut = good.subarray(0, Math.floor(good.length / 2));
    const damaged = await core.dispatch('imports.open', { importId: await uploadImport(core, cut, 'damaged.xlsx'), target: 'people' });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'malformed' }, issues: [{ path: 'file', message: 'import.malformed' }] } });
    const pdf = await core.dispatch('imports.open', { importId: await uploadImport(core, Buffer.from('%PDF-1.7 not a sheet'), 'list.pdf'), target: 'people' });
    expect(pdf).toMatchObject({ ok: false, error: { details: { reason: 'unknownFormat' } } });
  });

  it('reads and checks a 50 000-row list in a few seconds, and pages the preview', async () => {
    const rows = [['姓名', '手机']];
    for (let i = 0; i < 50_000; i++) rows.push([`访客${i}`, `138${String(i).padStart(8, '0')}`]);
    const started = Date.now();
    const opened = await open(Buffer.from(csvText(rows)), 'big.csv');
    const first = await core.call<Checked & { total: number }>('imports.check', { importId: opened.importId, target: 'people', mapping: opened.mapping, offset: 49_990, limit: 20 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(opened.rows).toBe(50_000);
    expect(first.counts).toMatchObject({ rows: 50_000, ready: 50_000 });
    expect(first.rows).toHaveLength(10);
    expect(first.rows[9]!.values.name).toBe('访客49999');

    // And written in one transaction, with one audit entry.
    expect(await core.call('imports.commit', { importId: opened.importId, target: 'people', mapping: opened.mapping })).toMatchObject({ peopleCreated: 50_000 });
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM people WHERE name LIKE '访客%'").pluck().get()).toBe(50_000);
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'data.import'").pluck().get()).toBe(1);
  }, 240_000);
});

describe('dates', () => {
  const zone = process.env.TZ;
  afterAll(() => {
    process.env.TZ = zone;
  });

  it('reads a date cell as the day it shows, whatever the desk time zone, and a typed date in the ways offices write it', async () => {
    // West of UTC a day read through local time falls on the day before; east of it, it gains an hour.
    for (const tz of ['America/New_York', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('名单');
      sheet.addRow(['姓名', '生日']);
      sheet.addRow(['张伟', new Date(Date.UTC(1990, 2, 7))]);
      sheet.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
      for (const typed of ['1985/12/1', '1985.12.1', '1985年12月1日', '19851201']) sheet.addRow(['李娜', typed]);
      const opened = await open(new Uint8Array(await book.xlsx.writeBuffer()), 'dates.xlsx');
      const checked = await check(opened);
      expect(checked.rows.map((r) => r.issues)).toEqual([[], [], [], [], []]);
      expect(checked.rows[0]!.values.birthday, tz).toBe('1990-03-07');
    }
  });
});
