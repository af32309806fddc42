import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './web-shell-fixture';
import { artifact, residentId } from './ui-helpers';
import { pdfPageSizesMm, pdfText, savedPrints } from './pdf-tools';
import { scan } from './scanner';

async function register(page: Page, visitor: { name: string; company: string; phone: string; idNumber: string; host: string; purpose: string }) {
  await page.getByTestId('field-name').fill(visitor.name);
  await page.getByTestId('field-company').fill(visitor.company);
  await page.getByTestId('field-phone').fill(visitor.phone);
  await page.getByTestId('field-id-number').fill(visitor.idNumber);
  await page.getByTestId('field-host').fill(visitor.host);
  await page.getByTestId('field-purpose').fill(visitor.purpose);
  await page.keyboard.press('Tab'); // leave the purpose suggestions
  await page.getByTestId('field-privacy').check();
  await page.getByTestId('checkin-submit').click();
}

async function badgeNoOf(page: Page, name: string): Promise<string> {
  const row = page.getByTestId('onsite-table').locator('tr', { hasText: name });
  await expect(row).toBeVisible();
  return /V\d{6}[A-Z]{3}\d{4,}/.exec((await row.textContent()) ?? '')![0];
}

async function expectBadgePdf(dataDir: string, count: number, name: string) {
  await expect.poll(() => savedPrints(dataDir).length, { timeout: 20_000 }).toBe(count);
  const file = join(dataDir, 'prints', savedPrints(dataDir).at(-1)!);
  expect(pdfPageSizesMm(file)).toEqual([{ widthMm: 89, heightMm: 36 }]);
  expect(pdfText(file)).toContain(name);
  return file;
}

test('registers a Chinese walk-in, prints the badge, checks out by scan (zh-CN)', async ({ page, desk }) => {
  const id = residentId('11010519900307123');
  await page.goto(desk.url);
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  await expect(page).not.toHaveURL(/token=/); // the token leaves the address bar

  await register(page, { name: '张伟', company: '华为技术有限公司', phone: '138 0013 8000', idNumber: id, host: '李娜', purpose: '商务洽谈' });
  const table = page.getByTestId('onsite-table');
  await expect(table).toContainText('张伟');
  await expect(table).toContainText(`110***********${id.slice(-4)}`);
  await expect(page.locator('body')).not.toContainText(id);
  await expect(page.getByTestId('onsite-count')).toHaveText('1');
  // The form measured the registration (first input to submit) for the reports' handling time.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  const handling = await desk.api<{ registrationSeconds: { count: number; average: number } }>('reports.handling', { from: today, to: today, granularity: 'day' });
  expect(handling.value.registrationSeconds.count).toBe(1);
  expect(handling.value.registrationSeconds.average).toBeGreaterThan(0);

  // Auto-print after check-in saves the badge as a PDF at the label's exact size.
  await expectBadgePdf(desk.dataDir, 1, '张伟');
  await page.screenshot({ path: artifact('front-desk-zh-CN.png') });

  // A reprint asks first, then is logged.
  const badgeNo = await badgeNoOf(page, '张伟');
  await page.getByTestId(`print-${badgeNo}`).click();
  await page.locator('.ant-modal-confirm').getByRole('button').last().click();
  await expectBadgePdf(desk.dataDir, 2, '张伟');

  // A USB scanner types the badge number and Enter.
  await page.getByTestId('scan-input').fill(badgeNo);
  await page.getByTestId('scan-input').press('Enter');
  await expect(table).not.toContainText('张伟');
  await expect(page.getByTestId('onsite-count')).toHaveText('0');
  await page.getByTestId('today-tab').click();
  await expect(page.getByTestId('today-table')).toContainText('张伟');
});

test('a returning visitor is found by pinyin and reused (zh-CN)', async ({ page, desk }) => {
  const id = residentId('44030519850612345');
  await page.goto(desk.url);
  await register(page, { name: '曾小凡', company: '腾讯科技', phone: '13912345678', idNumber: id, host: '王芳', purpose: '面试' });
  const badgeNo = await badgeNoOf(page, '曾小凡');
  await page.getByTestId(`checkout-${badgeNo}`).click();
  await expect(page.getByTestId('onsite-table')).not.toContainText('曾小凡');

  await page.getByTestId('field-name').fill('zengx');
  const option = page.locator('.ant-select-dropdown').getByText('曾小凡').first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.getByTestId('field-company')).toHaveValue('腾讯科技');
  await page.getByTestId('field-host').fill('王芳');
  await page.getByTestId('field-privacy').check();
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('onsite-table')).toContainText('曾小凡');
  const visitors = await desk.api<unknown[]>('visitors.search', { query: '曾小凡' });
  expect(visitors.value).toHaveLength(1);
});

test('a scanner checks out wherever focus is, without leaving its code in a field', async ({ page, desk }) => {
  await page.goto(desk.url);
  await register(page, { name: '赵六', company: '', phone: '13700137000', idNumber: '', host: '李娜', purpose: '送货' });
  const first = await badgeNoOf(page, '赵六');
  await register(page, { name: '孙七', company: '', phone: '13700137001', idNumber: '', host: '李娜', purpose: '送货' });
  const second = await badgeNoOf(page, '孙七');

  // After a check-in the name field has focus; a receptionist has started typing the next visitor.
  await page.getByTestId('field-name').fill('周');
  await page.getByTestId('field-name').focus();
  await scan(page, first);
  await expect(page.getByText('赵六 已签离')).toBeVisible();
  await expect(page.getByTestId('field-name')).toHaveValue('周');

  // With nothing focused.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await scan(page, second);
  await expect(page.getByText('孙七 已签离')).toBeVisible();
  await expect(page.getByTestId('onsite-count')).toHaveText('0');
});

test('bad input is refused with translated messages and changes nothing (zh-CN)', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByTestId('field-name').fill('王五');
  await page.getByTestId('field-phone').fill('12345');
  await page.getByTestId('field-id-number').fill('110105194912310021');
  await page.getByTestId('checkin-submit').click();
  const errors = page.getByTestId('checkin-form').locator('.ant-form-item-explain-error');
  await expect(errors.first()).toBeVisible();
  const text = (await errors.allTextContents()).join(' ');
  expect(text).toMatch(/[\u4e00-\u9fff]/); // translated, in Chinese
  expect(text).not.toMatch(/id\.checkDigit|phone\.invalid|required/); // never raw keys
  await expect(page.getByTestId('onsite-count')).toHaveText('0');

  // Esc clears the form, and the typing can be restored.
  await page.getByTestId('field-phone').press('Escape');
  await expect(page.getByTestId('field-name')).toHaveValue('');
  await page.getByTestId('checkin-cleared').getByRole('button').click();
  await expect(page.getByTestId('field-name')).toHaveValue('王五');
});

test('the same desk in English', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(page.getByTestId('checkin-submit')).toContainText(/register/i);
  await page.getByTestId('field-id-type').click();
  await page.locator('.ant-select-dropdown').getByText(/passport/i).first().click();
  await register(page, { name: 'Anna Li', company: 'Siemens AG', phone: '+49 151 1234 5678', idNumber: 'C01X00T47', host: 'Li Na', purpose: 'Audit' });
  const table = page.getByTestId('onsite-table');
  await expect(table).toContainText('Anna Li');
  await expect(table).toContainText('C****0T47');
  await expectBadgePdf(desk.dataDir, 1, 'Anna Li');
  await page.screenshot({ path: artifact('front-desk-en.png') });

  const badgeNo = await badgeNoOf(page, 'Anna Li');
  await page.getByTestId(`checkout-${badgeNo}`).click();
  await expect(table).not.toContainText('Anna Li');

  // The language choice is kept for the next start.
  await page.reload();
  await expect(page.getByTestId('checkin-submit')).toContainText(/register/i);
});
