import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BackupStatus } from '../../contract/backup';
import { makeTestCore, REPO_ROOT, type TestCore } from '../helpers/test-core';
import { verifyUntilEnd } from '../helpers/audit-verify';

/**
 * The process killed (kill -9) in the middle of check-ins while snapshots run:
 * on restart the database passes SQLite's integrity check, every check-in that
 * was acknowledged is there with its audit entry, the chain and its seal hold,
 * and the next snapshot succeeds with no half-written file left behind.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'rd-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the child until it has acknowledged `acks` check-ins after at least `snapshots` snapshots began, then kills it. */
let runs = 0;
function burstUntilKilled(passphrase: string, acks: number, snapshots: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tests', 'helpers', 'write-burst-child.ts'), dataDir, passphrase, String(++runs)], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KB_DEBUG: '1' } });
  const acked: string[] = [];
  let started = 0;
  let buffer = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'snapshot') started++;
        else if (line.startsWith('ack ')) acked.push(line.slice(4));
      }
      if (acked.length >= acks && started >= snapshots && child.exitCode === null) child.kill('SIGKILL');
    });
    child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`the child stopped by itself: ${stderr}`))));
    // A snapshot that never ends would keep the child writing for ever: fail with what it said instead.
    setTimeout(() => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      reject(new Error(`no ${snapshots} snapshots began within 160 s (${acked.length} check-ins, ${started} snapshots): ${stderr.slice(-2000)}`));
    }, 160_000).unref();
  });
}

describe('killed during write bursts and snapshots', () => {
  it.each([
    [30, 1],
    [60, 2],
    [95, 3],
  ])('after %i acknowledged check-ins and %i snapshots begun, nothing acknowledged is lost', { timeout: 240_000 }, async (acks, snapshots) => {
    let recovery: string;
    if (!existsSync(join(dataDir, 'data-key.json'))) {
      const first = await makeTestCore({ dataDir });
      recovery = first.recovery;
      await first.close();
      process.env.RD_KILL_RECOVERY = recovery;
    }
    recovery = process.env.RD_KILL_RECOVERY!;
    const acked = await burstUntilKilled(recovery, acks, snapshots);

    const raw = new Database(join(dataDir, 'reception.sqlite3'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const present = new Set(raw.prepare('SELECT id FROM visits').pluck().all() as string[]);
    expect(acked.filter((id) => !present.has(id))).toEqual([]);
    const audited = new Set(raw.prepare(`SELECT entity_id FROM audit_log WHERE action = 'visit.checkIn'`).pluck().all() as string[]);
    expect(acked.filter((id) => !audited.has(id))).toEqual([]);
    raw.close();

    const core: TestCore = await makeTestCore({ dataDir, setUp: false });
    try {
      await core.call('session.unseal', { passphrase: recovery });
      await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
      const verify = await verifyUntilEnd(core, { full: true });
      expect(verify.intact).toBe(true);
      expect(['ok', 'missing']).toContain(verify.seal?.state);
      // Every snapshot that finished before the kill still reads back whole; the next one succeeds.
      const before = (await core.call<{ snapshots: { id: string }[] }>('backup.list', {})).snapshots;
      for (const s of before) {
        await core.call('backup.verify', { id: s.id });
        await vi.waitFor(async () => expect((await core.call<BackupStatus>('backup.status', {})).running).toBeNull(), { timeout: 60_000, interval: 50 });
      }
      const listed = (await core.call<{ snapshots: { id: string; verified: { ok: boolean } | null }[] }>('backup.list', {})).snapshots;
      expect(listed.filter((s) => before.some((b) => b.id === s.id)).every((s) => s.verified?.ok === true)).toBe(true);
      await core.call('backup.run', {});
      const status = await vi.waitFor(
        async () => {
          const s = await core.call<BackupStatus>('backup.status', {});
          expect(s.running).toBeNull();
          return s;
        },
        { timeout: 60_000, interval: 50 },
      );
      expect(status.lastAttempt).toMatchObject({ ok: true });
      expect(status.last!.counts.visits).toBeGreaterThanOrEqual(acked.length);
      // The killed snapshot's temp copy and half pack are gone once the next one has run.
      const store = join(dataDir, 'backups', 'store');
      expect(readdirSync(join(store, 'tmp')).filter((n) => !n.startsWith('.'))).toEqual([]);
      expect(readdirSync(join(store, 'packs')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
