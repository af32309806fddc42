import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, expect, test } from './web-shell-fixture';
import { pageHolds, residentId } from './ui-helpers';

/**
 * The session screens end to end through the web shell: first-run setup,
 * sign-in, lock and unlock, roles and what each one sees, revealing an ID
 * number, and the audit log that records all of it.
 */

/** The wizard, as an administrator meets it on a new PC. */
async function firstRunSetup(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByTestId('setup-site-name').fill('总部大楼一层前台');
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-admin-login').fill(ADMIN.login);
  await page.getByTestId('setup-admin-name').fill(ADMIN.name);
  await page.getByTestId('setup-admin-password').fill(ADMIN.password);
  await page.getByTestId('setup-admin-password2').fill(ADMIN.password);
  await page.getByTestId('setup-next').click();
  const shown = page.getByTestId('setup-recovery-passphrase');
  await expect(shown).not.toBeEmpty();
  const passphrase = (await shown.textContent())!.trim();
  await page.getByTestId('setup-recovery-confirm').fill(passphrase);
  await page.getByTestId('setup-finish').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  return passphrase;
}

async function signIn(page: Page, login: string, password: string) {
  await page.getByTestId('signin-login').fill(login);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-password').press('Enter');
}

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await expect(page.getByTestId('signin-login')).toBeVisible();
}

async function createUser(page: Page, user: { login: string; name: string; role: string; password: string }) {
  await page.getByTestId('user-create').click();
  await page.getByTestId('user-form-login').fill(user.login);
  await page.getByTestId('user-form-name').fill(user.name);
  await page.getByTestId('user-form-department').fill('行政部');
  await page.getByTestId('user-form-roles').click();
  await page.locator('.ant-select-item-option', { hasText: user.role }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('user-form-password').fill(user.password);
  await page.getByTestId('user-form-submit').click();
  await expect(page.getByTestId('users-table').locator('.ant-table-row', { hasText: user.login })).toBeVisible();
}

/** First sign-in with a password an administrator set: the change dialog comes first and cannot be skipped. */
async function firstSignIn(page: Page, login: string, first: string, next: string) {
  await signIn(page, login, first);
  await expect(page.getByTestId('checkin-form')).toHaveCount(0);
  await page.getByTestId('change-password-current').fill(first);
  await page.getByTestId('change-password-next').fill(next);
  await page.getByTestId('change-password-next2').fill(next);
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('change-password-current')).toHaveCount(0);
}

/** The header's items, each as `item` or `item:label` when its label is not the item's own. */
async function navItems(page: Page): Promise<string[]> {
  const items: string[] = [];
  for (const name of ['desk', 'plans', 'clients', 'admin']) {
    const item = page.getByTestId(`nav-${name}`);
    if ((await item.count()) > 0) items.push(name === 'admin' ? `admin:${await item.textContent()}` : name);
  }
  return items;
}

test('first run, sign-in, lock and unlock (zh-CN)', async ({ page, freshDesk }) => {
  await firstRunSetup(page, freshDesk.url);
  await expect(page.getByTestId('user-menu')).toContainText(ADMIN.name);

  await signOut(page);
  await signIn(page, ADMIN.login, 'not-the-password1');
  await expect(page.getByTestId('signin-error')).toHaveText('账号或密码不正确');
  await signIn(page, ADMIN.login, ADMIN.password);
  await expect(page.getByTestId('checkin-form')).toBeVisible();

  // A half-typed form goes with the desk: nothing of it stays in the page while locked.
  await page.getByTestId('field-name').fill('半填的访客');
  expect(await pageHolds(page, '半填的访客')).toBe(true);
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('lock-screen')).toContainText(ADMIN.name);
  await expect(page.getByTestId('checkin-form')).toHaveCount(0);
  expect(await pageHolds(page, '半填的访客')).toBe(false);

  await page.getByTestId('unlock-password').fill('wrong-password1');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toBeVisible();
  await page.getByTestId('unlock-password').fill(ADMIN.password);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('checkin-form')).toBeVisible();
  await expect(page.getByTestId('field-name')).toHaveValue('');

  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
});

test('each role sees only its screens (en)', async ({ page, desk }) => {
  await page.goto(desk.url);
  await page.getByTestId('lang-switch').getByText('English').click();
  await page.getByTestId('nav-admin').click();
  await expect(page.getByTestId('permission-table')).toContainText('Reveal full ID numbers');
  const people = [
    { login: 'lina', name: 'Li Na', role: 'Receptionist', password: 'Welcome123' },
    { login: 'chen', name: 'Chen Jing', role: 'Manager', password: 'Welcome123' },
    { login: 'sun', name: 'Sun Li', role: 'Auditor', password: 'Welcome123' },
  ];
  for (const person of people) await createUser(page, person);

  // The same login twice is refused with a readable reason.
  await page.getByTestId('user-create').click();
  await page.getByTestId('user-form-login').fill('LINA');
  await page.getByTestId('user-form-name').fill('Someone');
  await page.getByTestId('user-form-roles').click();
  await page.locator('.ant-select-item-option', { hasText: 'Coordinator' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('user-form-password').fill('Welcome123');
  await page.getByTestId('user-form-submit').click();
  await expect(page.locator('.ant-modal')).toContainText('That login already exists');
  await page.locator('.ant-modal').getByRole('button', { name: 'Cancel' }).click();
  // What was typed is not thrown away unasked.
  await expect(page.locator('.ant-modal-confirm')).toContainText('Discard unsaved changes?');
  await page.getByTestId('discard-confirm').click();
  await expect(page.locator('.ant-modal')).toHaveCount(0);

  const expected: Record<string, { nav: string[]; settings: number; form: number }> = {
    lina: { nav: ['desk', 'plans', 'clients'], settings: 0, form: 1 },
    // One administration screen is named after itself.
    chen: { nav: ['desk', 'plans', 'clients', 'admin:Audit'], settings: 1, form: 1 },
    sun: { nav: ['desk', 'plans', 'clients', 'admin:Audit'], settings: 0, form: 0 },
  };
  for (const person of people) {
    await signOut(page);
    await firstSignIn(page, person.login, person.password, `${person.login}Own2025`);
    await page.getByTestId('nav-desk').click();
    await expect(page.getByTestId('onsite-table')).toBeVisible();
    expect(await navItems(page)).toEqual(expected[person.login]!.nav);
    await expect(page.getByTestId('settings-button')).toHaveCount(expected[person.login]!.settings);
    await expect(page.getByTestId('checkin-form')).toHaveCount(expected[person.login]!.form);
  }
  // An old link to a screen this role may not open lands on the desk.
  await page.goto(`${desk.origin}/#/users`);
  await expect(page.getByTestId('users-table')).toHaveCount(0);
  await expect(page.getByTestId('onsite-table')).toBeVisible();
});

test('reveal an ID with a reason; the audit log records it and stays intact (zh-CN)', async ({ page, desk }) => {
  await page.goto(desk.url);
  const id = residentId('11010519900307123');
  await page.getByTestId('field-name').fill('张伟');
  await page.getByTestId('field-id-number').fill(id);
  await page.getByTestId('field-host').fill('李娜');
  await page.getByTestId('field-privacy').check();
  await page.getByTestId('checkin-submit').click();
  const row = page.getByTestId('onsite-table').locator('tr', { hasText: '张伟' });
  await expect(row).toBeVisible();
  const badgeNo = /V\d{6}[A-Z]{3}\d{4,}/.exec((await row.textContent()) ?? '')![0];
  await expect(page.locator('body')).not.toContainText(id);

  await page.getByTestId(`reveal-${badgeNo}`).click();
  await page.getByTestId('reveal-submit').click();
  await expect(page.locator('.ant-modal')).toContainText('请填写查看原因');
  await page.getByTestId('reveal-reason').fill('核对身份');
  await page.getByTestId('reveal-submit').click();
  await expect(page.getByTestId(`revealed-${badgeNo}`)).toHaveText(id);

  // Leaving the desk hides it at once.
  await page.getByTestId('nav-admin').click();
  await page.getByTestId('tab-audit').click();
  await expect(page.locator('body')).not.toContainText(id);
  const table = page.getByTestId('audit-table');
  await expect(table).toContainText('查看完整证件号');
  await expect(table).toContainText('核对身份');
  await expect(table).toContainText('登记入场');

  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('日志完整');

  // The export reaches the user as a browser download (Electron: a save dialog), and the toast says so.
  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export-csv').click();
  const fileName = (await download).suggestedFilename();
  expect(fileName).toMatch(/^audit-\d{8}\d{6}\.csv$/);
  expect(readFileSync((await (await download).path())!)).toEqual(readFileSync(join(desk.dataDir, 'exports', fileName)));
  await expect(page.locator('.ant-message').getByText(`审计日志（`)).toContainText(`已下载到浏览器的“下载”文件夹：${fileName}`);

  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId(`reveal-${badgeNo}`)).toBeVisible();
  await expect(page.getByTestId(`revealed-${badgeNo}`)).toHaveCount(0);
});
