import type { Page } from '@playwright/test';
import { expect, test, type WebShell } from './web-shell-fixture';
import { artifact, residentId } from './ui-helpers';

const ID = residentId('11010519900307123');
const MASK = `110***********${ID.slice(-4)}`;

/** 张伟 of 华为 came earlier today with his ID card, and left. */
async function earlierVisit(desk: WebShell): Promise<string> {
  const first = await desk.api<{ id: string; personId: string }>('visits.checkIn', {
    name: '张伟',
    company: '华为技术有限公司',
    phone: '13800138000',
    idType: 'resident_id',
    idNumber: ID,
    host: '李娜',
    purpose: '商务洽谈',
    privacyAck: true,
  });
  expect(first.ok).toBe(true);
  expect((await desk.api('visits.checkOut', { visitId: first.value.id })).ok).toBe(true);
  return first.value.personId;
}

/** The same ID card, typed with another name, company and phone. */
async function typeChanged(page: Page) {
  await page.getByTestId('field-name').fill('张卫');
  await page.getByTestId('field-company').fill('腾讯科技');
  await page.getByTestId('field-phone').fill('139 0013 9000');
  await page.getByTestId('field-id-number').fill(ID);
  await page.getByTestId('field-host').fill('王芳');
  await page.getByTestId('field-privacy').check();
  await page.keyboard.press('Control+Enter');
}

async function person(desk: WebShell, id: string) {
  return (await desk.api<{ name: string; company: string; phone: string }>('people.get', { id })).value;
}

test('the conflict dialog in zh-CN: stop keeps the typing, Enter uses the record on file', async ({ page, desk }) => {
  const personId = await earlierVisit(desk);
  await page.goto(desk.url);
  await typeChanged(page);

  const dialog = page.getByTestId('identity-conflict');
  await expect(dialog).toBeVisible();
  await expect(page.locator('.ant-modal-title')).toHaveText('与在册记录不一致');
  for (const field of ['name', 'company', 'phone']) await expect(dialog.getByTestId(`identity-row-${field}`)).toHaveAttribute('data-differs', 'true');
  await expect(dialog.getByTestId('identity-row-idNumber')).toHaveAttribute('data-differs', 'false');
  await expect(dialog.getByTestId('identity-row-name')).toContainText('张伟');
  await expect(dialog.getByTestId('identity-row-name')).toContainText('张卫');
  await expect(dialog.getByTestId('identity-row-phone')).toContainText('13900139000');
  await expect(dialog.getByTestId('identity-row-idNumber')).toContainText(MASK);
  await expect(page.locator('body')).not.toContainText(ID);
  await expect(page.getByTestId('identity-use-on-file')).toBeFocused();
  await page.screenshot({ path: artifact('identity-conflict-zh-CN.png'), animations: 'disabled' });

  // Esc stops: nothing is sent, the form keeps what was typed.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('field-name')).toHaveValue('张卫');
  await expect(page.getByTestId('field-name')).toBeFocused();
  await expect(page.getByTestId('field-company')).toHaveValue('腾讯科技');
  await expect(page.getByTestId('onsite-count')).toHaveText('0');

  // Again, and Enter takes the default: the record on file, unchanged.
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('identity-use-on-file')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const onSite = page.getByTestId('onsite-table');
  await expect(onSite).toContainText('张伟');
  await expect(onSite).toContainText('华为技术有限公司');
  await expect(page.getByTestId('onsite-count')).toHaveText('1');
  expect(await person(desk, personId)).toMatchObject({ name: '张伟', company: '华为技术有限公司', phone: '13800138000' });
});

test('the conflict dialog in zh-CN: updating the record needs a reason, and the earlier visit keeps who came', async ({ page, desk }) => {
  const personId = await earlierVisit(desk);
  await page.goto(desk.url);
  await typeChanged(page);
  // A busy PC: the dialog's opening animation is still running when "update" is clicked (it once took the focus back).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await expect(page.getByTestId('identity-conflict')).toBeVisible();

  await page.getByTestId('identity-update').click();
  await expect(page.getByTestId('identity-reason')).toBeFocused();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-modal .ant-form-item-explain-error')).toHaveText('请填写更新原因（至少 2 个字）');
  await page.screenshot({ path: artifact('identity-conflict-update-zh-CN.png'), animations: 'disabled' });
  await page.getByTestId('identity-reason').fill('本人改名，出示新名片');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('identity-conflict')).toBeHidden();
  await expect(page.getByTestId('onsite-table')).toContainText('张卫');
  expect(await person(desk, personId)).toMatchObject({ name: '张卫', company: '腾讯科技', phone: '13900139000' });

  // Today's list: the earlier visit still shows 张伟 of 华为, the new one 张卫 of 腾讯.
  await page.getByTestId('today-tab').click();
  const today = page.getByTestId('today-table');
  await expect(today.locator('tr', { hasText: '张伟' })).toContainText('华为技术有限公司');
  await expect(today.locator('tr', { hasText: '张卫' })).toContainText('腾讯科技');
});

test('the conflict dialog in English, stopped with its button', async ({ page, desk }) => {
  await earlierVisit(desk);
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(page.getByTestId('checkin-submit')).toContainText(/register/i);
  await typeChanged(page);
  await expect(page.locator('.ant-modal-title')).toHaveText('Details differ from the record on file');
  await expect(page.getByTestId('identity-use-on-file')).toContainText('Use the record on file');
  await page.getByTestId('identity-update').click();
  await expect(page.getByTestId('identity-reason')).toBeFocused();
  await page.screenshot({ path: artifact('identity-conflict-en.png'), animations: 'disabled' });
  await page.getByTestId('identity-stop').click();
  await expect(page.getByTestId('identity-conflict')).toBeHidden();
  await expect(page.getByTestId('field-name')).toHaveValue('张卫');
  await expect(page.getByTestId('onsite-count')).toHaveText('0');
});
