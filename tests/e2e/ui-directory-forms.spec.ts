import type { Page } from '@playwright/test';
import { expect, test } from './web-shell-fixture';
import { artifact, pickOption, residentId } from './ui-helpers';

/**
 * Issue 9, items 6 and 8: a walk-in registered at the desk is a person in the
 * directory (found under 客户 by name and initials, corrected with a note over
 * two lines, merged with a duplicate), and forms respect what was typed
 * (abandoning asks first, too long says so, a headcount typed as text is an
 * error, a landline with extension is kept).
 */

async function registerWalkIn(page: Page, v: { name: string; company: string; phone: string; idNumber: string }) {
  await page.getByTestId('field-name').fill(v.name);
  await page.getByTestId('field-company').fill(v.company);
  await page.getByTestId('field-phone').fill(v.phone);
  await page.getByTestId('field-id-number').fill(v.idNumber);
  await page.getByTestId('field-host').fill('李娜');
  await page.getByTestId('field-purpose').fill('商务洽谈');
  await page.keyboard.press('Tab'); // leave the purpose suggestions
  await page.getByTestId('field-privacy').check();
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('onsite-table')).toContainText(v.name);
}

test('a walk-in from the desk is found under 客户 by name and initials, corrected and merged (zh-CN)', async ({ page, desk }) => {
  const id = residentId('44030519920815002');
  await page.goto(desk.url);
  await registerWalkIn(page, { name: '欧阳娜娜', company: '星辰科技', phone: '139 1234 5678', idNumber: id });
  // A second record of the same person, typed earlier by someone else.
  const dup = await desk.api<{ id: string }>('people.create', { name: '欧阳娜娜', company: '星辰科技有限公司', title: '市场总监', confirmNew: true });
  expect(dup.ok).toBe(true);
  // Someone else, so the searches have something to leave out.
  await desk.api('people.create', { name: '李雷', phone: '13700137000' });

  await page.getByTestId('nav-clients').click();
  await page.getByRole('tab', { name: '人员' }).click();
  const table = page.getByTestId('people-table');
  await expect(table).toContainText('李雷');
  await expect(table.locator('.ant-table-row')).toHaveCount(3);
  await expect(table).toContainText('共 3 人');

  // By name characters, by initials, by phone as written on a card.
  const search = page.getByTestId('people-search');
  await search.fill('娜娜');
  await expect(table.locator('.ant-table-row')).toHaveCount(2);
  await expect(table).not.toContainText('李雷');
  await search.fill('oynn');
  await expect(table.locator('.ant-table-row')).toHaveCount(2);
  await search.fill('139-1234-5678');
  await expect(table.locator('.ant-table-row')).toHaveCount(1);
  const walkIn = table.locator('.ant-table-row').first();
  await expect(walkIn).toContainText('散客');
  await expect(walkIn).toContainText('星辰科技');
  await expect(walkIn).toContainText(`440***********${id.slice(-4)}`);
  await expect(page.locator('body')).not.toContainText(id);
  await page.screenshot({ path: artifact('directory-people-zh-CN.png') });

  // Corrected: a title and a note over two lines (Enter in the note is a line break, not a save).
  await walkIn.getByTestId('people-edit').click();
  await expect(page.getByTestId('person-form-name')).toHaveValue('欧阳娜娜');
  await page.getByTestId('person-form-title').fill('市场经理');
  const notes = page.getByTestId('person-form-notes');
  await notes.click();
  await page.keyboard.type('第一次来访');
  await page.keyboard.press('Enter');
  await page.keyboard.type('喜欢靠窗的会议室');
  await expect(page.locator('.ant-modal')).toBeVisible();
  await page.getByTestId('person-form-submit').click();
  await expect(page.locator('.ant-message')).toContainText('已保存 欧阳娜娜 的资料');
  await expect(walkIn).toContainText('市场经理');
  const walkInId = (await desk.api<{ items: { id: string }[] }>('people.list', { query: '13912345678' })).value.items[0]!.id;
  const saved = await desk.api<{ notes: string; title: string }>('people.get', { id: walkInId });
  expect(saved.value).toMatchObject({ title: '市场经理', notes: '第一次来访\n喜欢靠窗的会议室' });

  // Merged with the duplicate, found in the merge dialog by initials.
  await walkIn.getByTestId('people-merge').click();
  await page.getByTestId('merge-pick').click();
  await page.keyboard.type('oynn');
  await pickOption(page, '星辰科技有限公司');
  await expect(page.getByTestId('merge-compare')).toContainText('市场总监');
  await page.getByTestId('merge-submit').click();
  await expect(page.locator('.ant-message')).toContainText('已合并');
  await search.fill('oynn');
  await expect(table.locator('.ant-table-row')).toHaveCount(1);
  const merged = await desk.api<{ items: unknown[] }>('people.list', { query: '欧阳娜娜' });
  expect(merged.value.items).toHaveLength(1);
  expect((await desk.api('people.get', { id: dup.value.id })).ok).toBe(false);

  // The same tab in English.
  await page.getByTestId('lang-switch').getByText('English').click();
  await search.fill('');
  await expect(page.getByRole('tab', { name: 'People' })).toBeVisible();
  await expect(table).toContainText('2 people');
  await expect(table).toContainText('Walk-in');
  await page.screenshot({ path: artifact('directory-people-en.png') });
});

test('forms respect what was typed: leaving asks, too long says so, text is not a headcount (zh-CN)', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByTestId('nav-clients').click();

  // Nothing typed: Esc just closes.
  await page.getByTestId('client-create').click();
  await expect(page.getByTestId('client-form-name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-modal')).toHaveCount(0);

  // Half-typed: Esc asks, and keeping on loses nothing.
  await page.getByTestId('client-create').click();
  await page.getByTestId('client-form-name').fill('深圳前海数据服务有限公司');
  await page.keyboard.press('Escape');
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText('放弃未保存的修改？');
  await expect(page.getByTestId('discard-keep-editing')).toBeFocused();
  await page.getByTestId('discard-keep-editing').click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('client-form-name')).toHaveValue('深圳前海数据服务有限公司');
  // A click outside asks too; this time the answer is discard.
  await page.mouse.click(20, 700);
  await expect(confirm).toContainText('放弃未保存的修改？');
  await page.getByTestId('discard-confirm').click();
  await expect(page.locator('.ant-modal')).toHaveCount(0);
  const clients = await desk.api<{ items: unknown[] }>('clients.list', {});
  expect(clients.value.items).toHaveLength(0);

  // Too long: the whole paste stays in the box, the count shows it, and saving says by how much.
  await page.getByTestId('client-create').click();
  const long = '华'.repeat(120);
  await page.getByTestId('client-form-name').fill(long);
  await expect(page.getByTestId('client-form-name')).toHaveValue(long);
  const nameItem = page.locator('.ant-form-item', { has: page.getByTestId('client-form-name') });
  await expect(nameItem).toContainText('120 / 100');
  await page.getByTestId('client-form-submit').click();
  await expect(nameItem.locator('.ant-form-item-explain-error')).toHaveText('最多 100 个字，现在有 120 个字');
  // A background over several lines, typed with Enter, is kept as typed.
  await page.getByTestId('client-form-name').fill('深圳前海数据服务有限公司');
  await page.getByTestId('client-form-background').click();
  await page.keyboard.type('2019 年起合作');
  await page.keyboard.press('Enter');
  await page.keyboard.type('年度框架协议');
  await page.getByTestId('client-form-submit').click();
  await expect(page.locator('.ant-modal')).toHaveCount(0);
  const made = await desk.api<{ items: { id: string }[] }>('clients.list', {});
  const client = await desk.api<{ background: string }>('clients.get', { id: made.value.items[0]!.id });
  expect(client.value.background).toBe('2019 年起合作\n年度框架协议');

  // A landline with area code and extension, as printed on a card, is kept in its canonical form.
  await page.getByTestId('person-create').click();
  await page.getByTestId('person-form-name').fill('陈静');
  await page.getByTestId('person-form-phone').fill('0755-8888 8888 转 123');
  await page.getByTestId('person-form-submit').click();
  await expect(page.locator('.ant-message')).toContainText('已添加联系人 陈静');
  const person = await desk.api<{ items: { phone: string }[] }>('people.list', { query: '陈静' });
  expect(person.value.items[0]!.phone).toBe('0755-88888888-123');

  // A headcount typed as text is an error, not 1; nothing is created.
  await page.getByTestId('nav-plans').click();
  await page.getByTestId('plans-create').click();
  await page.getByTestId('plan-form-title').fill('前海数据来访');
  const headcount = page.getByTestId('plan-form-headcount');
  await headcount.fill('三人');
  await headcount.press('Enter');
  const headcountItem = page.locator('.ant-form-item', { has: headcount });
  await expect(headcountItem.locator('.ant-form-item-explain-error')).toHaveText('请输入整数');
  await expect(headcount).toHaveValue('三人');
  await headcount.fill('');
  await headcount.press('Enter');
  // The old message fades out as the new one comes in: wait for the new one.
  await expect(headcountItem.locator('.ant-form-item-explain-error', { hasText: '必填' })).toBeVisible();
  const plans = await desk.api<{ total: number }>('plans.list', {});
  expect(plans.value.total).toBe(0);
  await headcount.fill('３');
  await page.screenshot({ path: artifact('forms-headcount-zh-CN.png') });
  await headcount.press('Enter');
  await expect(page).toHaveURL(/#\/plans\/[0-9a-f-]{36}$/);
  const id = decodeURIComponent(page.url().split('/').pop()!);
  const plan = await desk.api<{ expectedHeadcount: number }>('plans.get', { id });
  expect(plan.value.expectedHeadcount).toBe(3);
});
