import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pdfPageSizesMm, pdfText, savedPrints } from './pdf-tools';
import { seedBusyDay, seedResources, seedVipVisit, VIP_DAY, type Call } from './plan-print-seed';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * Plan printouts rendered by the real print route in Chromium, saved as PDFs
 * and read back with poppler: paper size, page count, and the words on them
 * (Chinese included, so the CJK font really rendered).
 */

const A4_PORTRAIT = { widthMm: 210, heightMm: 297 };
const A4_LANDSCAPE = { widthMm: 297, heightMm: 210 };

function caller(desk: WebShell): Call {
  return async (name, input) => {
    const result = await desk.api(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
    return result.value as never;
  };
}

interface Printed {
  file: string;
  pages: number;
  /** The PDF's text without whitespace: letter-spaced headings and grouped phone numbers read as typed. */
  text: string;
}

async function printToPdf(desk: WebShell, channel: string, input: object): Promise<Printed> {
  const result = await desk.api<{ outcome: string; fileName: string; pages: number }>(channel, { ...input, printerId: 'pdf' });
  expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: true, value: { outcome: 'saved' } });
  const file = join(desk.dataDir, 'prints', result.value.fileName);
  // PLAN_PRINT_PNG=<folder> keeps each page as a PNG, to look at.
  const keep = process.env.PLAN_PRINT_PNG;
  if (keep) execFileSync('pdftoppm', ['-png', '-r', '60', file, join(keep, result.value.fileName.replace(/\.pdf$/, ''))]);
  return { file, pages: result.value.pages, text: pdfText(file).replace(/\s+/g, '') };
}

const pagesOf = (size: { widthMm: number; heightMm: number }, n: number) => Array.from({ length: n }, () => size);

test('itineraries, welcome sign and day schedule print as real A4 PDFs', async ({ desk }) => {
  test.setTimeout(120_000);
  const call = caller(desk);
  const res = await seedResources(call);
  const planId = await seedVipVisit(call, res);
  await seedBusyDay(call, res);

  const guests = await printToPdf(desk, 'print.planDocument', { planId, document: 'itinerary', audience: 'guests', locale: 'zh-CN' });
  expect(pdfPageSizesMm(guests.file)).toEqual(pagesOf(A4_PORTRAIT, guests.pages));
  expect(guests.pages).toBe(1);
  for (const words of ['东方电气集团高层考察交流', '中国东方电气集团有限公司', '行程安排', '第1天', '2026年11月28日周六', '欢迎晚宴', '外滩华尔道夫酒店', '李娜13812345678', '第1页，共1页']) {
    expect(guests.text, words).toContain(words);
  }
  // The guests' copy: no other staff phone, no internal note, no guest phone, not marked internal.
  for (const secret of ['13700001111', '13912345678', '提前15分钟', '仅限双方高层', '13901010001', '内部资料']) expect(guests.text, secret).not.toContain(secret);

  const team = await printToPdf(desk, 'print.planDocument', { planId, document: 'itinerary', audience: 'team', locale: 'zh-CN' });
  expect(team.pages).toBeGreaterThanOrEqual(2);
  expect(team.pages).toBeLessThanOrEqual(4);
  expect(pdfPageSizesMm(team.file)).toEqual(pagesOf(A4_PORTRAIT, team.pages));
  for (const words of ['内部资料', '接待团队', '讲解', '张伟13700001111', '王芳13700002222', '来宾名单（12人）', '带队', '膝部旧伤', '沪A·77999别克GL8备用', '仅限双方高层', `第${team.pages}页，共${team.pages}页`]) {
    expect(team.text, words).toContain(words);
  }
  expect(team.text).not.toContain('11010519491231002X');

  const sign = await printToPdf(desk, 'print.planDocument', { planId, document: 'welcomeSign', locale: 'zh-CN' });
  expect(pdfPageSizesMm(sign.file)).toEqual([A4_LANDSCAPE]);
  for (const words of ['热烈欢迎', '中国东方电气集团有限公司', '一行莅临总部前台', '2026年11月28日–29日']) expect(sign.text, words).toContain(words);

  const day = await printToPdf(desk, 'print.daySchedule', { day: VIP_DAY, locale: 'zh-CN' });
  expect(day.pages).toBeLessThanOrEqual(2);
  expect(pdfPageSizesMm(day.file)).toEqual(pagesOf(A4_PORTRAIT, day.pages));
  for (const words of ['每日接待安排', '2026年11月28日周六', '共6场接待', '预计来宾36人', '市应急管理局安全检查', 'SiemensAG', 'VIP接待']) expect(day.text, words).toContain(words);
  // Arrival order: the 08:30 inspection before the 09:30 VIP visit before the 16:00 one.
  const order = ['市应急管理局安全检查', '东方电气集团高层考察交流', '张总个人来访'].map((t) => day.text.indexOf(t));
  expect(order).toEqual([...order].sort((a, b) => a - b));

  // English, for foreign guests: the same plan, dates and labels in English.
  const english = await printToPdf(desk, 'print.daySchedule', { day: VIP_DAY, locale: 'en' });
  for (const words of ['Dailyvisitschedule', 'Sat28Nov2026', '6visits', '36guestsexpected', 'Page1of1']) expect(english.text, words).toContain(words);
  const signEn = await printToPdf(desk, 'print.planDocument', { planId, document: 'welcomeSign', locale: 'en' });
  expect(signEn.text).toContain('WELCOME');
  expect(signEn.text).toContain('28–29Nov2026');

  // Every print is in the audit log.
  const log = await desk.api<{ entries: { action: string; detail: { document: string } }[] }>('audit.list', { action: 'plan.print' });
  expect(log.value.entries.map((e) => e.detail.document).sort()).toEqual(['daySchedule', 'daySchedule', 'itinerary', 'itinerary', 'welcomeSign', 'welcomeSign']);
});

async function chooseFromMenu(page: Page, submenuTestId: string, optionTestId: string) {
  await page.getByTestId(submenuTestId).hover();
  await page.getByTestId(optionTestId).click();
}

test('the plan editor prints through its 打印 menu, in the language chosen', async ({ page, desk }) => {
  test.setTimeout(90_000);
  const call = caller(desk);
  const planId = await seedVipVisit(call, await seedResources(call));
  await page.goto(`${desk.url}#/plans/${planId}`);
  const menu = page.getByTestId('plan-print-menu');
  await expect(menu).toBeVisible();

  // The language defaults to the UI's; English is chosen for the foreign guest, and the menu stays open.
  await menu.click();
  await expect(page.getByTestId('plan-print-locale')).toContainText('中文');
  await chooseFromMenu(page, 'plan-print-locale', 'plan-print-locale-en');
  await expect(page.getByTestId('plan-print-locale')).toContainText('English');
  await expect(page.getByTestId('plan-print-printer')).toContainText('保存为 PDF');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId('plan-print-team-itinerary').click();

  const toast = page.locator('.ant-message-notice', { hasText: '团队行程单 PDF已下载到浏览器的“下载”文件夹' });
  await expect(toast).toBeVisible({ timeout: 30_000 });
  const [file] = savedPrints(desk.dataDir);
  expect(file).toMatch(/^itinerary-team-.*\.pdf$/);
  await expect(toast).toContainText(file!);
  expect((await download).suggestedFilename()).toBe(file);
  const text = pdfText(join(desk.dataDir, 'prints', file!)).replace(/\s+/g, '');
  expect(text).toContain('Visititinerary·teamcopy');
  expect(text).toContain('INTERNAL');
  expect(text).toContain('东方电气集团高层考察交流');

  // Ctrl+P opens the same menu; Esc closes it without leaving the editor.
  await page.keyboard.press('Control+p');
  await expect(page.getByTestId('plan-print-welcome-sign')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('plan-print-welcome-sign')).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/plans/${planId}$`));
});

test('an auditor reads the plan but is offered no printing of it, and main refuses it too', async ({ page, desk }) => {
  test.setTimeout(90_000);
  const call = caller(desk);
  const planId = await seedVipVisit(call, await seedResources(call));
  // The administrator is offered the day's sheet in the calendar's day view ...
  await page.goto(`${desk.url}#/plans`);
  await page.getByTestId('plans-view-day').click();
  await expect(page.getByTestId('day-schedule-print')).toBeVisible({ timeout: 30_000 });

  await call('users.create', { login: 'audit1', name: '审计员', roles: ['auditor'], password: 'Audit-pass-1' });
  await call('session.signOut', {});
  await call('session.signIn', { login: 'audit1', password: 'Audit-pass-1' });
  await call('session.changePassword', { current: 'Audit-pass-1', next: 'Audit-pass-2' });
  // ... the auditor is not, nor the plan's print menu (or its Ctrl+P).
  await page.goto(`${desk.url}#/plans/${planId}`);
  await page.reload();
  await expect(page.getByTestId('plan-readonly')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('plan-print-menu')).toHaveCount(0);
  await page.keyboard.press('Control+p');
  await expect(page.getByTestId('plan-print-team-itinerary')).toHaveCount(0);
  await page.goto(`${desk.url}#/plans`);
  await page.getByTestId('plans-view-day').click();
  await expect(page.getByTestId('plans-views')).toBeVisible();
  await expect(page.getByTestId('day-schedule-print')).toHaveCount(0);
  const refused = await desk.api('print.planDocument', { planId, document: 'itinerary', audience: 'team', locale: 'zh-CN', printerId: 'pdf' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(savedPrints(desk.dataDir)).toEqual([]);
});
