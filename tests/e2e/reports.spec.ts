import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { OUT } from '../../scripts/bundle-sizes';
import type { Page } from '@playwright/test';
import type { PlanDetail } from '../../contract/plans';
import { pdfPageSizesMm, savedPdf } from './pdf-tools';
import { artifact, localToday } from './ui-helpers';
import { expect, test, type WebShell } from './web-shell-fixture';

/**
 * 报表 end to end: a desk with today's walk-ins and a VIP client's planned
 * guests (with their needs), the reports screen in Chinese, its figures
 * checked against the desk's own visit list, a chart saved as PNG, the
 * monthly report printed to PDF and read back; screenshots of the screen
 * and the PDF in both languages (tests/artifacts).
 */

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

const GUESTS = [
  { name: '赵敏', phone: '13900000001', needs: { diet: '清真', transport: '接机', accessibility: '', other: '' } },
  { name: '钱进', phone: '13900000002', needs: { diet: '清真', transport: '', accessibility: '轮椅', other: '' } },
  { name: '孙丽', phone: '13900000003', needs: { diet: '素食', transport: '接机', accessibility: '', other: '' } },
];
const WALK_INS = ['张伟', '李娜', '王强', '刘洋'];

/** Today's desk: four walk-ins (one gone home), three planned guests of 华为 checked in together. */
async function seed(desk: WebShell): Promise<string> {
  const admin = (await call<{ user: { id: string } }>(desk, 'session.status', {})).user.id;
  const client = await call(desk, 'clients.create', { name: '华为技术有限公司', tier: 'vip', accountManagerUserId: admin });
  const people = [];
  for (const g of GUESTS) people.push(await call(desk, 'people.create', { name: g.name, phone: g.phone, confirmNew: true }));
  const today = localToday();
  // Expected a quarter of an hour ago (or at midnight, early in the day): a realistic wait from arrival to check-in.
  const expected = new Date(Math.max(Date.now() - 15 * 60_000, new Date(`${today}T00:00`).getTime()));
  const arrivalAt = `${today}T${String(expected.getHours()).padStart(2, '0')}:${String(expected.getMinutes()).padStart(2, '0')}`;
  const plan = await call<PlanDetail>(desk, 'plans.create', {
    title: '华为年度交流',
    clientId: client.id,
    purpose: '合作洽谈',
    level: 'vip',
    arrivalAt,
    departureAt: `${today}T23:59`,
    expectedHeadcount: 3,
  });
  await call(desk, 'plans.setGuests', { planId: plan.id, guests: people.map((p, i) => ({ personId: p.id, isLead: i === 0, needs: GUESTS[i]!.needs })) });
  await call(desk, 'plans.transition', { id: plan.id, to: 'confirmed' });
  await call(desk, 'plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
  await call(desk, 'visits.checkInPlanned', { planId: plan.id, personIds: people.map((p) => p.id), host: '王芳', privacyAck: true });
  const walkIns = [];
  for (const [i, name] of WALK_INS.entries()) {
    walkIns.push(await call(desk, 'visits.checkIn', { name, host: '李娜', phone: `1380013800${i}`, privacyAck: true, handlingMs: 40_000 + i * 10_000 }));
  }
  await call(desk, 'visits.checkOut', { visitId: walkIns[0]!.id });
  return client.id;
}

/** The whole screen in one picture: the page scrolls inside the app's frame, so the window is made as tall as the screen's content. */
async function screenshotAll(page: Page, name: string): Promise<void> {
  const height = await page.getByTestId('reports-page').evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 1366, height: height + 200 });
  await page.screenshot({ path: artifact(name) });
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** A string only ECharts' code holds (the attribute it marks its chart elements with). */
const ECHARTS_MARKER = '_echarts_instance_';

/** The built scripts the page has fetched so far that hold ECharts. */
function scriptsWithECharts(page: Page): () => string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(basename(path));
  });
  return () => scripts.filter((s) => readFileSync(join(OUT, 'renderer', 'assets', s), 'utf8').includes(ECHARTS_MARKER));
}

async function openReports(page: Page, desk: WebShell): Promise<void> {
  await page.goto(desk.url);
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  await page.getByTestId('nav-reports').click();
  await expect(page).toHaveURL(/#\/reports$/);
  await expect(page.getByTestId('report-visits-chart')).toBeVisible();
  await expect(page.getByTestId('report-heatmap-chart')).toBeVisible();
  await expect(page.getByTestId('report-handling-chart')).toBeVisible();
  await expect(page.getByTestId('report-preference-diet-chart')).toBeVisible();
}

test('the reports screen in Chinese: figures match the desk, a chart saves as PNG, the month prints as a PDF', async ({ page, desk }) => {
  await seed(desk);
  // Counted independently: the desk's own list of today's visits (no summary table behind it).
  const listed = await call<{ total: number; rows: { plan: unknown }[] }>(desk, 'visits.list', { scope: 'today', limit: 100 });
  expect(listed.total).toBe(7);

  // ECharts comes with the reports tab, never with the desk the app opens on.
  const withECharts = scriptsWithECharts(page);
  await page.goto(desk.url);
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(withECharts()).toEqual([]);
  await openReports(page, desk);
  expect(withECharts().length).toBeGreaterThan(0);
  const stats = page.getByTestId('report-visits-stats');
  await expect(stats.getByTestId('report-visits-stats-visits')).toContainText(String(listed.total));
  await expect(stats.getByTestId('report-visits-stats-walkIns')).toContainText('4');
  await expect(stats.getByTestId('report-visits-stats-planned')).toContainText('3');
  // Today's row of the table under the chart: 7 visits, 4 walk-ins, 3 planned, 7 people.
  const today = localToday();
  const [, m, d] = today.split('-').map(Number);
  const row = page.getByTestId('report-visits-table').locator('tr', { hasText: `${m}月${d}日` });
  await expect(row.locator('td')).toHaveText([new RegExp(`${m}月${d}日`), '7', '4', '3', '7']);
  await expect(page.getByTestId('report-clients-table')).toContainText('华为技术有限公司');
  await expect(page.getByTestId('report-preference-diet-table').locator('tr', { hasText: '清真' })).toContainText('2');
  await expect(page.getByTestId('report-handling-stats-registration')).toContainText('55');
  await screenshotAll(page, 'reports-zh-CN.png');

  // By week: the month widened to whole weeks, each row Monday to Sunday; still this month's preset.
  await page.getByTestId('report-granularity-week').click();
  await expect(page.getByTestId('report-section-visits')).toContainText('各周来访');
  await expect(page.getByTestId('report-visits-table').locator('tbody tr').first()).toContainText('–');
  await expect(page.getByTestId('report-preset')).toContainText('本月');
  await page.getByTestId('report-granularity-day').click();
  await expect(page.getByTestId('report-section-visits')).toContainText('各日来访');

  // A chart as PNG, named for the chart and the counted range.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-visits-png').click()]);
  expect(download.suggestedFilename()).toMatch(/^各日来访_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.png$/);
  const png = readFileSync(await download.path());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

  // The monthly report, saved as a PDF (the only printer here) and read back.
  await page.getByTestId('report-print').click();
  const pdf = await savedPdf(desk, `monthly-report-${today.slice(0, 7)}`);
  expect(pdfPageSizesMm(pdf.path).every((p) => p.widthMm === 210 && p.heightMm === 297)).toBe(true);
  for (const words of ['接待月报', `${today.slice(0, 4)}年${m}月接待月报`, '全部客户（含散客）', '来访人次与访客', '华为技术有限公司', '清真', '接机', '最繁忙时段', '服务质量', '内部资料']) {
    expect(pdf.text, words).toContain(words);
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, artifact('reports-monthly-zh-CN')]);

  // Audited as a print of the monthly report.
  const audit = await call<{ entries: { action: string }[] }>(desk, 'audit.list', { action: 'report.print' });
  expect(audit.entries.length).toBe(1);
});

test('the reports screen and the monthly report in English', async ({ page, desk }) => {
  const clientId = await seed(desk);
  await desk.api('session.setLocale', { locale: 'en' });
  await openReports(page, desk);
  await expect(page.getByTestId('report-section-visits')).toContainText('Visits and visitors');
  await expect(page.getByTestId('report-visits-stats-visits')).toContainText('7');
  await screenshotAll(page, 'reports-en.png');

  const today = localToday();
  const printed = await call<{ fileName: string }>(desk, 'print.monthlyReport', { month: today.slice(0, 7), locale: 'en', printerId: 'pdf' });
  expect(printed.fileName).toMatch(/^monthly-report-/);
  const pdf = await savedPdf(desk, `monthly-report-${today.slice(0, 7)}`);
  for (const words of ['Monthlyreport', 'Visitsandvisitors', '华为技术有限公司', 'Busiesthours', 'Servicequality', 'Walk-ins']) {
    expect(pdf.text, words).toContain(words);
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf.path, artifact('reports-monthly-en')]);

  // Narrowed to one client: named on the paper and in the file name, walk-ins left out.
  const forClient = await call<{ fileName: string }>(desk, 'print.monthlyReport', { month: today.slice(0, 7), clientId, locale: 'en', printerId: 'pdf' });
  expect(forClient.fileName).toContain('华为技术有限公司');
  const clientPdf = await savedPdf(desk, forClient.fileName.replace(/\.pdf$/, ''));
  expect(clientPdf.text).toContain('Client:华为技术有限公司');
});
