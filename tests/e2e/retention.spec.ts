import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfPageSizesMm, savedPdf } from './pdf-tools';
import { artifact } from './ui-helpers';
import { expect, setClockOffset, setUpDesk, startWebShell, stopWebShell, test, type WebShell } from './web-shell-fixture';

/*
 * Issue 15: a visitor who last came four years ago (the desk's clock moved
 * back while they checked in) is listed as expired; one manager asks for the
 * destruction, two others approve it from the Retention tab, and the
 * certificate prints on A4 in Chinese and English. Screens in both languages.
 */

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

async function call<T = { id: string }>(desk: WebShell, name: string, input: unknown): Promise<T> {
  const result = await desk.api<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** Signs out whoever is at the desk, then in as this user on their first password, which they change. */
async function signInFirstTime(page: Page, login: string) {
  if (await page.getByTestId('user-menu').isVisible()) {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-menu-signout').click();
  }
  await page.getByTestId('signin-login').fill(login);
  await page.getByTestId('signin-password').fill('Welcome123');
  await page.getByTestId('signin-password').press('Enter');
  await page.getByTestId('change-password-current').fill('Welcome123');
  await page.getByTestId('change-password-next').fill(`${login}-Own-2026`);
  await page.getByTestId('change-password-next2').fill(`${login}-Own-2026`);
  await page.getByTestId('change-password-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

async function openRetention(page: Page) {
  await page.evaluate(() => {
    window.location.hash = '#/retention';
  });
  await expect(page.getByTestId('retention-screen')).toBeVisible();
}

test('an expired visitor is destroyed after two managers approve, and the certificate prints', async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
  const clockFile = join(dataDir, '..', `clock-${Date.now()}`);
  setClockOffset(clockFile, -4 * YEAR_MS);
  const { shell: desk, child } = await startWebShell(dataDir, { clockFile });
  try {
    await setUpDesk(desk);
    const visit = await call<{ id: string; personId: string }>(desk, 'visits.checkIn', { name: '欧阳娜娜', company: '星辰科技', phone: '13712345678', idType: 'resident_id', host: '李娜', purpose: '商务洽谈', privacyAck: true });
    await call(desk, 'visits.checkOut', { visitId: visit.id });
    for (const login of ['mgra', 'mgrb', 'mgrc']) {
      await call(desk, 'users.create', { login, name: `${login.slice(3).toUpperCase()} 经理`, department: '行政', roles: ['manager'], password: 'Welcome123' });
    }
    await call(desk, 'session.signOut', {});
    setClockOffset(clockFile, 0);

    await page.goto(desk.url);
    await signInFirstTime(page, 'mgra');
    await openRetention(page);
    await page.getByTestId('expired-kind-person').click();
    const row = page.getByTestId('expired-row').filter({ hasText: '欧阳娜娜' });
    await expect(row).toBeVisible();
    await page.screenshot({ path: artifact('retention-expired-zh.png'), fullPage: true });
    await row.locator('input[type=checkbox]').check();
    await page.getByTestId('retention-request').click();
    await page.getByTestId('retention-reason').fill('个人信息保存期满，按规定销毁');
    await page.getByTestId('retention-request-submit').click();
    await expect(row.getByText(/已在申请 DS-/)).toBeVisible();
    await page.getByTestId('retention-tab-pending').click();
    const code = (await page.locator('[data-testid^="destruction-row-DS-"]').first().getAttribute('data-testid'))!.replace('destruction-row-', '');
    // The requester sees no Approve button on their own request.
    await expect(page.getByTestId(`retention-approve-${code}`)).toHaveCount(0);

    for (const manager of ['mgrb', 'mgrc']) {
      await signInFirstTime(page, manager);
      await openRetention(page);
      await page.getByTestId('retention-tab-pending').click();
      if (manager === 'mgrc') {
        await expect(page.getByTestId(`destruction-row-${code}`)).toContainText('B 经理');
        await page.screenshot({ path: artifact('retention-pending-zh.png'), fullPage: true });
      }
      await page.getByTestId(`retention-approve-${code}`).click();
      await page.getByTestId('retention-approve-ok').click();
      await expect(page.getByTestId(`retention-approve-${code}`)).toHaveCount(0);
    }
    await page.getByTestId('retention-tab-done').click();
    const done = page.getByTestId(`destruction-row-${code}`);
    await expect(done).toContainText('已销毁');
    await expect(done).toContainText('B 经理');
    await expect(done).toContainText('C 经理');
    await page.screenshot({ path: artifact('retention-done-zh.png'), fullPage: true });
    const person = await call<{ name: string }>(desk, 'people.get', { id: visit.personId }).catch(() => null);
    expect(person?.name ?? '已销毁').toBe('已销毁');

    await done.getByTestId('destruction-print').click();
    const zh = await savedPdf(desk, `destruction-${code}`);
    expect(pdfPageSizesMm(zh.path).every((p) => p.widthMm === 210 && p.heightMm === 297)).toBe(true);
    for (const words of ['销毁证明', code, '访客个人信息', '访客（最后来访', 'B经理', 'C经理', 'A经理', '个人信息保存期满', 'secure_delete']) expect(zh.text, words).toContain(words);
    expect(zh.text).not.toContain('欧阳娜娜');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', zh.path, artifact('retention-certificate-zh')]);

    const en = await call<{ fileName: string }>(desk, 'print.destruction', { id: (await call<{ items: { id: string; code: string }[] }>(desk, 'retention.list', {})).items.find((i) => i.code === code)!.id, locale: 'en', printerId: 'pdf' });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(dataDir, 'prints', en.fileName), artifact('retention-certificate-en')]);

    // The same screens in English.
    await page.getByTestId('lang-switch').locator('[lang="en"]').click();
    await expect(page.getByTestId('tab-retention')).toHaveText('Retention');
    await page.getByTestId('retention-tab-done').click();
    await expect(page.getByTestId(`destruction-row-${code}`)).toContainText('Destroyed');
    await page.screenshot({ path: artifact('retention-done-en.png'), fullPage: true });
    await page.getByTestId('retention-tab-rules').click();
    await expect(page.getByTestId('retention-rules')).toContainText("Years a visitor's personal data is kept");
    await page.screenshot({ path: artifact('retention-rules-en.png'), fullPage: true });
  } finally {
    expect(await stopWebShell(child)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(clockFile, { force: true });
  }
});


