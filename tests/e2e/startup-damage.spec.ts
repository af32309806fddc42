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

test('a zero-byte database beside the key file: the web shell says so in Chinese and English, and exits 1', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-damage-'));
  try {
    const first = await startWebShell(dataDir);
    await setUpDesk(first.shell);
    expect(await stopWebShell(first.child)).toBe(0);
    truncateSync(join(dataDir, 'reception.sqlite3'), 0);

    const { code, stderr } = await runUntilExit(dataDir);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe('接待台无法启动 / Reception Desk could not start');
    expect(lines[1]).toBe('[DATABASE_EMPTY]');
    expect(lines[2]).toContain(`数据库文件 ${join(dataDir, 'reception.sqlite3')} 是空的`);
    expect(stderr).toContain(`The database ${join(dataDir, 'reception.sqlite3')} is empty (0 bytes)`);
    expect(stderr).toContain(join(dataDir, 'backups'));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
