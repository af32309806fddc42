import type { Locator, Page } from '@playwright/test';
import { artifact, residentId } from './ui-helpers';
import { ADMIN, expect, test } from './web-shell-fixture';

/**
 * The next visitor starts at once: after sign-in and after each registration
 * the cursor is in the check-in form's name field, the success message names
 * the visitor and their badge, and it never covers the scan bar's label.
 */

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

async function signInFresh(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-signout').click();
  await page.getByTestId('signin-login').fill(ADMIN.login);
  await page.getByTestId('signin-password').fill(ADMIN.password);
  await page.getByTestId('signin-password').press('Enter');
}

/** Types a walk-in as a receptionist would, straight into wherever the cursor is, and registers with Ctrl+Enter. */
async function typeVisitor(page: Page, name: string, idNumber: string) {
  await page.keyboard.type(name);
  await page.getByTestId('field-id-number').fill(idNumber);
  await page.getByTestId('field-host').fill('李娜');
  await page.getByTestId('field-privacy').check();
  await page.keyboard.press('Control+Enter');
}

async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [ra, rb] = [await a.boundingBox({ timeout: 2000 }), await b.boundingBox({ timeout: 2000 })];
  if (!ra || !rb) throw new Error('not shown');
  return ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height;
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`sign in, register two walk-ins without touching the mouse between them (${lang})`, async ({ page, desk }) => {
    if (lang === 'en') await desk.api('session.setLocale', { locale: 'en' });
    await signInFresh(page, desk.url);
    await expect(page.getByTestId('checkin-form')).toBeVisible();
    await expect.poll(() => activeId(page)).toBe('checkin_name');

    const names = ['欧阳娜娜', 'Alexandra Catherine Whitmoreby'];
    for (const [i, name] of names.entries()) {
      await typeVisitor(page, name, residentId(`1101051990030712${i}`));
      const toast = page.getByTestId('checkin-success');
      await expect(toast).toContainText(name);
      // The message stays clear of the scan bar's label (and its input).
      const box = page.locator('.ant-message-notice', { has: toast });
      expect(await overlap(box, page.locator('#scan-label'))).toBe(false);
      expect(await overlap(box, page.locator('#scan-input'))).toBe(false);
      if (i === 1) await page.screenshot({ path: artifact(`desk-focus-${lang}.png`) });
      const badgeNo = /V\d{10,}/.exec((await toast.textContent()) ?? '')?.[0];
      expect(badgeNo, 'the toast gives the badge number').toBeTruthy();
      await expect(page.getByTestId('onsite-table')).toContainText(badgeNo!);
      // The badge printed after check-in says so in a message of the window's own: that one stays clear too.
      const printed = page.locator('.ant-message-notice', { hasText: `${badgeNo}-` });
      await expect(printed).toBeVisible();
      expect(await overlap(printed, page.locator('#scan-label'))).toBe(false);
      // Focus is back in the name field, the form empty, once the lists have refreshed too.
      await expect.poll(() => activeId(page)).toBe('checkin_name');
      await expect(page.getByTestId('field-name')).toHaveValue('');
    }
  });
}
