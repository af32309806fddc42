import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface WebShell {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

/** Starts the built web shell on a random port with a fresh data folder, as `npm run start:web` does. */
export async function startWebShell(dataDir: string): Promise<{ shell: WebShell; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`web shell did not start: ${stderr}`)), 15_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = /web shell: (http:\/\/\S+)/.exec(line)?.[1];
      if (found) {
        clearTimeout(timer);
        resolveUrl(found);
      }
    });
    child.on('exit', (code) => reject(new Error(`web shell exited ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  return { shell: { url, origin: parsed.origin, token: parsed.searchParams.get('token')!, dataDir }, child };
}

export async function stopWebShell(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill('SIGTERM');
  return exited;
}

export const test = base.extend<{ desk: WebShell }>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  desk: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
    const { shell, child } = await startWebShell(dataDir);
    await use(shell);
    // Stops cleanly on SIGTERM: exit code 0, lock released.
    expect(await stopWebShell(child)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
