import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { SPILL_LOG } from '../../main/shells/print-page';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface WebShell {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Set by the `desk` fixture: the recovery passphrase of its first-run setup. */
  recovery: string;
  /** Calls a channel over the web shell's HTTP transport, as the page would. */
  api: <T = Record<string, unknown>>(name: string, input?: unknown) => Promise<{ ok: boolean; value: T; error?: { code: string } }>;
}

export const ADMIN = { login: 'admin', name: '王管理', password: 'Admin-pass-1' };

/** First-run setup through the API, leaving the desk signed in as the administrator. */
export async function setUpDesk(shell: WebShell): Promise<string> {
  const { value } = await shell.api<{ passphrase: string }>('setup.recoveryPassphrase', {});
  const done = await shell.api('setup.complete', {
    siteName: '总部前台',
    locale: 'zh-CN',
    adminLogin: ADMIN.login,
    adminName: ADMIN.name,
    adminPassword: ADMIN.password,
    recoveryPassphrase: value.passphrase,
  });
  if (!done.ok) throw new Error(`setup failed: ${JSON.stringify(done)}`);
  return value.passphrase;
}

/**
 * How long the shell may take to print its ready line. It prints that line only
 * once it is listening, so the wait ends as soon as it is ready; the limit is
 * for a loaded 2-core machine (migrations, key derivation and Chromium warming
 * up beside other tests), not an expectation of speed.
 */
const SHELL_READY_LIMIT_MS = 90_000;

export interface WebShellOptions {
  /**
   * The desk's clock runs at real time plus the offset (ms) in this file
   * (`--test-clock-file`); move it with setClockOffset. The file need not exist yet.
   */
  clockFile?: string;
}

/** Moves a test clock (WebShellOptions.clockFile) to real time + `ms`; the shell reads it at its next now(). */
export function setClockOffset(file: string, ms: number): void {
  writeFileSync(file, String(Math.round(ms)));
  // The shell re-reads the file when its modification time changes: make each change visible even on a coarse file system.
  clockWrites += 1;
  const stamp = new Date(Date.now() + clockWrites * 1000);
  utimesSync(file, stamp, stamp);
}
let clockWrites = 0;

/** Starts the built web shell on a random port with a fresh data folder, as `npm run start:web` does. */
export async function startWebShell(dataDir: string, options: WebShellOptions = {}): Promise<{ shell: WebShell; child: ChildProcess; stderr: () => Promise<string> }> {
  const clockArgs = options.clockFile ? ['--test-clock-file', options.clockFile] : [];
  const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), '--data-dir', dataDir, '--port', '0', ...clockArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`web shell printed no ready line within ${SHELL_READY_LIMIT_MS / 1000} s: ${stderr}`));
    }, SHELL_READY_LIMIT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = /web shell: (http:\/\/\S+)/.exec(line)?.[1];
      if (found) {
        clearTimeout(timer);
        resolveUrl(found);
      }
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web shell exited ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  const api: WebShell['api'] = async (name, input = {}) =>
    (await fetch(`${parsed.origin}/api/${name}`, { method: 'POST', headers: { 'x-desk-token': token }, body: JSON.stringify(input) })).json() as never;
  // What it printed on stderr so far, once a moment has passed for a message written just before the ready line.
  const printed = async () => {
    await new Promise((r) => setTimeout(r, 200));
    return stderr;
  };
  return { shell: { url, origin: parsed.origin, token, dataDir, api, recovery: '' }, child, stderr: printed };
}

export async function stopWebShell(child: ChildProcess): Promise<number | null> {
  // Already gone (it crashed during the test): report how, rather than wait for an exit that has happened.
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill('SIGTERM');
  return exited;
}

/** Every document a test prints is checked whole: no text may run past its place (main/shells/print-page.ts). */
function expectNoSpill(log: string): void {
  expect(log.split('\n').filter((line) => line.includes(SPILL_LOG))).toEqual([]);
}

export const test = base.extend<{ desk: WebShell; freshDesk: WebShell }>({
  /** A desk set up and signed in as the administrator. */
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
    const { shell, child, stderr } = await startWebShell(dataDir);
    shell.recovery = await setUpDesk(shell);
    await use(shell);
    // Stops cleanly on SIGTERM: exit code 0, lock released.
    expect(await stopWebShell(child)).toBe(0);
    expectNoSpill(await stderr());
    rmSync(dataDir, { recursive: true, force: true });
  },
  /** A desk on its first run: nothing set up yet. */
  // eslint-disable-next-line no-empty-pattern
  freshDesk: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
    const { shell, child, stderr } = await startWebShell(dataDir);
    await use(shell);
    expect(await stopWebShell(child)).toBe(0);
    expectNoSpill(await stderr());
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
