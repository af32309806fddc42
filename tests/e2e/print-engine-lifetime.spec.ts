import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, setUpDesk, startWebShell, test } from './web-shell-fixture';

/** Every process under `pid`, children first found by their parent's id. */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number);
  } catch {
    // pgrep exits 1 when there are none.
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Gone, or a zombie waiting for a parent that will never come back for it. */
function isGone(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return true;
  try {
    return / Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8').split(')')[1] ?? '');
  } catch {
    return true;
  }
}

test.skip(process.platform !== 'linux', 'Process-tree checks read /proc.');

test('the print engine’s Chromium dies with the shell, even when the shell is killed outright', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-'));
  const { shell, child } = await startWebShell(dataDir);
  let chromium: number[] = [];
  try {
    await setUpDesk(shell);
    const visit = await shell.api<{ id: string }>('visits.checkIn', { name: '张伟', host: '李娜', privacyAck: true });
    expect(await shell.api('print.badges', { visitIds: [visit.value.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' })).toMatchObject({
      ok: true,
      value: { outcome: 'saved' },
    });
    chromium = descendants(child.pid!);
    expect(chromium.length).toBeGreaterThan(0);
    // A Chromium that is busy or hung (a stuck print job) when the shell dies never reads its
    // closed pipe, and would live on; the kernel's parent-death signal ends it all the same.
    const browser = execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim().split('\n').map(Number);
    for (const pid of browser) process.kill(pid, 'SIGSTOP');
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    await expect.poll(() => chromium.filter((pid) => !isGone(pid)), { timeout: 5000, intervals: [50] }).toEqual([]);
  } finally {
    // Whatever outlived the test (only without the fix) is ended, not left stopped.
    for (const pid of chromium.filter((p) => !isGone(p))) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
