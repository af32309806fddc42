import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { artifact, residentId } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * A guest list from Excel imported onto a plan from its guests tab: the
 * columns found by their Chinese headers, a person already on file reused,
 * two bad rows (a phone and an ID number) fixed in the preview, then one
 * commit; the guests are on the plan. The same preview in English.
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

async function shot(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: artifact(name), fullPage: true });
}

const ZHANG_ID = residentId('11010519900307123');

/** The list as an office sends it: Chinese headers, one guest with a bad phone and one with a bad ID number. */
async function guestList(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('来宾名单');
  sheet.addRow(['姓名', '证件类型', '身份证号', '联系电话', '单位', '职务', '饮食要求', '交通']);
  sheet.addRow(['张伟', '身份证', ZHANG_ID, '138 0013 8000', '华为技术有限公司', '总监', '清真', '接机']);
  sheet.addRow(['李娜', '', '', '13900139000', '华为技术有限公司', '经理', '', '']);
  sheet.addRow(['王芳', '', '', '138 0013 800', '华为技术有限公司', '工程师', '素食', '']);
  sheet.addRow(['赵敏', '身份证', '110105199003071230', '13600136000', '华为技术有限公司', '助理', '', '自驾']);
  const file = join(dir, '华为来宾名单.xlsx');
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

async function openImport(page: Page, file: string) {
  await page.getByTestId('plan-tab-guests').click();
  await page.getByTestId('guest-import').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByTestId('import-mapping')).toBeVisible();
  return dialog;
}

test('a guest list from Excel goes onto a plan, two bad rows fixed in the preview', async ({ page, desk }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const dir = mkdtempSync(join(tmpdir(), 'rd-import-e2e-'));
  try {
    const known = await call(desk, 'people.create', { name: '李娜', phone: '13900139000', company: '华为技术有限公司' });
    const plan = await call(desk, 'plans.create', { title: '华为高管来访', arrivalAt: '2030-05-06T09:30', departureAt: '2030-05-06T17:00', expectedHeadcount: 4 });
    const file = await guestList(dir);

    await page.goto(`${desk.url}#/plans/${plan.id}`);
    const dialog = await openImport(page, file);
    // Columns found by their Chinese headers.
    await expect(dialog.getByTestId('import-map-phone')).toContainText('联系电话');
    await expect(dialog.getByTestId('import-map-idNumber')).toContainText('身份证号');
    await dialog.getByTestId('import-to-preview').click();

    const counts = dialog.getByTestId('import-counts');
    await expect(counts).toContainText('有问题 2 行');
    await expect(dialog.getByTestId('import-existing')).toContainText('李娜');
    await expect(dialog.getByTestId('import-commit')).toBeDisabled();
    await shot(page, 'data-import-preview-zh.png');

    // The two bad rows fixed in place: each is checked again when its cell is left.
    await dialog.getByTestId('import-fix-2-phone').fill('13700137000');
    await dialog.getByTestId('import-fix-2-phone').press('Enter');
    await expect(counts).toContainText('有问题 1 行');
    await dialog.getByTestId('import-fix-3-idNumber').fill(residentId('11010519900307124'));
    await dialog.getByTestId('import-fix-3-idNumber').press('Enter');
    await expect(counts).toContainText('可导入 4 行');
    await expect(counts).toContainText('有问题 0 行');
    await dialog.getByTestId('import-commit').click();
    await expect(dialog.getByTestId('import-result')).toContainText('新建人员 3 人，沿用已有人员 1 人，加入来宾 4 人');
    await shot(page, 'data-import-done-zh.png');
    await dialog.getByTestId('import-close').click();

    // On the plan, as saved in main; 李娜 is the record already on file.
    await expect(page.getByTestId('plan-guests')).toContainText('王芳');
    const saved = await call<{ guests: { personId: string; name: string; needs: { diet: string } }[] }>(desk, 'plans.get', { id: plan.id });
    expect(saved.guests.map((g) => g.name).sort()).toEqual(['张伟', '李娜', '王芳', '赵敏'].sort());
    expect(saved.guests.find((g) => g.name === '李娜')!.personId).toBe(known.id);
    expect(saved.guests.find((g) => g.name === '张伟')!.needs.diet).toBe('清真');

    // The same preview in English, from the Reports › Import tab, onto a second plan.
    await desk.api('session.setLocale', { locale: 'en' });
    const second = await call(desk, 'plans.create', { title: 'Partner visit', arrivalAt: '2030-06-06T09:30', departureAt: '2030-06-06T17:00', expectedHeadcount: 4 });
    await page.goto(`${desk.url}#/plans/${second.id}`);
    const english = await openImport(page, file);
    await english.getByTestId('import-to-preview').click();
    await expect(english.getByTestId('import-counts')).toContainText('2 with problems');
    await shot(page, 'data-import-preview-en.png');
    await english.getByRole('button', { name: 'Close' }).first().click();

    // Reports › Import: a 10 000-row GBK CSV (over one request's usual 256 KB: the import's chunk is let through) into the people directory.
    const rows = ['姓名,手机,单位'];
    for (let i = 0; i < 10_000; i++) rows.push(`访客${i},139${String(i).padStart(8, '0')},深圳市腾讯计算机系统有限公司`);
    const big = join(dir, '访客名录.csv');
    writeFileSync(big, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: rows.join('\r\n') }));
    await page.goto(`${desk.url}#/dataImport`);
    const screen = page.getByTestId('import-screen');
    await screen.getByTestId('import-target').getByText('People directory').click();
    await screen.locator('input[type=file]').setInputFiles(big);
    await expect(screen.getByTestId('import-mapping')).toContainText('GB18030');
    await shot(page, 'data-import-mapping-en.png');
    await screen.getByTestId('import-to-preview').click();
    await expect(screen.getByTestId('import-counts')).toContainText('10000 rows: 10000 ready');
    await screen.getByTestId('import-commit').click();
    await expect(screen.getByTestId('import-result')).toContainText('10000 people created', { timeout: 60_000 });
    const found = await call<{ items: { name: string; company: string }[] }>(desk, 'people.list', { query: '访客9999' });
    expect(found.items[0]).toMatchObject({ name: '访客9999', company: '深圳市腾讯计算机系统有限公司' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
