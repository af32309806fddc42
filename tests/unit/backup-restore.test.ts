import { existsSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupStatus, SnapshotView } from '../../contract/backup';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';
import { verifyUntilEnd } from '../helpers/audit-verify';

/**
 * Backups through the app's own channels on real files: snapshots of a desk
 * with sealed ID numbers, a restore in place (and its undo), a new PC set up
 * from the copy on a "USB disk" with the passphrase alone, across a key
 * rotation, and a damaged snapshot refused with nothing left behind.
 */
const made: string[] = [];
const cores: TestCore[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.cleanup().catch(() => undefined);
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

async function open(dataDir: string, setUp: boolean): Promise<TestCore> {
  const core = await makeTestCore({ dataDir, setUp });
  cores.push(core);
  return core;
}

/** The background operation has ended (backup.run, verify and copies return at once). */
async function idle(core: TestCore): Promise<BackupStatus> {
  let status!: BackupStatus;
  await vi.waitFor(
    async () => {
      status = await core.call<BackupStatus>('backup.status', {});
      expect(status.running).toBeNull();
    },
    { timeout: 60_000, interval: 50 },
  );
  return status;
}

async function snapshot(core: TestCore): Promise<SnapshotView> {
  await core.call('backup.run', {});
  const status = await idle(core);
  expect(status.lastAttempt).toMatchObject({ ok: true });
  return status.last!;
}

async function checkIn(core: TestCore, name: string, seq: string): Promise<{ personId: string; idNumber: string }> {
  const idNumber = residentId('110105', '19850101', seq);
  const visit = await core.call<{ personId: string }>('visits.checkIn', { ...WALK_IN, name, phone: `1390000${seq.padStart(4, '0')}`, idNumber });
  return { personId: visit.personId, idNumber };
}

async function reveal(core: TestCore, personId: string): Promise<string> {
  return (await core.call<{ idNumber: string }>('visitors.revealId', { personId, reason: '核对身份' })).idNumber;
}

/** Closes a core whose restore is staged and opens the folder again (the shell's restart), signed in as the administrator. */
async function restart(core: TestCore, recovery: string): Promise<TestCore> {
  cores.splice(cores.indexOf(core), 1);
  await core.close();
  const next = await open(core.dataDir, false);
  const status = await next.call<{ phase: string }>('session.status', {});
  if (status.phase === 'sealed') await next.call('session.unseal', { passphrase: recovery });
  await next.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  return next;
}

function flipByteIn(dir: string): void {
  const pack = readdirSync(dir).find((n) => n.endsWith('.pack'))!;
  const file = join(dir, pack);
  const fd = openSync(file, 'r+');
  const at = Math.floor(statSync(file).size / 2);
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, at);
  byte[0] = byte[0]! ^ 0xff;
  writeSync(fd, byte, 0, 1, at);
  closeSync(fd);
}

describe('backups and restore', () => {
  it('a restore puts the snapshot back, saving the replaced state first so it can itself be undone', async () => {
    const core = await open(folder('rd-restore-'), true);
    const before = await checkIn(core, '张伟', '101');
    const taken = await snapshot(core);
    expect(taken.counts.visits).toBe(1);
    const after = await checkIn(core, '李娜', '102');

    const result = await core.call<{ restarting: true; savedAs: string }>('backup.restore', { id: taken.id, confirm: true });
    let desk = await restart(core, core.recovery);
    expect((await desk.call<{ rows: unknown[] }>('visits.list', { scope: 'today' })).rows).toHaveLength(1);
    expect(await reveal(desk, before.personId)).toBe(before.idNumber);
    const log = await desk.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('audit.list', { action: 'backup.restored', limit: 10 });
    expect(log.entries).toHaveLength(1);
    // The chain is shorter than before on purpose: the seal follows the restored head, no false alarm.
    const verified = await verifyUntilEnd(desk, { full: true });
    expect(verified.intact).toBe(true);
    expect(['ok', 'missing']).toContain(verified.seal?.state);

    // Undo: the state saved before the restore comes back whole.
    const list = await desk.call<{ snapshots: SnapshotView[] }>('backup.list', {});
    expect(list.snapshots.find((s) => s.id === result.savedAs)).toMatchObject({ reason: 'restore', counts: { visits: 2 } });
    await desk.call('backup.restore', { id: result.savedAs, confirm: true });
    desk = await restart(desk, core.recovery);
    expect(await reveal(desk, after.personId)).toBe(after.idNumber);
  });

  it('a new PC restores from the USB copy and the passphrase alone, across a key rotation', async () => {
    const usb = folder('rd-usb-');
    const core = await open(folder('rd-first-pc-'), true);
    await core.call('backup.addTarget', { folder: usb });
    await idle(core);
    const early = await checkIn(core, '王芳', '201');
    const beforeRotation = await snapshot(core);
    await core.call('keys.rotate', { recoveryPassphrase: core.recovery });
    await vi.waitFor(async () => expect(await core.call<{ rotating: boolean }>('keys.status', {})).toMatchObject({ rotating: false }), { timeout: 20_000 });
    const late = await checkIn(core, '刘洋', '202');
    const afterRotation = await snapshot(core);
    const status = await idle(core);
    expect(status.targets[0]!.lastSync).toMatchObject({ ok: true });
    // The first PC's disk "dies".
    cores.splice(cores.indexOf(core), 1);
    await core.close();
    rmSync(core.dataDir, { recursive: true, force: true });

    for (const [chosen, person, visits] of [
      [beforeRotation, early, 1],
      [afterRotation, late, 2],
    ] as const) {
      const fresh = await open(folder('rd-new-pc-'), false);
      expect(await fresh.call('session.status', {})).toMatchObject({ phase: 'setup' });
      const wrong = await fresh.dispatch('setup.findBackups', { folder: usb, recoveryPassphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      const found = await fresh.call<{ stores: { folder: string; snapshots: SnapshotView[] }[] }>('setup.findBackups', { folder: usb, recoveryPassphrase: core.recovery });
      expect(found.stores).toHaveLength(1);
      expect(found.stores[0]!.snapshots.map((s) => s.id)).toEqual(expect.arrayContaining([beforeRotation.id, afterRotation.id]));
      await fresh.call('setup.restore', { folder: usb, snapshotId: chosen.id, recoveryPassphrase: core.recovery });
      const desk = await restart(fresh, core.recovery);
      expect((await desk.call<{ rows: unknown[] }>('visits.list', { scope: 'today' })).rows).toHaveLength(visits);
      // Sealed before the rotation (the old key is gone from the first PC's key file) and after: both read back.
      expect(await reveal(desk, early.personId)).toBe(early.idNumber);
      expect(await reveal(desk, person.personId)).toBe(person.idNumber);
    }
  });

  it('a damaged snapshot is refused and leaves nothing staged', async () => {
    const core = await open(folder('rd-damaged-'), true);
    await checkIn(core, '陈静', '301');
    const taken = await snapshot(core);
    flipByteIn(join(core.dataDir, 'backups', 'store', 'packs'));
    const result = await core.dispatch('backup.restore', { id: taken.id, confirm: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    for (const name of ['restore-pending.json', 'reception.sqlite3.restore', 'data-key.json.restore']) expect(existsSync(join(core.dataDir, name))).toBe(false);
    // The desk serves on with its own data.
    expect((await core.call<{ rows: unknown[] }>('visits.list', { scope: 'today' })).rows).toHaveLength(1);
  });
});
