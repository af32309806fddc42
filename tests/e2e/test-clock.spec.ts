import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN, expect, setClockOffset, setUpDesk, startWebShell, stopWebShell, test } from './web-shell-fixture';

/**
 * The e2e test clock (--test-clock-file): the web shell's core runs at real
 * time plus the file's offset, so an incident's time limit can run out within
 * a test, and its escalation is seen through the same API the page uses.
 */
test('moving the test clock past a time limit escalates the incident', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'reception-e2e-clock-'));
  const clockFile = join(dataDir, '..', `${dataDir.split('/').pop()}-clock`);
  const { shell, child } = await startWebShell(dataDir, { clockFile });
  try {
    await setUpDesk(shell);
    const recorded = await shell.api<{ id: string; tier: string }>('incidents.record', { category: 'complaint', title: '等候过久', tier: 'urgent' });
    expect(recorded).toMatchObject({ ok: true, value: { tier: 'urgent' } });
    // Five hours on: the urgent tier's four clock hours have run out. The desk locked itself meanwhile, as a real one would.
    setClockOffset(clockFile, 5 * 3_600_000);
    expect(await shell.api('incidents.get', { id: recorded.value.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await shell.api('session.unlock', { password: ADMIN.password })).toMatchObject({ ok: true });
    const after = await shell.api<{ tier: string; escalations: number; overdue: boolean }>('incidents.get', { id: recorded.value.id });
    expect(after.value).toMatchObject({ tier: 'critical', escalations: 1, overdue: true });
  } finally {
    expect(await stopWebShell(child)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(clockFile, { force: true });
  }
});
