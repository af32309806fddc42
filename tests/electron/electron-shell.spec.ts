import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contract } from '../../contract';
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
  });
  const win = await app.firstWindow();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // Sandboxed, isolated, no Node: the page sees window.api and nothing else of the main process.
  const exposed = await win.evaluate(() => {
    const api = (globalThis as unknown as { api: Record<string, object> }).api;
    return {
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipcRenderer: 'ipcRenderer' in globalThis,
      api: Object.fromEntries(Object.entries(api).map(([domain, verbs]) => [domain, Object.keys(verbs).sort()])),
    };
  });
  // Exactly the contract's domains and channels: the preload adds nothing and leaves nothing out.
  const expectedApi = Object.fromEntries(Object.entries(contract).map(([domain, verbs]) => [domain, Object.keys(verbs).sort()]));
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: false, api: expectedApi });

  // First run: the setup wizard, then the desk as the first administrator.
  await win.getByTestId('setup-site-name').fill('总部前台');
  await win.getByTestId('setup-next').click();
  await win.getByTestId('setup-admin-login').fill('admin');
  await win.getByTestId('setup-admin-name').fill('王管理');
  await win.getByTestId('setup-admin-password').fill('Admin-pass-1');
  await win.getByTestId('setup-admin-password2').fill('Admin-pass-1');
  await win.getByTestId('setup-next').click();
  const recovery = (await win.getByTestId('setup-recovery-passphrase').textContent())!.trim();
  await win.getByTestId('setup-recovery-confirm').fill(recovery);
  await win.getByTestId('setup-finish').click();

  await win.getByTestId('field-name').fill('张伟');
  await win.getByTestId('field-host').fill('李娜');
  await win.getByTestId('field-privacy').check();
  await win.getByTestId('checkin-submit').click();
  await expect(win.getByTestId('onsite-table')).toContainText('张伟');

  // Navigation away from the app is refused: main sees the attempt, and the page stays ours.
  const attempt = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<string>((done) => BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (_event, url) => done(url))),
  );
  await win.evaluate(() => (globalThis.location.href = 'https://example.com/'));
  expect(await attempt).toBe('https://example.com/');
  expect(await win.evaluate(() => globalThis.location.protocol)).toBe('file:');
  // A new window is refused on the spot: window.open answers null when the open handler denies.
  expect(await win.evaluate(() => globalThis.open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
  // Permission requests are denied.
  const camera = await win.evaluate(() => navigator.mediaDevices?.getUserMedia({ video: true }).then(() => 'granted', (e: Error) => e.name));
  expect(camera).not.toBe('granted');
  await app.close();
});

test("reopens at this PC's last window size, from its electron-store file", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-electron-'));
  const first = await electron.launch({ executablePath: binary!, args: [ROOT, '--data-dir', dataDir] });
  await first.firstWindow();
  await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 30, width: 1300, height: 760 }));
  await first.close();
  const stored = JSON.parse(readFileSync(join(dataDir, 'pc-settings.json'), 'utf8')) as { window: { width: number; height: number } };
  expect(stored.window).toMatchObject({ width: 1300, height: 760 });
  const again = await electron.launch({ executablePath: binary!, args: [ROOT, '--data-dir', dataDir] });
  await again.firstWindow();
  expect(await again.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())).toMatchObject({ width: 1300, height: 760 });
  await again.close();
});
