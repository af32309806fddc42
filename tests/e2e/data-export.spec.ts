import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { artifact, residentId } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

/*
 * Issue 16, exports: the desk's on-site list exported from its own button as
 * Excel, downloaded and read back with ExcelJS (the rows of the list, a
 * formula-looking company kept as text); the export tab with a full CSV of
 * the directory (reason asked for, the personal-data line first, the number
 * whole); screens in Chinese and English.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

const ID = residentId('11010519900307123');
const GUESTS = [
  { name: '张伟', company: '华为技术有限公司', idNumber: ID },
  { name: '王芳', company: '=HYPERLINK("http://evil.example","点我")' },
  { name: '李娜', company: '腾讯科技' },
];

/** Once the dialog's opening animation is over (a screenshot mid-fade shows nothing readable). */
async function dialogSettled(page: Page): Promise<void> {
  await page.locator('.ant-modal').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/** Clicks `start` and returns the download it causes. */
async function downloadOf(page: Page, start: () => Promise<void>): Promise<Download> {
  const download = page.waitForEvent('download');
  await start();
  return download;
}

test('an export from the desk list and one from the export tab, downloaded and read back (zh-CN, en)', async ({ page, desk }) => {
  test.setTimeout(120_000);
  for (const g of GUESTS) {
    await call(desk, 'visits.checkIn', { ...g, phone: '', idType: 'resident_id', host: '李娜', purpose: '商务洽谈', privacyAck: true });
  }

  await page.goto(desk.url);
  await expect(page.getByTestId('onsite-table')).toContainText('李娜');
  await page.getByTestId('visits-export').click();
  await expect(page.getByRole('dialog')).toContainText('导出来访记录');
  await expect(page.getByTestId('export-dialog-filters')).toHaveText('在场访客');
  await dialogSettled(page);
  await page.screenshot({ path: artifact('data-export-dialog-zh.png') });
  const xlsx = await downloadOf(page, () => page.getByTestId('export-start').click());
  expect(xlsx.suggestedFilename()).toMatch(/^来访记录-\d{8}\d{6}\.xlsx$/);
  await expect(page.locator('.ant-message')).toContainText('来访记录（3 行）已下载');

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await xlsx.path())!);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(3).value).toBe('姓名');
  const names: unknown[] = [];
  sheet.eachRow((row, n) => n > 1 && names.push(row.getCell(3).value));
  // The desk's order: newest check-in first.
  expect(names.sort()).toEqual(GUESTS.map((g) => g.name).sort());
  const rowOf = (name: string) => [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(3).value === name)!;
  expect(rowOf('王芳').getCell(4).value).toBe(GUESTS[1]!.company);
  expect(rowOf('王芳').getCell(4).type).toBe(ExcelJS.ValueType.String);
  // Masked by default.
  expect(rowOf('张伟').getCell(7).value).toBe(`${ID.slice(0, 3)}${'*'.repeat(11)}${ID.slice(-4)}`);

  // The export tab: the directory, ID numbers in full, as CSV.
  await page.evaluate(() => {
    window.location.hash = '#/dataExport';
  });
  await expect(page.getByTestId('export-screen')).toBeVisible();
  await page.getByTestId('export-dataset-people').click();
  await page.getByTestId('export-format-csv').click();
  await page.getByTestId('export-full').click();
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-panel')).toContainText('导出完整证件号码须填写原因');
  await page.getByTestId('export-reason').fill('配合安保部门核查访客身份');
  await page.screenshot({ path: artifact('data-export-screen-zh.png'), fullPage: true });
  const csv = await downloadOf(page, () => page.getByTestId('export-start').click());
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^本文件含个人信息（完整证件号码）.*原因：配合安保部门核查访客身份$/);
  expect(lines[1]).toBe('姓名,职务,单位,客户,电话,电子邮件,证件类型,证件号码,来访次数,最近来访');
  expect(text).toContain(ID);
  expect(text).toContain(`'=HYPERLINK`);

  // The log says who exported what, and why.
  const log = await call<{ entries: { action: string; detail: Record<string, unknown> }[] }>(desk, 'audit.list', { action: 'data.', limit: 10 });
  expect(log.entries.map((e) => e.action)).toEqual(['data.exportFull', 'data.export']);
  expect(log.entries[0]!.detail).toMatchObject({ dataset: 'people', rows: 3, reason: '配合安保部门核查访客身份' });

  // The directories' and the plans list's own buttons.
  await page.getByTestId('nav-clients').click();
  await expect(page.getByTestId('clients-search')).toBeVisible();
  await expect(page.getByTestId('clients-export')).toBeVisible();
  await page.screenshot({ path: artifact('data-export-clients-zh.png') });
  await page.getByTestId('nav-plans').click();
  await page.getByTestId('plans-view-list').click();
  await page.getByTestId('plans-export').click();
  await expect(page.getByTestId('export-dialog-filters')).toContainText('日期范围');
  await dialogSettled(page);
  await page.screenshot({ path: artifact('data-export-plans-zh.png') });
  await page.keyboard.press('Escape');

  // English.
  await page.evaluate(() => {
    window.location.hash = '#/dataExport';
  });
  await page.getByTestId('lang-switch').locator('[lang="en"]').click();
  await expect(page.getByTestId('export-screen')).toContainText('People directory');
  await page.screenshot({ path: artifact('data-export-screen-en.png'), fullPage: true });
  await page.getByTestId('nav-desk').click();
  await page.getByTestId('visits-export').click();
  await expect(page.getByTestId('export-dialog-filters')).toHaveText('On site');
  await dialogSettled(page);
  await page.screenshot({ path: artifact('data-export-dialog-en.png') });
  // The file speaks the desk's language too.
  const en = await downloadOf(page, () => page.getByTestId('export-start').click());
  expect(en.suggestedFilename()).toMatch(/^Visits-\d{14}\.xlsx$/);
  const enBook = new ExcelJS.Workbook();
  await enBook.xlsx.readFile((await en.path())!);
  expect(enBook.worksheets[0]!.getRow(1).getCell(1).value).toBe('Checked in');
});
