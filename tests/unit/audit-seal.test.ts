import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntryView, SealReport } from '../../contract/audit';
import { checkSeal, makeSeal, readSeal, resetSeal, type AuditSeal } from '../../main/audit/seal';
import { diskWrites } from '../../main/core/atomic-file';
import Database from 'better-sqlite3';
import { SYSTEM } from '../../main/core/context';
import { createWritePath } from '../../main/core/write-path';
import type { Db } from '../../db/open';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';
import { verifyUntilEnd } from '../helpers/audit-verify';

/*
 * Issue 12, item 7: the newest audit entries removed behind the app (or lost
 * with the WAL) leave a chain that still verifies; its seal, kept outside the
 * database under a key the database does not hold, tells it.
 */

const cores: TestCore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function desk(opts: Parameters<typeof makeTestCore>[0] = {}): Promise<TestCore> {
  const c = await makeTestCore(opts);
  cores.push(c);
  return c;
}

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'audit-seal-'));
  dirs.push(d);
  return d;
}

const deviceOf = (c: TestCore) => readFileSync(join(c.dataDir, 'device-id'), 'utf8').trim();
const sealOf = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, 'audit-seal.json'), 'utf8')) as AuditSeal;

function headOf(c: TestCore): { deviceSeq: number; hash: string } {
  return c.sqlite.prepare('SELECT device_seq AS deviceSeq, hash FROM audit_log WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1').get(deviceOf(c)) as { deviceSeq: number; hash: string };
}

/** Waits until the seal file names this desk's newest entry (the timer after the last commit has run). */
async function sealCaughtUp(c: TestCore): Promise<AuditSeal> {
  await vi.waitFor(() => expect(existsSync(join(c.dataDir, 'audit-seal.json')) && sealOf(c.dataDir)).toMatchObject(headOf(c)), { timeout: 5000 });
  return sealOf(c.dataDir);
}

const verify = (c: TestCore) => verifyUntilEnd(c, { full: true }) as Promise<{ intact: boolean; seal: SealReport }>;

async function entriesOf(c: TestCore, action: string): Promise<AuditEntryView[]> {
  return (await c.call<{ entries: AuditEntryView[] }>('audit.list', { action })).entries;
}

/** The files a PC leaves after a crash or power cut, copied into a new folder (no lock, no clean-close mark). */
function crashCopy(c: TestCore, files: string[]): string {
  const to = folder();
  for (const name of files) copyFileSync(join(c.dataDir, name), join(to, name));
  return to;
}

async function restartSealed(dataDir: string, recovery: string): Promise<TestCore> {
  const again = await desk({ dataDir, setUp: false });
  await again.call('session.unseal', { passphrase: recovery });
  await again.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  return again;
}

describe('the audit seal', () => {
  it('says a chain whose newest entries were deleted behind the app is shorter than its seal (the hash chain alone says intact)', async () => {
    const c = await desk();
    await c.call('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await c.call('visits.checkIn', { ...WALK_IN, name: '李雷', phone: '13900000001', idNumber: residentId('110105', '19850101', '456') });
    const sealed = await sealCaughtUp(c);
    expect((await verify(c)).seal).toMatchObject({ state: 'ok', sealed: { deviceSeq: sealed.deviceSeq }, found: { deviceSeq: sealed.deviceSeq }, reported: null });

    c.sqlite.prepare('DELETE FROM audit_log WHERE device_id = ? AND device_seq > ?').run(deviceOf(c), sealed.deviceSeq - 2);
    const verdict = await verify(c);
    expect(verdict.intact).toBe(true);
    expect(verdict.seal).toMatchObject({ state: 'short', sealed: { deviceSeq: sealed.deviceSeq }, found: { deviceSeq: sealed.deviceSeq - 2 } });

    // The next seal (after any write) tells it once, in the log, and keeps the finding for this run; the seal then names today's head.
    await c.call('session.lock', {});
    await c.call('session.unlock', { password: ADMIN.password });
    await vi.waitFor(async () => expect(await entriesOf(c, 'audit.sealShort')).toHaveLength(1), { timeout: 5000 });
    const [told] = await entriesOf(c, 'audit.sealShort');
    // Two removed, two new (the lock and the unlock) took their numbers: the count matches, the sealed entry is not there.
    expect(told!.detail).toEqual({ sealedEntries: sealed.deviceSeq, foundEntries: sealed.deviceSeq });
    await sealCaughtUp(c);
    expect((await verify(c)).seal).toMatchObject({ state: 'ok', reported: { state: 'short', sealed: { deviceSeq: sealed.deviceSeq } } });
    expect(await entriesOf(c, 'audit.sealShort')).toHaveLength(1);
  });

  it('start-up reports check-ins lost with a WAL deleted after a crash', async () => {
    const c = await desk();
    // Everything so far into the main file; what follows lives only in the WAL until a checkpoint.
    c.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await c.call('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await c.call('visits.checkIn', { ...WALK_IN, name: '李雷', phone: '13900000001', idNumber: residentId('110105', '19850101', '456') });
    const sealed = await sealCaughtUp(c);
    // "Kill" the desk and lose its WAL: only the main file, the key file, the device id and the seal.
    const dataDir = crashCopy(c, ['reception.sqlite3', 'data-key.json', 'device-id', 'audit-seal.json']);

    const again = await restartSealed(dataDir, c.recovery);
    await vi.waitFor(() => expect(again.runtime.sealFinding).toMatchObject({ state: 'short', sealed: { deviceSeq: sealed.deviceSeq } }), { timeout: 5000 });
    expect(again.sqlite.prepare('SELECT COUNT(*) FROM visits').pluck().get()).toBe(0);
    const [told] = await entriesOf(again, 'audit.sealShort');
    expect(told!.detail).toMatchObject({ sealedEntries: sealed.deviceSeq });
    expect((told!.detail as { foundEntries: number }).foundEntries).toBeLessThan(sealed.deviceSeq);
    expect((await verify(again)).seal).toMatchObject({ reported: { state: 'short' } });
  });

  it('a power cut after a commit, before its seal was written, gives no alarm', async () => {
    const c = await desk();
    await sealCaughtUp(c);
    await c.call('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    // The power goes now: the commit is on disk, its seal not yet.
    const dataDir = crashCopy(c, ['reception.sqlite3', 'reception.sqlite3-wal', 'data-key.json', 'device-id', 'audit-seal.json']);
    expect(sealOf(dataDir).deviceSeq).toBeLessThan(headOf(c).deviceSeq);

    const again = await restartSealed(dataDir, c.recovery);
    await sealCaughtUp(again);
    expect(again.runtime.sealFinding).toBeNull();
    expect(await entriesOf(again, 'audit.seal')).toEqual([]);
    expect(again.sqlite.prepare('SELECT COUNT(*) FROM visits').pluck().get()).toBe(1);
    expect((await verify(again)).seal).toMatchObject({ state: 'ok', reported: null });
  });

  it('calls a seal this desk did not write forged, and tells it once', async () => {
    const c = await desk();
    const sealed = await sealCaughtUp(c);
    const file = join(c.dataDir, 'audit-seal.json');
    writeFileSync(file, JSON.stringify({ ...sealed, deviceSeq: sealed.deviceSeq - 1 }));
    expect((await verify(c)).seal.state).toBe('forged');
    // Sealed with another key (another desk's B), or not a seal at all.
    writeFileSync(file, JSON.stringify(makeSeal({ deviceSeq: sealed.deviceSeq, id: sealed.id, hash: sealed.hash }, sealed.deviceId, new Date(), Buffer.alloc(32, 1))));
    expect((await verify(c)).seal.state).toBe('forged');
    writeFileSync(file, '{"v":1,');
    expect((await verify(c)).seal.state).toBe('forged');

    await c.call('session.lock', {});
    await c.call('session.unlock', { password: ADMIN.password });
    await vi.waitFor(async () => expect(await entriesOf(c, 'audit.sealForged')).toHaveLength(1), { timeout: 5000 });
    await sealCaughtUp(c);
    expect((await verify(c)).seal).toMatchObject({ state: 'ok', reported: { state: 'forged' } });
  });

  it('is written after the write returns, never on its path, a burst at a time, and once more at close', async () => {
    const dataDir = folder();
    const c = await makeTestCore({ dataDir });
    const before = await sealCaughtUp(c);
    const ctx = c.context(c.runtime.session.current()!);
    const opened: string[] = [];
    const real = diskWrites.openSync;
    diskWrites.openSync = ((path: string, ...rest: unknown[]) => {
      opened.push(String(path));
      return (real as (...a: unknown[]) => number)(path, ...rest);
    }) as typeof diskWrites.openSync;
    try {
      // Ten writes in one turn of the event loop: no timer can run between them, so what changes here changed on the write's path.
      for (let i = 0; i < 10; i++) {
        ctx.write(
          () => null,
          () => ({ action: 'session.lock', entity: 'user', entityId: null, detail: { burst: i } }),
        );
        expect(sealOf(dataDir)).toEqual(before);
        expect(opened).toEqual([]);
      }
      expect(headOf(c).deviceSeq).toBe(before.deviceSeq + 10);
      await sealCaughtUp(c);
      // The burst shares one seal write.
      expect(opened.filter((p) => p.includes('audit-seal.json'))).toHaveLength(1);
    } finally {
      diskWrites.openSync = real;
    }
    await c.call('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    const head = headOf(c);
    await c.close();
    expect(sealOf(dataDir)).toMatchObject(head);
    expect(statSync(join(dataDir, 'audit-seal.json')).mode & 0o777).toBe(0o600);
  });

  it('is told of a write only once it has committed: never inside a transaction, never for one rolled back', async () => {
    const c = await desk();
    const other = new Database(join(c.dataDir, 'reception.sqlite3'), { readonly: true });
    const seen: { inTransaction: boolean; visibleElsewhere: number }[] = [];
    const count = () => other.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'session.lock'").pluck().get() as number;
    const writes = createWritePath(c.sqlite, c.context(SYSTEM).db as Db, () => new Date(), deviceOf(c), () => {}, () => seen.push({ inTransaction: c.sqlite.inTransaction, visibleElsewhere: count() }));
    const entry = () => ({ action: 'session.lock', entity: 'user', entityId: null, detail: {} });
    writes.write('system', () => null, entry);
    expect(seen).toEqual([{ inTransaction: false, visibleElsewhere: 1 }]);
    // A write inside another's transaction: told once, when the outer one commits.
    writes.write('system', () => writes.write('system', () => null, entry), entry);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ inTransaction: false, visibleElsewhere: 3 });
    expect(() =>
      writes.write(
        'system',
        () => {
          throw new Error('refused');
        },
        entry,
      ),
    ).toThrow('refused');
    expect(seen).toHaveLength(2);
    other.close();
  });

  it('reads states without the backup key or without a seal, and a deliberate restore resets it', async () => {
    const c = await desk();
    const sealed = await sealCaughtUp(c);
    const ctx = c.context(SYSTEM);
    const b = c.runtime.backupKey();
    expect(checkSeal(ctx.db, readSeal(c.dataDir), null)).toMatchObject({ state: 'unchecked', sealed: { deviceSeq: sealed.deviceSeq } });
    expect(checkSeal(ctx.db, null, b, deviceOf(c))).toMatchObject({ state: 'missing', sealed: null, found: { deviceSeq: sealed.deviceSeq } });
    // A restore makes the chain shorter on purpose: the lead's restore seals the restored head.
    c.sqlite.prepare('DELETE FROM audit_log WHERE device_id = ? AND device_seq > ?').run(deviceOf(c), sealed.deviceSeq - 1);
    expect(checkSeal(ctx.db, readSeal(c.dataDir), b).state).toBe('short');
    resetSeal(c.dataDir, ctx.db, deviceOf(c), b);
    expect(checkSeal(ctx.db, readSeal(c.dataDir), b)).toMatchObject({ state: 'ok', sealed: { deviceSeq: sealed.deviceSeq - 1 } });
  });
});
