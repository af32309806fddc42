import { randomUUID } from 'node:crypto';

/** Long enough to read a toast and click again; short enough that a forgotten id is soon worthless. */
const TTL_MS = 10 * 60_000;

export interface OfferedFile {
  /** Absolute path inside the data folder. */
  path: string;
  /** The name the user sees and saves under. */
  fileName: string;
  /** Whose call made it: only they may take it. */
  ownerId: string;
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
    return id;
  }

  /** The file, if the id is live and the caller made it. */
  find(id: string, ownerId: string, now = Date.now()): OfferedFile | undefined {
    this.sweep(now);
    const file = this.files.get(id);
    return file && file.ownerId === ownerId ? { path: file.path, fileName: file.fileName, ownerId: file.ownerId } : undefined;
  }

  private sweep(now: number): void {
    for (const [id, file] of this.files) if (file.expires < now) this.files.delete(id);
  }
}
