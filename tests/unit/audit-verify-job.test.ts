import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VerifyProgress } from '../../contract/audit';
import { VERIFY_CHECKPOINT_FILE } from '../../main/audit/verify-checkpoint';
import { verifyUntilEnd } from '../helpers/audit-verify';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
let clock = new Date('2026-11-27T09:00:00');

const entries = () => core.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
const checkpointText = () => readFileSync(join(core.dataDir, VERIFY_CHECKPOINT_FILE), 'utf8');

async function checkIns(n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i += 1) {
    await core.call('visits.checkIn', { ...WALK_IN, name: `访客${i}`, idNumber: residentId('110105', '19900307', String(100 + i)) });
  }
}

beforeEach(async () => {
  clock = new Date('2026-11-27T09:00:00');
  core = await makeTestCore({ now: () => clock });
  await checkIns(3);
});
afterEach(() => core.cleanup());

describe('audit verify as a job', () => {
  it('runs full first, then only what came after the sealed checkpoint; a full check stays available', async () => {
    const first = await verifyUntilEnd(core);
    expect(first).toMatchObject({ state: 'done', intact: true, mode: 'full', fullReason: 'none', fromEntries: 0, lastFullAt: clock.toISOString() });
    expect(first.checked).toBe(first.total);
    expect(first.total).toBe(entries());

    const firstAt = clock.toISOString();
    clock = new Date(clock.getTime() + 60_000);
    const before = entries();
    await checkIns(2, 10);
    const next = await verifyUntilEnd(core);
    expect(next).toMatchObject({ state: 'done', intact: true, mode: 'incremental', fullReason: null, fromEntries: before, fromAt: firstAt });
    expect(next.lastFullAt).toBe(first.lastFullAt);
    expect(next.checked).toBe(entries() - before);
    expect(next.total).toBe(next.checked);

    // An edit before the checkpoint (content only, hash kept) is the full check's to find.
    const victim = core.sqlite.prepare("SELECT seq FROM audit_log WHERE action = 'visit.checkIn' ORDER BY seq LIMIT 1").pluck().get() as number;
    core.sqlite.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?").run(victim);
    await checkIns(1, 20);
    expect(await verifyUntilEnd(core)).toMatchObject({ mode: 'incremental', intact: true });
    const full = await verifyUntilEnd(core, { full: true });
    expect(full).toMatchObject({ mode: 'full', fullReason: 'asked', intact: false, firstBrokenSeq: victim, brokenCount: 1 });
    expect(full.checked).toBe(entries());
    // A broken run removes the checkpoint: the next one reads everything again.
    expect(await verifyUntilEnd(core)).toMatchObject({ mode: 'full', fullReason: 'none', intact: false, firstBrokenSeq: victim });
  });

  it('starts full where the checkpoint was moved: its entry re-hashed, or the file changed', async () => {
    await verifyUntilEnd(core);
    const head = core.sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY device_seq DESC LIMIT 1').get() as { seq: number; hash: string };
    core.sqlite.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?').run('f'.repeat(64), head.seq);
    expect(await verifyUntilEnd(core)).toMatchObject({ mode: 'full', fullReason: 'bad', intact: false, firstBrokenSeq: head.seq });
    core.sqlite.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?').run(head.hash, head.seq);
    expect(await verifyUntilEnd(core)).toMatchObject({ mode: 'full', fullReason: 'none', intact: true });

    // Moving the checkpoint forward over entries by hand: the MAC no longer holds.
    const saved = JSON.parse(checkpointText()) as { devices: { deviceSeq: number }[] };
    saved.devices[0]!.deviceSeq -= 1;
    writeFileSync(join(core.dataDir, VERIFY_CHECKPOINT_FILE), JSON.stringify(saved));
    expect(await verifyUntilEnd(core)).toMatchObject({ mode: 'full', fullReason: 'bad', intact: true });
    writeFileSync(join(core.dataDir, VERIFY_CHECKPOINT_FILE), 'not json');
    expect(await verifyUntilEnd(core)).toMatchObject({ mode: 'full', fullReason: 'bad', intact: true });
    expect(await verifyUntilEnd(core)).toMatchObject({ mode: 'incremental', intact: true, checked: 0, total: 0 });
  });

  it('can be cancelled, stops at sign-out, and is the caller’s own', async () => {
    await checkIns(40, 50);
    const start = () => core.call<{ jobId: string; total: number }>('audit.verifyStart', { full: true });
    const { jobId, total } = await start();
    expect(total).toBe(entries());
    // The job has not run yet: the call answered before the first slice (it runs on later turns).
    const cancelled = await core.call<VerifyProgress>('audit.verifyCancel', { jobId });
    expect(cancelled.state).toBe('running');
    await vi.waitFor(async () => expect((await core.call<VerifyProgress>('audit.verifyProgress', { jobId })).state).toBe('cancelled'));
    expect(await core.call<VerifyProgress>('audit.verifyProgress', { jobId })).toMatchObject({ intact: null, seal: null });

    const second = await start();
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    // Signed out before its first slice: it stopped there, and found nothing.
    await vi.waitFor(async () => expect((await core.call<VerifyProgress>('audit.verifyProgress', { jobId: second.jobId })).state).toBe('cancelled'));
    await core.signInAs('auditor');
    expect(await core.dispatch('audit.verifyProgress', { jobId: second.jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('gives a running verify back to its caller instead of starting another', async () => {
    await checkIns(20, 100);
    const a = await core.call<{ jobId: string }>('audit.verifyStart', {});
    const b = await core.call<{ jobId: string }>('audit.verifyStart', { full: true });
    expect(b.jobId).toBe(a.jobId);
    await vi.waitFor(async () => expect((await core.call<VerifyProgress>('audit.verifyProgress', { jobId: a.jobId })).state).toBe('done'));
  });
});
