import { expect, test } from './web-shell-fixture';
import { chooseOption, pickOption, residentId } from './ui-helpers';

/**
 * The client directory end to end through the web shell: a client made in
 * Chinese, found by its pinyin initials, a person added with a resident ID,
 * the duplicate warning for a second record with the same phone, and merging
 * the two back into one.
 */

test('clients: create, search by initials, add people, duplicate warning, merge (zh-CN)', async ({ page, desk }) => {
  const id = residentId('11010519850612301');
  // Another client, so the search has something to leave out.
  const other = await desk.api('clients.create', { name: '上海明远贸易有限公司', industry: '贸易', tier: 'normal', tags: ['华东'] });
  expect(other.ok).toBe(true);

  await page.goto(desk.url);
  await page.getByTestId('nav-clients').click();
  await expect(page).toHaveURL(/#\/clients$/);
  const table = page.getByTestId('clients-table');
  await expect(table).toContainText('上海明远贸易有限公司');

  // A VIP client, made through the form.
  await page.getByTestId('client-create').click();
  await page.getByTestId('client-form-name').fill('北京华兴科技有限公司');
  await page.getByTestId('client-form-industry').fill('信息技术');
  await page.getByTestId('client-form-tier').click();
  await pickOption(page, 'VIP');
  // A VIP is looked after by a user: the administrator signed in here.
  await chooseOption(page, page.getByTestId('client-form-manager-user'), '王管理');
  await page.getByTestId('client-form-tags').click();
  await page.keyboard.type('战略客户');
  await page.keyboard.press('Enter');
  await page.getByTestId('client-form-submit').click();
  await expect(page.locator('.ant-modal')).toHaveCount(0);
  const row = table.locator('.ant-table-row', { hasText: '北京华兴科技有限公司' });
  await expect(row).toContainText('VIP');
  await expect(row).toContainText('王管理');
  await expect(row).toContainText('战略客户');

  // Found by its pinyin initials (北京华兴 → bjhx), searched in main.
  await page.getByTestId('clients-search').fill('bjhx');
  await expect(table).not.toContainText('上海明远贸易有限公司');
  await expect(row).toBeVisible();
  // And by tier, once the cleared search shows every client again.
  await page.getByTestId('clients-search').fill('');
  await expect(table).toContainText('上海明远贸易有限公司');
  await page.getByTestId('clients-tier').click();
  await pickOption(page, 'VIP');
  await expect(table).not.toContainText('上海明远贸易有限公司');
  await expect(row).toBeVisible();

  // The detail, and a first person with a resident ID.
  await row.click();
  const detail = page.getByTestId('client-detail');
  await expect(detail).toContainText('信息技术');
  await page.getByTestId('client-person-create').click();
  await expect(page.getByTestId('person-form-client')).toContainText('北京华兴科技有限公司');
  await page.getByTestId('person-form-name').fill('张伟');
  await page.getByTestId('person-form-phone').fill('138 0013 8000');
  await page.getByTestId('person-form-id-number').fill(id);
  await page.getByTestId('person-form-submit').click();
  const people = page.getByTestId('client-people');
  await expect(people).toContainText('张伟');
  await expect(people).toContainText(`110***********${id.slice(-4)}`);
  await expect(page.locator('body')).not.toContainText(id);
  await expect(people.locator('tbody tr')).toHaveCount(1);

  // The same phone again: the possible match shows while typing, and saving asks first.
  await page.getByTestId('client-person-create').click();
  await page.getByTestId('person-form-name').fill('张玮');
  await page.getByTestId('person-form-phone').fill('13800138000');
  const matches = page.getByTestId('person-matches');
  await expect(matches).toContainText('张伟');
  await expect(matches).toContainText('电话相同');
  await expect(matches).toContainText(`110***********${id.slice(-4)}`);
  await page.getByTestId('person-form-submit').click();
  await expect(page.getByTestId('person-duplicate')).toContainText('张伟');
  await page.getByTestId('person-create-anyway').click();
  await expect(people.locator('tbody tr')).toHaveCount(2);
  await expect(row.getByTestId('client-people-count')).toHaveText('2');

  // Merge the second record into the first: the ID stays, the client shows one person.
  await people.locator('tr', { hasText: '张伟' }).getByTestId('person-merge').click();
  await page.getByTestId('merge-pick').click();
  await pickOption(page, '张玮');
  await expect(page.getByTestId('merge-compare')).toContainText('张玮');
  await page.getByTestId('merge-submit').click();
  await expect(page.locator('.ant-message')).toContainText('已合并');
  await expect(people.locator('tbody tr')).toHaveCount(1);
  await expect(people).toContainText('张伟');
  await expect(people).not.toContainText('张玮');
  await expect(row.getByTestId('client-people-count')).toHaveText('1');

  // The merge is on the record main keeps.
  const list = await desk.api<{ items: { name: string; peopleCount: number }[] }>('clients.list', { query: 'bjhx' });
  expect(list.value.items).toEqual([expect.objectContaining({ name: '北京华兴科技有限公司', peopleCount: 1 })]);

  // Edit: only the changed field is sent; the detail and the list show it.
  await page.getByTestId('client-detail-edit').click();
  await expect(page.getByTestId('client-form-name')).toHaveValue('北京华兴科技有限公司');
  // (The account manager's name comes from the chosen user, so its free-text field is locked.)
  await expect(page.getByTestId('client-form-manager')).toBeDisabled();
  await page.getByTestId('client-form-industry').fill('软件与信息服务');
  await page.getByTestId('client-form-submit').click();
  await expect(detail).toContainText('软件与信息服务');
  await expect(row).toContainText('软件与信息服务');

  // Archive: people still belong to it, so it asks again before archiving anyway.
  await page.getByTestId('client-detail-archive').click();
  await page.getByTestId('client-archive-confirm').click();
  await expect(page.getByText('北京华兴科技有限公司 名下还有 1 位联系人', { exact: false })).toBeVisible();
  await page.getByTestId('client-archive-anyway').click();
  await expect(detail).toBeHidden();
  await expect(table).not.toContainText('北京华兴科技有限公司');

  // A client with nobody is archived straight from the list.
  await chooseOption(page, page.getByTestId('clients-tier'), '全部级别');
  await expect(page.getByTestId('clients-tier')).toContainText('全部级别');
  const otherRow = table.locator('.ant-table-row', { hasText: '上海明远贸易有限公司' });
  await otherRow.getByTestId('client-archive').click();
  await page.getByTestId('client-archive-confirm').click();
  await expect(table).not.toContainText('上海明远贸易有限公司');
  await expect(table).toContainText('没有符合条件的客户');
});

test('clients: every header item fits at 1366 px in English', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(page.getByTestId('nav-desk')).toHaveText('Desk');
  // The menu does not collapse overflowing items: one that does not fit wraps out of the header, so check each one's box.
  const nav = (await page.locator('.app-nav').boundingBox())!;
  const status = (await page.locator('.app-header__status').boundingBox())!;
  for (const name of ['desk', 'plans', 'checklists', 'clients', 'admin']) {
    const item = page.getByTestId(`nav-${name}`);
    await expect(item).toBeVisible();
    const box = (await item.boundingBox())!;
    expect(box.y + box.height, name).toBeLessThanOrEqual(nav.y + nav.height);
    expect(box.x + box.width, name).toBeLessThanOrEqual(Math.min(nav.x + nav.width, status.x));
  }
  await page.getByTestId('nav-clients').click();
  await expect(page.getByTestId('clients-table')).toContainText('No clients match');
});
