import { expect, test } from './web-shell-fixture';
import { artifact } from './ui-helpers';

/** 60 walk-ins: more than one page of the on-site list (50). */
async function seed(desk: { api: (name: string, input?: unknown) => Promise<{ ok: boolean; value?: unknown }> }) {
  for (let i = 0; i < 60; i++) {
    const company = i % 10 === 0 ? '西门子' : `测试公司${i}`;
    const r = await desk.api('visits.checkIn', { name: `访客${String(i).padStart(2, '0')}`, company, host: '李娜', idType: 'passport', idNumber: `E${10000000 + i}`, privacyAck: true });
    expect(r.ok).toBe(true);
  }
}

test('the desk lists page from main: newest first, filtered in main, check-out from a later page (zh-CN)', async ({ page, desk }) => {
  test.setTimeout(120_000);
  await seed(desk);
  await page.goto(desk.url);
  const table = page.getByTestId('onsite-table');
  // The first answer can be slow on a busy machine: wait on it, generously.
  await expect(page.getByTestId('onsite-tab')).toContainText('60', { timeout: 30_000 });
  await expect(page.getByTestId('onsite-count')).toHaveText('60');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(50);
  await expect(table.locator('tbody tr.ant-table-row').first()).toContainText('访客59');
  await expect(table.locator('.ant-pagination')).toContainText('共 60 人');
  await page.screenshot({ path: artifact('desk-paging-zh-CN.png') });

  // Page 2 holds the ten earliest; checking one out there keeps the list and its count right.
  await table.locator('.ant-pagination-item-2').click();
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(10);
  const row = table.locator('tr', { hasText: '访客03' });
  const badgeNo = /V\d{6}[A-Z]{3}\d{4,}/.exec((await row.textContent()) ?? '')![0];
  // The page's answer drawn and its loading veil gone: a click on a veiled row is lost, as it would be for a person.
  await expect(table.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(table.locator('.ant-spin-blur')).toHaveCount(0);
  await page.getByTestId(`checkout-${badgeNo}`).click();
  await expect(table).not.toContainText('访客03');
  await expect(page.getByTestId('onsite-tab')).toContainText('59');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(9);

  // The filter is answered by main across every page, not only the one shown.
  await page.getByTestId('list-filter').fill('西门子');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(6);
  await expect(table.locator('.ant-pagination')).toHaveCount(0);
  await expect(page.getByTestId('onsite-tab')).toContainText('59');
  await page.getByTestId('list-filter').fill('没有这个人');
  await expect(table).toContainText('没有符合筛选条件的记录');

  // The day's list undoes that check-out from its row.
  await page.getByTestId('list-filter').fill('');
  await page.getByTestId('today-tab').click();
  const today = page.getByTestId('today-table');
  await expect(today.locator('.ant-pagination')).toContainText('共 60 人');
  await page.getByTestId('list-filter').fill('访客03');
  await today.getByTestId(`undo-${badgeNo}`).click();
  await expect(page.getByTestId('onsite-tab')).toContainText('60');
});

test('the paged desk in English', async ({ page, desk }) => {
  test.setTimeout(120_000);
  await seed(desk);
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  const table = page.getByTestId('onsite-table');
  await expect(table.locator('.ant-pagination')).toContainText('60 in all', { timeout: 30_000 });
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(50);
  await page.screenshot({ path: artifact('desk-paging-en.png') });
});
