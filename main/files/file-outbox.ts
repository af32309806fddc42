import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';

/** Long enough to read a toast and click again; short enough that a forgotten id is soon worthless. */
const TTL_MS = 10 * 60_000;
/** A download is read when the browser follows its link (main/shells/web: two minutes at most); a file that must go waits that long. */
export const DOWNLOAD_GRACE_MS = 3 * 60_000;

export interface OfferedFile {
  /** Absolute path inside the data folder. */
  path: string;
  /** The name the user sees and saves under. */
  fileName: string;
  /** Whose call made it: only they may take it. */
  ownerId: string;
  /**
   * A file that must not stay in the data folder (a full export with personal
   * data): removed once handed over, or when the offer expires untaken.
   */
  removeAfterHandOver?: boolean;
}

function remove(path: string): void {
  rmSync(path, { force: true });
}

/**
 * Files the app just made and may hand to the user, by an unguessable id
 * (random UUID, not time-ordered). Kept in memory only: after a restart the file
 * is still in the data folder, but no id reaches it.
 */
export class FileOutbox {
  private readonly files = new Map<string, OfferedFile & { expires: number }>();

  offer(file: OfferedFile, now = Date.now()): string {
    this.sweep(now);
    const id = randomUUID();
    this.files.set(id, { ...file, expires: now + TTL_MS });
    // Removed on time even if nobody calls again (sweep runs only on calls).
    if (file.removeAfterHandOver) setTimeout(() => this.withdraw(id, 0), TTL_MS).unref();
    return id;
  }

  /** The file, if the id is live and the caller made it. */
  find(id: string, ownerId: string, now = Date.now()): OfferedFile | undefined {
    this.sweep(now);
    const file = this.files.get(id);
    return file && file.ownerId === ownerId ? { path: file.path, fileName: file.fileName, ownerId: file.ownerId, ...(file.removeAfterHandOver && { removeAfterHandOver: true }) } : undefined;
  }

  /**
   * After a hand-over: a file that must not stay is no longer on offer, and
   * goes after `graceMs` (0: now; a download's link still has to be followed).
   */
  withdraw(id: string, graceMs: number): void {
    const file = this.files.get(id);
    if (!file?.removeAfterHandOver) return;
    this.files.delete(id);
    if (graceMs <= 0) remove(file.path);
    else setTimeout(() => remove(file.path), graceMs).unref();
  }

  private sweep(now: number): void {
    for (const [id, file] of this.files) {
      if (file.expires >= now) continue;
      this.files.delete(id);
      if (file.removeAfterHandOver) remove(file.path);
    }
  }
}
