import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../main/app/data-dir-lock';
import { ownStartTime, processStartTime, sameProcessStart } from '../../main/app/process-start';
import { StartupError } from '../../main/core/startup-errors';

/** A live process that is not a desk: what a crashed desk's pid is often given to. */
let stranger: ChildProcess;
const dirs: string[] = [];

beforeAll(async () => {
  stranger = spawn('sleep', ['300'], { stdio: 'ignore' });
  await new Promise<void>((ready, fail) => {
    stranger.once('spawn', ready);
    stranger.once('error', fail);
  });
});
afterAll(() => {
  stranger.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function folderWithLock(content: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reception-lock-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'app.lock'), content);
  return { dir, file: join(dir, 'app.lock') };
}

function refused(dir: string): StartupError {
  try {
    lockDataDir(dir)();
  } catch (err) {
    expect(err).toBeInstanceOf(StartupError);
    return err as StartupError;
  }
  throw new Error('the lock was taken');
}

describe('the data folder lock', () => {
  it('takes over a lock whose live pid now belongs to another process (another start time)', () => {
    const { dir, file } = folderWithLock(JSON.stringify({ pid: stranger.pid, started: 'linux:00000000-0000-0000-0000-000000000000:1' }));
    const release = lockDataDir(dir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ pid: process.pid, started: processStartTime(process.pid) });
    release();
    expect(existsSync(file)).toBe(false);
  });

  it('refuses while the process that wrote the lock still runs (same pid and start time), and says how to clear it', () => {
    const { dir, file } = folderWithLock(JSON.stringify({ pid: stranger.pid, started: processStartTime(stranger.pid!) }));
    const err = refused(dir);
    expect(err.code).toBe('DATA_DIR_IN_USE');
    expect(err.details.pid).toBe(stranger.pid);
    expect(err.en).toContain(file);
    expect(readFileSync(file, 'utf8')).toContain(String(stranger.pid));
  });

  it('refuses a second lock from this very process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-lock-'));
    dirs.push(dir);
    const release = lockDataDir(dir);
    expect(refused(dir).code).toBe('DATA_DIR_IN_USE');
    release();
    lockDataDir(dir)();
  });

  it("takes over a dead owner's lock, a torn one, and the first release's bare pid of a dead process", () => {
    const dead = spawn('true');
    return new Promise<void>((done) =>
      dead.once('exit', () => {
        for (const content of [JSON.stringify({ pid: dead.pid, started: 'x' }), '{"pid":', '', String(dead.pid)]) {
          const { dir } = folderWithLock(content);
          lockDataDir(dir)();
        }
        done();
      }),
    );
  });

  it("keeps refusing the first release's bare pid while that process lives (its start time is unknown)", () => {
    const { dir } = folderWithLock(String(stranger.pid));
    expect(refused(dir).code).toBe('DATA_DIR_IN_USE');
  });
});

describe('a process start time', () => {
  it('is stable for one process and differs for another, from /proc and from ps', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const mine = processStartTime(process.pid, platform);
      expect(mine).not.toBeNull();
      expect(processStartTime(process.pid, platform)).toBe(mine);
      // ps counts in whole seconds: compare with init, which surely started in another second than this test.
      expect(processStartTime(1, platform)).not.toBeNull();
      expect(processStartTime(1, platform)).not.toBe(mine);
    }
  });

  it('is null for a pid that does not exist', () => {
    expect(processStartTime(2 ** 22 + 12345)).toBeNull();
  });
});

describe("Windows: this process's own start time without PowerShell", () => {
  /** A FileTime (100 ns since 1601, UTC) as PowerShell prints it, for a Unix time in ms. */
  const fileTime = (ms: number) => String((BigInt(ms) + 11_644_473_600_000n) * 10_000n);

  it('is read from Node itself, spawning nothing, at every start', () => {
    const own = ownStartTime('win32');
    expect(own).toBe(`win-ms:${Math.round(performance.timeOrigin)}`);
  });

  it("matches the OS's figure for the same process within a few seconds, and not a later process given its pid", () => {
    const origin = 1_790_000_000_000;
    const recorded = `win-ms:${origin}`;
    // The OS saw the process a little before Node's time origin in it (Electron starts Node after its process).
    expect(sameProcessStart(recorded, `win:${fileTime(origin - 800)}`)).toBe(true);
    expect(sameProcessStart(recorded, `win:${fileTime(origin + 40)}`)).toBe(true);
    // The pid given to a process started a minute later: a stranger, the lock is stale.
    expect(sameProcessStart(recorded, `win:${fileTime(origin + 60_000)}`)).toBe(false);
    // Unknown now: the owner is taken as running (refusing is the safe side).
    expect(sameProcessStart(recorded, null)).toBe(true);
    // Elsewhere the figures are compared as they are.
    expect(sameProcessStart('linux:b:123', 'linux:b:123')).toBe(true);
    expect(sameProcessStart('linux:b:123', 'linux:b:124')).toBe(false);
  });
});

