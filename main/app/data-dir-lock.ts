import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ownStartTime, processStartTime, sameProcessStart } from './process-start';
import { StartupError } from '../core/startup-errors';

export const LOCK_FILE = 'app.lock';

/** Who holds the lock: the pid alone is not enough, a crashed desk's pid is soon given to another process. */
interface LockOwner {
  pid: number;
  /** ownStartTime() of the owner when it took the lock; null where the OS cannot tell. */
  started: string | null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The first release wrote the bare pid; a torn or empty file names nobody. */
function readOwner(file: string): LockOwner | null {
  const text = readFileSync(file, 'utf8').trim();
  if (/^\d+$/.test(text)) return { pid: Number(text), started: null };
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) && parsed.pid > 0) {
      return { pid: parsed.pid, started: typeof parsed.started === 'string' ? parsed.started : null };
    }
  } catch {
    // Torn by a crash mid-write: nobody can be holding it.
  }
  return null;
}

/**
 * Whether the process named in the lock still runs the desk that wrote it. A
 * live pid with another start time is a stranger that reused the pid: stale.
 * Where the start time cannot be known (a lock from the first release, or an
 * OS that will not say), a live pid is taken as the owner: refusing is safe,
 * and the message says how to clear the lock by hand.
 */
function ownerIsRunning(owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return false;
  // The first release's lock naming this very process: that release is not running here.
  if (owner.started === null) return owner.pid !== process.pid;
  return sameProcessStart(owner.started, processStartTime(owner.pid));
}

/**
 * Two app instances writing one database would interleave badge numbers and
 * audit chains; the second one is refused. A lock left by a crash is taken
 * over, also when its pid has since been given to another process.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, started: ownStartTime() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      return () => {
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner: LockOwner | null;
      try {
        owner = readOwner(file);
      } catch (readErr) {
        // Removed by its owner between our open and read: try again.
        if ((readErr as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw readErr;
      }
      if (owner && ownerIsRunning(owner)) throw new StartupError('DATA_DIR_IN_USE', { file, pid: owner.pid });
      try {
        unlinkSync(file);
      } catch (unlinkErr) {
        if ((unlinkErr as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkErr;
      }
    }
  }
  throw new StartupError('DATA_DIR_IN_USE', { file, pid: 0 });
}
