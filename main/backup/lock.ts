import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { BackupError } from './errors';
import { storePaths } from './store-files';

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: string;
}

/**
 * A lock the holder has not refreshed for this long is stale whoever wrote
 * it: the holder refreshes it every HEARTBEAT_MS while it works, so only a
 * dead holder (or a pid reused after a kill) leaves it this old.
 */
export const STALE_MS = 5 * 60_000;
export const HEARTBEAT_MS = 30_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/**
 * Why a lock left behind is stale: its process is gone (same PC: the pid is
 * checked), or it has not been refreshed for STALE_MS (another PC sharing the
 * folder, where a pid means nothing; a pid reused after kill -9; a holder that
 * died between creating the file and writing its owner).
 */
function stale(file: string): boolean {
  let ageMs: number;
  try {
    ageMs = Date.now() - statSync(file).mtimeMs;
  } catch {
    return true; // gone meanwhile
  }
  const owner = readOwner(file);
  if (owner && owner.host === hostname() && !alive(owner.pid)) return true;
  return ageMs > STALE_MS;
}

/**
 * One operation at a time per store: the lock file is created with O_EXCL
 * (atomic on local disks and SMB/NFS alike), holds its owner, and is
 * refreshed (mtime) while the operation runs.
 */
export class StoreLock {
  private constructor(
    private readonly file: string,
    private readonly token: string,
  ) {}

  static acquire(storeDir: string): StoreLock {
    mkdirSync(storeDir, { recursive: true, mode: 0o700 });
    const file = storePaths(storeDir).lock;
    const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        try {
          writeSync(fd, JSON.stringify(owner));
        } finally {
          closeSync(fd);
        }
        return new StoreLock(file, owner.token);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        if (attempt > 0 || !stale(file)) break;
        // Two takers of the same stale lock are not expected: the app allows one instance per data folder.
        try {
          unlinkSync(file);
        } catch {
          // Removed by its owner meanwhile.
        }
      }
    }
    const holder = readOwner(file);
    throw new BackupError('locked', `Another backup operation holds ${storeDir}${holder ? ` (process ${holder.pid} on ${holder.host} since ${holder.since})` : ''}.`);
  }

  /** Tells other takers the holder is alive. */
  touch(): void {
    const now = new Date();
    try {
      utimesSync(this.file, now, now);
    } catch {
      // A vanished lock (folder removed) is found out by the operation itself.
    }
  }

  /** Removes the lock only if it is still this holder's. */
  release(): void {
    if (readOwner(this.file)?.token !== this.token) return;
    try {
      unlinkSync(this.file);
    } catch {
      // Already gone.
    }
  }
}
