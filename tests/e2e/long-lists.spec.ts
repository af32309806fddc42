import Database from 'better-sqlite3';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { artifact } from './ui-helpers';
import { expect, test } from './web-shell-fixture';

/** Entries another desk wrote over the past weeks, newest last (straight into the file: a merged log looks like this); the oldest may name someone else. */
function seedLog(dataDir: string, entries: number, oldestName?: string): void {
  const db = new Database(join(dataDir, 'reception.sqlite3'));
  try {
    const insert = db.prepare(
      `INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash, device_seq, prev_id)
       VALUES (?, ?, 'another-desk', '李娜', 'visit.checkIn', 'visit', NULL, ?, '0', '0', ?, NULL)`,
    );
    const start = Date.parse('2026-10-01T00:00:00Z');
    db.transaction(() => {
      for (let n = 1; n <= entries; n++) insert.run(uuidv7(), new Date(start + n * 60_000).toISOString(), JSON.stringify({ name: n === 1 && oldestName ? oldestName : `访客${n}` }), n);
    })();
  } finally {
    db.close();
  }
}

/** Scrolls the virtual table's body to its end, as a user flinging the wheel. */
async function scrollToEnd(table: import('@playwright/test').Locator) {
  await table.locator('.ant-table-tbody-virtual-holder').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the audit log scrolls through thousands of entries a page at a time, drawing only what is in view (${lang})`, async ({ page, desk }) => {
    test.setTimeout(120_000);
    seedLog(desk.dataDir, 3_000);
    await page.goto(desk.url);
    if (lang === 'en') await page.getByTestId('lang-switch').getByText('English').click();
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('tab-audit').click();
    const table = page.getByTestId('audit-table');
    const status = page.getByTestId('audit-table-status');
    await expect(status).toContainText(lang === 'zh-CN' ? '已显示 100' : '100 shown', { timeout: 30_000 });
    await expect(status).toContainText('3,0');
    // Only the rows in view are drawn, however many are loaded.
    expect(await table.locator('.ant-table-row').count()).toBeLessThan(40);

    // Near the end, the next page comes by itself; then by the button, from the keyboard.
    await scrollToEnd(table);
    await expect(status).toContainText(lang === 'zh-CN' ? '已显示 200' : '200 shown');
    await scrollToEnd(table);
    await expect(status).toContainText(lang === 'zh-CN' ? '已显示 300' : '300 shown');
    await page.getByTestId('audit-table-more').focus();
    await page.keyboard.press('Enter');
    await expect(status).toContainText(lang === 'zh-CN' ? '已显示 400' : '400 shown');
    expect(await table.locator('.ant-table-row').count()).toBeLessThan(40);
    // Rows are rows to a screen reader, under the table's name.
    await expect(page.getByRole('table', { name: lang === 'zh-CN' ? '审计日志' : 'Audit log' }).getByRole('row').nth(1)).toBeVisible();
    await page.screenshot({ path: artifact(`long-lists-audit-${lang}.png`) });

    // A filter starts again from the top, newest first.
    await page.getByTestId('audit-text').fill('访客2999');
    await page.getByTestId('audit-text').press('Enter');
    await expect(status).toContainText(lang === 'zh-CN' ? '共 1 条' : 'Total: 1');
    await expect(table.locator('.ant-table-row')).toHaveCount(1);
    await expect(page.getByTestId('audit-table-more')).toHaveCount(0);
  });
}

test('a word found only in the oldest of 45 000 entries: main searches a window at a time, the screen goes on until the end and shows the one', async ({ page, desk }) => {
  test.setTimeout(120_000);
  seedLog(desk.dataDir, 45_000, '稀客');
  await page.goto(desk.url);
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('tab-audit').click();
  const table = page.getByTestId('audit-table');
  const status = page.getByTestId('audit-table-status');
  await expect(status).toContainText('已显示 100', { timeout: 30_000 });
  await page.getByTestId('audit-text').fill('稀客');
  await page.getByTestId('audit-text').press('Enter');
  await expect(status).toContainText('共 1 条');
  await expect(table.locator('.ant-table-row')).toHaveCount(1);
  await expect(table.locator('.ant-table-row')).toContainText('稀客');
  await expect(page.getByTestId('audit-table-more')).toHaveCount(0);
  await expect(page.getByTestId('audit-searching')).toHaveCount(0);
});
