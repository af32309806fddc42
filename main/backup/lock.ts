import { randomBytes } from 'node:crypto';
import { utimesSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
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

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockOwner;
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
async function stale(file: string): Promise<boolean> {
  let ageMs: number;
  try {
    ageMs = Date.now() - (await stat(file)).mtimeMs;
  } catch {
    return true; // gone meanwhile
  }
  const owner = await readOwner(file);
  if (owner && owner.host === hostname() && !alive(owner.pid)) return true;
  return ageMs > STALE_MS;
}

/**
 * One operation at a time per store: the lock file is created with O_EXCL
 * (atomic on local disks and SMB/NFS alike), holds its owner, and is
 * refreshed (mtime) while the operation runs. Asynchronous, so a slow
 * network share never holds up the desk's thread.
 */
export class StoreLock {
  private constructor(
    private readonly file: string,
    private readonly token: string,
  ) {}

  /** `create`: make the store folder if missing (a new local store); a target's folder is made by its caller. */
  static async acquire(storeDir: string, create = true): Promise<StoreLock> {
    if (create) await mkdir(storeDir, { recursive: true, mode: 0o700 });
    const file = storePaths(storeDir).lock;
    const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(file, 'wx', 0o600);
        try {
          await handle.writeFile(JSON.stringify(owner));
        } finally {
          await handle.close();
        }
        return new StoreLock(file, owner.token);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        if (attempt > 0 || !(await stale(file))) break;
        // Two takers of the same stale lock are not expected: the app allows one instance per data folder.
        await unlink(file).catch(() => {});
      }
    }
    const holder = await readOwner(file);
    throw new BackupError('locked', `Another backup operation holds ${storeDir}${holder ? ` (process ${holder.pid} on ${holder.host} since ${holder.since})` : ''}.`);
  }

  /** Tells other takers the holder is alive. A vanished lock (folder removed) is found out by the operation itself. */
  touch(): void {
    const now = new Date();
    utimes(this.file, now, now).catch(() => {});
  }

  /** The same, from inside a synchronous copy loop (the worker's), where a promise would wait for the loop's end. */
  touchSync(): void {
    const now = new Date();
    try {
      utimesSync(this.file, now, now);
    } catch {
      // As in touch().
    }
  }

  /** Removes the lock only if it is still this holder's. */
  async release(): Promise<void> {
    if ((await readOwner(this.file))?.token !== this.token) return;
    await unlink(this.file).catch(() => {});
  }
}
