import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../contract/session';
import { diskWrites } from '../../main/core/atomic-file';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/**
 * A full disk at every step of first-run setup: each file-system call of the
 * key file's write, and each new database page of the setup transaction, fails
 * in turn. After each failure nothing of the setup is on disk, and setup runs
 * again and succeeds, in the same process and after a restart.
 */

const SETUP = { siteName: '测试园区', locale: 'zh-CN', adminLogin: ADMIN.login, adminName: ADMIN.name, adminPassword: ADMIN.password };
const cores: TestCore[] = [];
const originals = { ...diskWrites };

afterEach(async () => {
  Object.assign(diskWrites, originals);
  for (const core of cores.splice(0)) await core.cleanup();
});

/** Every file under the data folder with its size, except the lock (held by the running core). */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name !== 'app.lock' && !e.name.endsWith('-wal') && !e.name.endsWith('-shm')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

function storedRows(dataDir: string): { users: number; settings: number; audit: number } {
  const db = new Database(join(dataDir, 'reception.sqlite3'), { readonly: true });
  try {
    const n = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    // The data migrations' version marks are written at every start, set up or not: they are not setup's.
    const settings = db.prepare("SELECT COUNT(*) FROM settings WHERE key NOT LIKE 'dataVersion.%'").pluck().get() as number;
    return { users: n('users'), settings, audit: n('audit_log') };
  } finally {
    db.close();
  }
}

async function freshDesk(): Promise<{ core: TestCore; passphrase: string }> {
  const core = await makeTestCore({ setUp: false });
  cores.push(core);
  const { passphrase } = await core.call<{ passphrase: string }>('setup.recoveryPassphrase', {});
  return { core, passphrase };
}

const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', errno: -28 });

/** Makes the nth call of one file-system operation fail as a full disk would; says whether it fired. */
function failNthCall(op: keyof typeof diskWrites, n: number): { fired: () => boolean } {
  let calls = 0;
  let fired = false;
  const real = originals[op] as (...args: unknown[]) => unknown;
  (diskWrites as Record<string, unknown>)[op] = (...args: unknown[]) => {
    calls += 1;
    if (calls === n) {
      fired = true;
      throw diskFull();
    }
    return real(...args);
  };
  return { fired: () => fired };
}

/** After a failed setup: the folder is as before, no row was kept, and the desk still asks for setup. */
async function expectNothingKept(core: TestCore, before: string[]) {
  expect(snapshot(core.dataDir)).toEqual(before);
  expect(storedRows(core.dataDir)).toEqual({ users: 0, settings: 0, audit: 0 });
  expect(await core.call<SessionStatus>('session.status', {})).toMatchObject({ phase: 'setup' });
}

/** Setup again, then a restart: sealed, opened by the passphrase, the administrator signs in. */
async function expectSetupWorksAgain(core: TestCore, passphrase: string) {
  expect(await core.call<SessionStatus>('setup.complete', { ...SETUP, recoveryPassphrase: passphrase })).toMatchObject({ phase: 'signedIn' });
  expect(storedRows(core.dataDir)).toMatchObject({ users: 1, settings: 1 });
  // The audit seal follows setup by about a second, off its path: here or not yet.
  expect(snapshot(core.dataDir).filter((f) => f !== 'audit-seal.json')).toEqual(['data-key.json', 'device-id', 'reception.sqlite3']);
  expect(statSync(join(core.dataDir, 'data-key.json')).mode & 0o777).toBe(0o600);
  await core.close();
  cores.splice(cores.indexOf(core), 1);
  const again = await makeTestCore({ dataDir: core.dataDir, setUp: false });
  cores.push(again);
  expect(await again.call<SessionStatus>('session.status', {})).toMatchObject({ phase: 'sealed' });
  await again.call('session.unseal', { passphrase });
  expect(await again.call<SessionStatus>('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ phase: 'signedIn' });
  // Closed before its folder goes: a removed file still open keeps its space (the small disk fills up otherwise).
  await again.close();
  cores.splice(cores.indexOf(again), 1);
  rmSync(core.dataDir, { recursive: true, force: true });
}

describe('first-run setup on a full disk', () => {
  for (const op of ['openSync', 'writeSync', 'fsyncSync', 'renameSync'] as const) {
    it(`at every ${op} of the key file: nothing kept, and setup succeeds when retried`, async () => {
      let failures = 0;
      for (let n = 1; n < 10; n++) {
        const { core, passphrase } = await freshDesk();
        const before = snapshot(core.dataDir);
        const fault = failNthCall(op, n);
        const result = await core.dispatch('setup.complete', { ...SETUP, recoveryPassphrase: passphrase });
        Object.assign(diskWrites, originals);
        if (!fault.fired()) {
          // The setup made fewer than n such calls: every one of them has failed once.
          expect(result.ok).toBe(true);
          break;
        }
        failures += 1;
        expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } });
        await expectNothingKept(core, before);
        await expectSetupWorksAgain(core, passphrase);
      }
      expect(failures).toBeGreaterThan(0);
    }, 120_000);
  }

  // A fresh database has a root page for every table, so setup's few rows never
  // make it grow (PRAGMA max_page_count cannot make them fail). Each statement of
  // the transaction is made to fail instead by a real SQLite trigger on the real
  // file, and the whole disk by a real full file system below.
  for (const table of ['users', 'settings', 'audit_log']) {
    it(`when writing ${table} fails inside the setup transaction: rolled back, no key file, and setup succeeds when retried`, async () => {
      const { core, passphrase } = await freshDesk();
      const before = snapshot(core.dataDir);
      const sqlite = core.sqlite;
      sqlite.exec(`CREATE TEMP TRIGGER fail_${table} BEFORE INSERT ON main.${table} BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`);
      expect(await core.dispatch('setup.complete', { ...SETUP, recoveryPassphrase: passphrase })).toMatchObject({ ok: false });
      sqlite.exec(`DROP TRIGGER temp.fail_${table}`);
      await expectNothingKept(core, before);
      await expectSetupWorksAgain(core, passphrase);
    }, 60_000);
  }

  it('a failed setup keeps the recovery passphrase it showed, and the data key stays sealed', async () => {
    const { core, passphrase } = await freshDesk();
    const sqlite = core.sqlite;
    sqlite.exec(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit_log BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`);
    expect(await core.dispatch('setup.complete', { ...SETUP, recoveryPassphrase: passphrase })).toMatchObject({ ok: false });
    sqlite.exec('DROP TRIGGER temp.fail_audit');
    expect(core.runtime.sealed).toBe(true);
    expect(await core.call('setup.recoveryPassphrase', {})).toEqual({ passphrase });
  });
});

/** A small real file system to fill; needs the right to mount (root here), otherwise the test says why it skipped. */
function mountSmallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'reception-full-disk-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', dir]).status === 0) return dir;
  rmSync(dir, { recursive: true, force: true });
  return null;
}
const smallDisk = mountSmallDisk();

describe.skipIf(!smallDisk)('first-run setup on a really full disk (tmpfs; skipped where this user cannot mount one)', () => {
  afterAll(() => {
    // Lazy: a file still open by a core torn down late must not keep the mount.
    spawnSync('umount', ['-l', smallDisk!]);
    rmSync(smallDisk!, { recursive: true, force: true });
  });

  it('with 0, 4, 8 … KiB left: each failure keeps nothing, and setup succeeds once space is freed', async () => {
    let failures = 0;
    for (let freeKiB = 0; freeKiB <= 256; freeKiB += 4) {
      const dataDir = join(smallDisk!, `desk-${freeKiB}`);
      mkdirSync(dataDir);
      const core = await makeTestCore({ dataDir, setUp: false });
      cores.push(core);
      const { passphrase } = await core.call<{ passphrase: string }>('setup.recoveryPassphrase', {});
      const before = snapshot(dataDir);
      const filler = join(smallDisk!, 'filler');
      const { bavail, bsize } = statfsSync(smallDisk!);
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - freeKiB * 1024)));
      const result = await core.dispatch('setup.complete', { ...SETUP, recoveryPassphrase: passphrase });
      unlinkSync(filler);
      if (result.ok) break;
      failures += 1;
      expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE_FULL' } });
      await expectNothingKept(core, before);
      await expectSetupWorksAgain(core, passphrase);
    }
    expect(failures).toBeGreaterThan(0);
    // Up to a dozen setups and restarts, each with two scrypt runs: generous on a busy machine.
  }, 180_000);
});
