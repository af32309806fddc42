import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRestartableCore, startupFailureText, DataKeyStore, jsonFileBackend, openPcSettings } from '../../app';
import { BrowserDownloads } from './browser-downloads';
import { ChromiumPrintEngine } from './chromium-print-engine';
import { createWebServer } from './http-server';
import { testClock } from './test-clock';

/** After the ready line, when the print engine starts Chromium ahead of the first badge. */
const PRINT_WARM_UP_DELAY_MS = 3_000;
/** How long a clean stop may take before the process leaves anyway. */
const STOP_LIMIT_MS = 10_000;

/** The app's folder: the nearest one up from this file's build (out/main/…) that holds package.json. */
function findAppRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}
const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)));

function options() {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '0' }, 'test-clock-file': { type: 'string' } },
    allowPositionals: false,
  });
  const dataDir = values['data-dir'] ?? process.env.RECEPTION_DATA_DIR ?? join(appRoot, '.data');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, not ${values.port}`);
  // Only for end-to-end tests: the desk's clock runs at real time plus the offset in this file (test-clock.ts).
  const clockFile = values['test-clock-file'];
  return { dataDir: resolve(dataDir), port, clockFile: clockFile ? resolve(clockFile) : undefined };
}

async function main(): Promise<void> {
  const { dataDir, port, clockFile } = options();
  const token = randomBytes(24).toString('base64url');
  const version = (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
  let baseUrl = '';
  const printEngine = new ChromiumPrintEngine((jobId) => `${baseUrl}/?token=${token}#/print/${jobId}`, appRoot);
  const downloads = new BrowserDownloads();
  const core = await createRestartableCore({
    dataDir,
    appRoot,
    appVersion: version,
    shell: 'web',
    // No OS keychain in the web shell: the desk starts sealed and asks for the
    // recovery passphrase, unless automation provides it.
    keys: new DataKeyStore(join(dataDir, 'data-key.json'), null),
    autoUnsealPassphrase: process.env.RECEPTION_RECOVERY_PASSPHRASE,
    printEngine,
    pcSettings: openPcSettings(jsonFileBackend(dataDir)),
    handOver: downloads,
    ...(clockFile && { now: testClock(clockFile) }),
  }, (failure) => {
    // The data could not be opened: said on the console too, while the window offers a restore from a backup.
    const { title, body } = startupFailureText(failure);
    console.error(`${title}\n${body}\n\n恢复：窗口中可从备份恢复。 / The window offers a restore from a backup.`);
  });
  const server = createWebServer({ dispatch: core.dispatch, rendererDir: join(appRoot, 'out', 'renderer'), token, downloads });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (core.current().preMigrationBackup) console.log(`Database backed up before migrating: ${core.current().preMigrationBackup}`);
  // The ready signal: one line with the URL and token, printed only once the
  // server is listening (listen() has called back), so a request sent after
  // reading it is accepted. Scripts and tests read it from here.
  console.log(`Reception Desk web shell: ${baseUrl}/?token=${token}`);
  // Chromium for the first badge starts once the window has had its start: loading the print engine and a
  // browser beside the first screen would slow the screen the receptionist is waiting for (issue 17).
  const warmUp = setTimeout(() => printEngine.warmUp(), PRINT_WARM_UP_DELAY_MS);
  warmUp.unref();

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    clearTimeout(warmUp);
    // Leave even if closing hangs; the lock and the database are closed first when they can be.
    setTimeout(() => process.exit(code), STOP_LIMIT_MS).unref();
    try {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await core.close();
    } finally {
      process.exit(code);
    }
  };
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGINT', () => void stop(0));

  // Every request is already contained (http-server.ts) and every channel's
  // throw is turned into a result by the router, so what reaches here is a
  // defect outside any request. Decided per kind:
  // - a promise nobody awaited that rejected (e.g. a print warm-up) has
  //   unwound through async code like any failed call; database writes are in
  //   transactions, so nothing is half-done: log it and keep the desk serving.
  // - an uncaught exception stopped synchronous code at an unknown point, so
  //   the process state can no longer be trusted (Node's own advice): log it,
  //   close the server and the database cleanly (releasing the lock), and exit
  //   non-zero so the receptionist restarts a sound desk.
  process.on('unhandledRejection', (reason) => console.error('[web shell] unhandled rejection (still serving):', reason));
  process.on('uncaughtException', (err) => {
    console.error('[web shell] uncaught exception, stopping:', err);
    void stop(1);
  });
}

main().catch((err: unknown) => {
  const { title, body } = startupFailureText(err);
  console.error(`${title}\n${body}`);
  process.exit(1);
});
