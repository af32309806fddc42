import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain .mjs helper shared with the start script
import { electronBinary } from '../../scripts/electron-binary.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const binary = (electronBinary as () => string | null)();

/**
 * The Electron shell itself. It cannot run on machines where the Electron
 * binary could not be downloaded (node_modules/electron/path.txt missing);
 * there these tests skip, and the same renderer and core are covered through
 * the web shell in tests/e2e.
 */
test.skip(!binary, 'No Electron binary on this machine (node_modules/electron/path.txt is missing), so the Electron shell cannot start here.');

test('opens one hardened window and checks a visitor in', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [ROOT, '--data-dir', dataDir],
    env: { ...process.env, RECEPTION_KEY_PASSPHRASE: 'electron test passphrase' },
  });
  const window = await app.firstWindow();
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows();
    const p = win!.webContents.getLastWebPreferences()!;
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['app', 'print', 'settings', 'visitors', 'visits']);

  await window.getByTestId('field-name').locator('input').fill('张伟');
  await window.getByTestId('field-host').locator('input').fill('李娜');
  await window.getByTestId('field-privacy').check();
  await window.getByTestId('checkin-submit').click();
  await expect(window.getByTestId('onsite-table')).toContainText('张伟');

  // Navigation away from the app is refused.
  await window.evaluate(() => (window.location.href = 'https://example.com/'));
  await window.waitForTimeout(500);
  expect(window.url()).toMatch(/^file:/);
  await app.close();
});
