import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, safeStorage, screen, session, shell, type WebContents } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRestartableCore, startupFailureText, DataKeyStore, openPcSettings, systemReminders, type PcSettingsStore, type RestartableCore } from '../../app';
import { ElectronPrintEngine } from './electron-print-engine';
import { electronStoreBackend } from './electron-store-backend';
import { denyPermissions, hardenContents } from './hardening';
import { appIpcHandler } from './ipc-handler';
import { NOTICES_AT_ONCE, reminderNotice, summaryNotice } from './reminder-notice';
import { osKeychain } from './safe-storage-vault';
import { saveDialogHandOver } from './save-dialog-hand-over';
import { initialBounds, windowStateOf, zoomForKey } from './window-state';

/*
 * The thin wiring of the Electron shell: every rule it applies (hardening,
 * links, the key vault choice, the IPC sender check, the print job flow, the
 * window's place) lives in a module of its own that takes Electron's side
 * effects as parameters and is unit-tested with fakes in tests/unit/electron.
 */

const appRoot = app.getAppPath();
const rendererIndex = join(appRoot, 'out', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;
const preload = join(appRoot, 'out', 'preload', 'index.cjs');
const webPreferences = { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false };
let mainWindow: BrowserWindow | undefined;

function dataDir(): string {
  const { values } = parseArgs({ args: process.argv.slice(1), options: { 'data-dir': { type: 'string' } }, strict: false });
  const fromArgs = values['data-dir'];
  return typeof fromArgs === 'string' ? fromArgs : (process.env.RECEPTION_DATA_DIR ?? app.getPath('userData'));
}

/** Opens where it was last closed on this PC (still on a screen), at its zoom; remembers both on close. */
function createWindow(pc: PcSettingsStore): BrowserWindow {
  const saved = pc.get();
  const { bounds, maximized } = initialBounds(saved.window, screen.getAllDisplays().map((d) => d.workArea), { width: 1440, height: 900 }, { width: 1280, height: 720 });
  const win = new BrowserWindow({ ...bounds, minWidth: 1280, minHeight: 720, show: false, title: '接待台 Reception Desk', webPreferences });
  if (maximized) win.maximize();
  win.webContents.on('did-finish-load', () => win.webContents.setZoomFactor(pc.get().zoomFactor));
  win.webContents.on('before-input-event', (event, input) => {
    const zoom = zoomForKey(input, win.webContents.getZoomFactor());
    if (zoom === null) return;
    event.preventDefault();
    win.webContents.setZoomFactor(zoom);
  });
  win.on('close', () => {
    try {
      pc.set({ ...pc.get(), window: windowStateOf(win), zoomFactor: win.webContents.getZoomFactor() });
    } catch (err) {
      // A place not remembered (a full disk) must not stop the window from closing.
      console.error('[window] could not remember the window place:', err);
    }
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

/** The inbox's reminders as system notifications, once a minute; a click brings the window forward on the inbox. */
const REMINDER_POLL_MS = 60_000;

function openInbox(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
  // A hash change in the page itself: the app's router follows it, nothing reloads.
  void mainWindow.webContents.executeJavaScript("location.hash = '#/tasks'");
}

function raiseReminders(core: RestartableCore): void {
  if (!Notification.isSupported()) return;
  try {
    const { locale, reminders } = systemReminders(core.current());
    const notices = reminders.length > NOTICES_AT_ONCE ? [...reminders.slice(0, NOTICES_AT_ONCE - 1).map((r) => reminderNotice(r, locale)), summaryNotice(reminders.length - NOTICES_AT_ONCE + 1, locale)] : reminders.map((r) => reminderNotice(r, locale));
    for (const notice of notices) {
      const n = new Notification(notice);
      n.on('click', openInbox);
      n.show();
    }
  } catch (err) {
    // A core being restarted (a restore) answers again a minute later.
    console.error('[reminders]', err);
  }
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  app.on('web-contents-created', (_event, contents: WebContents) => hardenContents(contents, rendererIndexUrl, (url) => shell.openExternal(url)));
  denyPermissions(session.defaultSession);
  Menu.setApplicationMenu(null);
  const dir = dataDir();
  const version = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const pcSettings = openPcSettings(electronStoreBackend(dir));
  const core = await createRestartableCore({
    dataDir: dir,
    appRoot,
    appVersion: version,
    shell: 'electron',
    // Wrapped by the OS keychain where there is one; otherwise the desk starts sealed and asks for the recovery passphrase.
    keys: new DataKeyStore(join(dir, 'data-key.json'), osKeychain(safeStorage, process.platform)),
    printEngine: new ElectronPrintEngine({
      createWindow: () => new BrowserWindow({ show: false, webPreferences }),
      loadRoute: (win, jobId) => win.loadFile(rendererIndex, { hash: `/print/${jobId}` }),
      printers: () => mainWindow?.webContents,
    }),
    pcSettings,
    handOver: saveDialogHandOver(() => mainWindow),
    chooseFolder: async () => {
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  }, (failure) => console.error(startupFailureText(failure).body));
  ipcMain.handle('api', appIpcHandler(core.dispatch, rendererIndexUrl, (what, err) => console.error(`[ipc] ${what}:`, err)));
  mainWindow = createWindow(pcSettings);
  const reminderTimer = setInterval(() => raiseReminders(core), REMINDER_POLL_MS);
  app.on('second-instance', () => mainWindow?.focus());
  app.on('window-all-closed', () => app.quit());
  // The snapshot on quit runs before the database closes: quitting waits for it, once.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    clearInterval(reminderTimer);
    void core.close().finally(() => app.quit());
  });
}

start().catch((err: unknown) => {
  // The safe choice first: quit without touching the data.
  const { title, body } = startupFailureText(err);
  dialog.showErrorBox(title, body);
  app.exit(1);
});
