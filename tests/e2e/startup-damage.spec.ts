import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, setUpDesk, startWebShell, stopWebShell, test } from './web-shell-fixture';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Runs the built web shell until it exits; what a person starting it from a terminal sees. */
function runUntilExit(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stderr })));
}

test('a zero-byte database beside the key file: the web shell says so in both languages and the window offers a restore', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-damage-'));
  try {
    const first = await startWebShell(dataDir);
    await setUpDesk(first.shell);
    expect(await stopWebShell(first.child)).toBe(0);
    truncateSync(join(dataDir, 'reception.sqlite3'), 0);

    const second = await startWebShell(dataDir);
    try {
      const stderr = await second.stderr();
      const lines = stderr.trim().split('\n');
      expect(lines[0]).toBe('接待台无法启动 / Reception Desk could not start');
      expect(lines[1]).toBe('[DATABASE_EMPTY]');
      expect(lines[2]).toContain(`数据库文件 ${join(dataDir, 'reception.sqlite3')} 是空的`);
      expect(stderr).toContain(`The database ${join(dataDir, 'reception.sqlite3')} is empty (0 bytes)`);
      expect(stderr).toContain(join(dataDir, 'backups'));
      await page.goto(second.shell.url);
      await expect(page.getByTestId('damaged-screen')).toContainText(`数据库文件 ${join(dataDir, 'reception.sqlite3')} 是空的`);
      // Nothing else answers while the data cannot be opened.
      expect(await second.shell.api('visits.list', { scope: 'today' })).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } });
    } finally {
      expect(await stopWebShell(second.child)).toBe(0);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a database from a newer version is refused: the web shell says so and exits 1, the file untouched', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-newer-'));
  try {
    const first = await startWebShell(dataDir);
    await setUpDesk(first.shell);
    expect(await stopWebShell(first.child)).toBe(0);
    const db = new Database(join(dataDir, 'reception.sqlite3'));
    db.pragma('user_version = 999');
    db.close();

    const { code, stderr } = await runUntilExit(dataDir);
    expect(code).toBe(1);
    expect(stderr.split('\n')[1]).toBe('[DATABASE_TOO_NEW]');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
