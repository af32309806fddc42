import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifact } from './ui-helpers';
import { ADMIN, expect, setUpDesk, startWebShell, stopWebShell, test } from './web-shell-fixture';

/**
 * This PC's settings live in pc-settings.json in the data folder (the web
 * shell's stand-in for electron-store): the settings screen saves the printer
 * and its calibration there, and after a start that found the file unreadable
 * it says what was reset, in both languages.
 */

test('printing settings are saved on this PC; an unreadable file is kept aside and the screen says so', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-pc-'));
  const file = join(dataDir, 'pc-settings.json');
  try {
    let { shell, child } = await startWebShell(dataDir);
    const recovery = await setUpDesk(shell);
    await page.goto(shell.url);
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('settings-this-pc')).toBeVisible();
    await expect(page.getByTestId('settings-repaired')).toHaveCount(0);
    await page.getByTestId('settings-auto-print').click();
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-form')).toBeHidden();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ autoPrintBadge: false, printerId: 'pdf' });
    expect(await stopWebShell(child)).toBe(0);

    writeFileSync(file, '{"autoPrintBadge": fal');
    ({ shell, child } = await startWebShell(dataDir));
    expect(await shell.api('session.unseal', { passphrase: recovery })).toMatchObject({ ok: true });
    expect(await shell.api('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ ok: true });
    expect(readdirSync(dataDir).filter((f) => f.startsWith('pc-settings.json.corrupt-'))).toHaveLength(1);
    expect(await shell.api('settings.get', {})).toMatchObject({ ok: true, value: { autoPrintBadge: true, repairs: [{ place: 'pc', field: '*' }] } });

    await page.goto(shell.url);
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('settings-repaired')).toContainText('部分设置无法读取，已恢复为默认值');
    await expect(page.getByTestId('settings-repaired')).toContainText('全部设置（无法读取）');
    await expect(page.getByTestId('settings-this-pc')).toContainText('只保存在这台电脑上');
    await page.screenshot({ path: artifact('pc-settings-zh.png') });
    await page.getByTestId('settings-this-pc').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('pc-settings-printing-zh.png') });

    await shell.api('session.setLocale', { locale: 'en' });
    await page.reload();
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('settings-repaired')).toContainText('Some settings could not be read and were reset to their defaults');
    await expect(page.getByTestId('settings-repaired')).toContainText('All settings (unreadable)');
    await expect(page.getByTestId('settings-this-pc')).toContainText('kept on this computer only');
    await page.screenshot({ path: artifact('pc-settings-en.png') });
    await page.getByTestId('settings-this-pc').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('pc-settings-printing-en.png') });
    expect(await stopWebShell(child)).toBe(0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
