import { app, BrowserWindow, dialog, ipcMain, Menu, type IpcMainInvokeEvent } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Result } from '../../../contract/result';
import { createCore, type Core, startupFailureText, DataKeyStore } from '../../app';
import { containedCall } from '../contained-call';
import { ElectronPrintEngine } from './electron-print-engine';
import { hardenApp } from './hardening';
import { isAppUrl } from './link-policy';
import { osKeychainAvailable, safeStorageKeychain } from './safe-storage-vault';
import { saveDialogHandOver } from './save-dialog-hand-over';

const appRoot = app.getAppPath();
const rendererIndex = join(appRoot, 'out', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;
const preload = join(appRoot, 'out', 'preload', 'index.cjs');
let mainWindow: BrowserWindow | undefined;

function dataDir(): string {
  const { values } = parseArgs({ args: process.argv.slice(1), options: { 'data-dir': { type: 'string' } }, strict: false });
  const fromArgs = values['data-dir'];
  return typeof fromArgs === 'string' ? fromArgs : (process.env.RECEPTION_DATA_DIR ?? app.getPath('userData'));
}

/** Wrapped by the OS keychain where there is one; otherwise the desk starts sealed and asks for the recovery passphrase. */
function keyStore(dir: string): DataKeyStore {
  return new DataKeyStore(join(dir, 'data-key.json'), osKeychainAvailable() ? safeStorageKeychain : null);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1280,
    minHeight: 720,
    show: false,
    title: '接待台 Reception Desk',
    webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

/** Only our own page, in our own window, may call the core; a throw anywhere is that call's INTERNAL, never the app's. */
function serveIpc(core: Core): void {
  const handle = containedCall(
    (event: IpcMainInvokeEvent, name: unknown, input: unknown): Promise<Result<unknown>> | Result<unknown> => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl, rendererIndexUrl)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are accepted from the app window only.' } };
      }
      return core.dispatch(name, input);
    },
    (what, err) => console.error(`[ipc] ${what}:`, err),
  );
  ipcMain.handle('api', handle);
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  hardenApp(rendererIndexUrl);
  Menu.setApplicationMenu(null);
  const dir = dataDir();
  const version = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const core = await createCore({
    dataDir: dir,
    appRoot,
    appVersion: version,
    shell: 'electron',
    keys: keyStore(dir),
    printEngine: new ElectronPrintEngine((win, jobId) => win.loadFile(rendererIndex, { hash: `/print/${jobId}` }), preload, () => mainWindow?.webContents),
    handOver: saveDialogHandOver(() => mainWindow),
  });
  serveIpc(core);
  mainWindow = createWindow();
  app.on('second-instance', () => mainWindow?.focus());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void core.close());
}

start().catch((err: unknown) => {
  // The safe choice first: quit without touching the data.
  const { title, body } = startupFailureText(err);
  dialog.showErrorBox(title, body);
  app.exit(1);
});
