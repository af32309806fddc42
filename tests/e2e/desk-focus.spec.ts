import type { Page } from '@playwright/test';
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

/**
 * The text of the desk message that holds `text`, and whether it overlaps the
 * scan bar's label or input, read in one step in the page: a message lives
 * for seconds, and on a loaded machine separate reads may outlast it.
 */
function messageBeside(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const notice = [...document.querySelectorAll('.ant-message-notice')].find((n) => n.textContent?.includes(wanted));
    if (!notice) return null;
    const a = notice.getBoundingClientRect();
    const covers = (id: string) => {
      const b = document.getElementById(id)!.getBoundingClientRect();
      return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    };
    return { text: notice.textContent ?? '', coversScanBar: covers('scan-label') || covers('scan-input') };
  }, text);
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
      // The message names the visitor and their badge, and stays clear of the scan bar's label (and its input).
      let seen: Awaited<ReturnType<typeof messageBeside>> = null;
      await expect.poll(async () => (seen = await messageBeside(page, name))).toMatchObject({ text: expect.stringMatching(/V\d{6}[A-Z]{3}\d{4,}/), coversScanBar: false });
      if (i === 1) await page.screenshot({ path: artifact(`desk-focus-${lang}.png`) });
      const badgeNo = /V\d{6}[A-Z]{3}\d{4,}/.exec(seen!.text)?.[0];
      expect(badgeNo, 'the toast gives the badge number').toBeTruthy();
      await expect(page.getByTestId('onsite-table')).toContainText(badgeNo!);
      // The badge printed after check-in says so in a message of the window's own: that one stays clear too.
      await expect.poll(() => messageBeside(page, `${badgeNo}-`)).toMatchObject({ coversScanBar: false });
      // Focus is back in the name field, the form empty, once the lists have refreshed too.
      await expect.poll(() => activeId(page)).toBe('checkin_name');
      await expect(page.getByTestId('field-name')).toHaveValue('');
    }
  });
}
