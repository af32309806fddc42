// `npm start`: the Electron app where its binary exists; otherwise the web
// shell, opened in a Chromium --app window when there is a display, or its URL.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { electronBinary, projectNode, ROOT } from './electron-binary.mjs';

const args = process.argv.slice(2);
const electron = electronBinary();
if (electron) {
  const app = spawn(electron, [ROOT, ...args], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('No Electron binary is installed here (node_modules/electron/path.txt is missing): opening the web shell instead.');
  startWebShell();
}

function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
}

function hasDisplay() {
  return process.platform === 'win32' || process.platform === 'darwin' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
}

function startWebShell() {
  const server = spawn(projectNode(), [join(ROOT, 'out/main/web.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
  createInterface({ input: server.stdout }).on('line', (line) => {
    console.log(line);
    const url = /web shell: (http:\/\/\S+)/.exec(line)?.[1];
    if (url) openWindow(url, stop);
  });
}

function openWindow(url, stop) {
  const chromium = findChromium();
  if (!chromium || !hasDisplay()) {
    console.log(chromium ? 'No display found: open the URL above in a browser.' : 'No Chromium found: open the URL above in a browser.');
    return;
  }
  const profile = join(ROOT, '.data', 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const flags = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
  if (process.getuid?.() === 0) flags.push('--no-sandbox');
  const win = spawn(chromium, [...flags, `--app=${url}`, '--window-size=1440,900'], { stdio: 'ignore' });
  // Closing the window closes the app, as it would in Electron.
  win.on('exit', stop);
}
