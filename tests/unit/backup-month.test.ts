import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BackupStatus, SnapshotView } from '../../contract/backup';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';
import { verifyUntilEnd } from '../helpers/audit-verify';

/**
 * The issue's own trial, in small: a month of daily backups copied to a USB
 * folder with a key rotation in the middle; the PC's disk dies; a new PC is
 * set up from the USB copy and the passphrase, and every visitor and ID
 * number comes back. Retention keeps the week's dailies and the weeks'
 * newest, by the desk's own clock.
 */
const folders: string[] = [];
const temp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  folders.push(d);
  return d;
};
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function idle(core: TestCore): Promise<BackupStatus> {
  return vi.waitFor(
    async () => {
      const s = await core.call<BackupStatus>('backup.status', {});
      expect(s.running).toBeNull();
      return s;
    },
    { timeout: 60_000, interval: 20 },
  );
}

describe('a month of daily backups, a key rotation, a dead disk', () => {
  it('comes back whole on a new PC from the USB copy and the passphrase', { timeout: 300_000 }, async () => {
    let clock = new Date(2026, 9, 1, 9, 0);
    const usb = temp('rd-month-usb-');
    const desk = await makeTestCore({ dataDir: temp('rd-month-pc1-'), now: () => clock });
    await desk.call('backup.addTarget', { folder: usb });
    await idle(desk);
    const people: { personId: string; idNumber: string }[] = [];
    /** Moves the desk's clock; the idle lock that the jump sets off is opened again, as the receptionist would. */
    const advance = async (to: Date) => {
      clock = to;
      if ((await desk.call<{ phase: string }>('session.status', {})).phase === 'locked') await desk.call('session.unlock', { password: ADMIN.password });
    };
    for (let day = 0; day < 30; day++) {
      await advance(new Date(2026, 9, 1 + day, 9, 0));
      for (let n = 0; n < 2; n++) {
        const seq = String(day * 2 + n + 100);
        const idNumber = residentId('110105', '19880808', seq);
        const v = await desk.call<{ personId: string; badgeNo: string }>('visits.checkIn', { ...WALK_IN, name: `访客${seq}`, phone: `1370000${seq.padStart(4, '0')}`, idNumber });
        people.push({ personId: v.personId, idNumber });
        await advance(new Date(clock.getTime() + 30 * 60_000));
        await desk.call('visits.checkOutByBadge', { badgeNo: v.badgeNo });
      }
      if (day === 14) {
        await desk.call('keys.rotate', { recoveryPassphrase: desk.recovery });
        await vi.waitFor(async () => expect(await desk.call<{ rotating: boolean }>('keys.status', {})).toMatchObject({ rotating: false }), { timeout: 20_000 });
      }
      await advance(new Date(2026, 9, 1 + day, 12, 30));
      await desk.call('backup.run', {});
      const status = await idle(desk);
      expect(status.lastAttempt, `day ${day + 1}`).toMatchObject({ ok: true });
      expect(status.targets[0]!.lastSync, `day ${day + 1}`).toMatchObject({ ok: true });
    }
    const kept = (await desk.call<{ snapshots: SnapshotView[] }>('backup.list', {})).snapshots;
    // 7 dailies (24–30 Oct) and the newest of the earlier ISO weeks within the 4 kept, newest first.
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(kept[0]!.counts.visits).toBe(60);
    // The disk dies.
    await desk.close();
    rmSync(desk.dataDir, { recursive: true, force: true });

    const fresh = await makeTestCore({ dataDir: temp('rd-month-pc2-'), setUp: false });
    const found = await fresh.call<{ stores: { snapshots: SnapshotView[] }[] }>('setup.findBackups', { folder: usb, recoveryPassphrase: desk.recovery });
    expect(found.stores[0]!.snapshots.map((s) => s.id)).toEqual(kept.map((s) => s.id));
    await fresh.call('setup.restore', { folder: usb, snapshotId: kept[0]!.id, recoveryPassphrase: desk.recovery });
    await fresh.close();
    const newPc = await makeTestCore({ dataDir: fresh.dataDir, setUp: false });
    try {
      await newPc.call('session.unseal', { passphrase: desk.recovery });
      await newPc.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
      for (const p of people) {
        expect((await newPc.call<{ idNumber: string }>('visitors.revealId', { personId: p.personId, reason: '核对恢复结果' })).idNumber).toBe(p.idNumber);
      }
      expect(await verifyUntilEnd(newPc, { full: true })).toMatchObject({ intact: true });
    } finally {
      await newPc.close();
    }
  });
});
