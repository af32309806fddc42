import * as fs from 'node:fs';
import { dirname } from 'node:path';

/**
 * The file-system calls the app's own writes go through. Tests replace one of
 * them to make the disk "full" at exactly that step; nothing else uses this seam.
 */
export const diskWrites = {
  openSync: fs.openSync,
  writeSync: fs.writeSync,
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
};

let staged = 0;

/**
 * The temp name of a file while it is being written; removed at the next start
 * if a crash left it. Unique per write: a staged file waits for its commit
 * across awaits, and two stagings of one file must never share a temp.
 */
export function tempNameOf(file: string): string {
  staged += 1;
  return `${file}.${process.pid}.${staged}.tmp`;
}

/** A temp file our writer left behind: `<name>.<pid>.<n>.tmp` (or `<name>.<pid>.tmp` from the first release). */
export const LEFTOVER_TEMP = /\.\d+(\.\d+)?\.tmp$/;

/** Makes a rename survive a power cut; where a folder cannot be opened (Windows) the rename is as durable as the OS makes it. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    diskWrites.fsyncSync(fd);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Never created, or already gone: nothing is left behind either way.
  }
}

/** A file written in full under its temp name, not yet in place: commit moves it there, discard removes it. */
export interface StagedFile {
  commit(): void;
  /** Removes the temp file, or the file itself once committed (a rollback of a first write). */
  discard(): void;
}

/** Writes `data` to the temp name, fsynced; on any failure the temp is removed before the error goes on. */
export function stageFile(file: string, data: string | Uint8Array, mode = 0o600): StagedFile {
  fs.mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = tempNameOf(file);
  try {
    const fd = diskWrites.openSync(tmp, 'w', mode);
    try {
      diskWrites.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      diskWrites.fsyncSync(fd);
    } finally {
      diskWrites.closeSync(fd);
    }
  } catch (err) {
    removeQuietly(tmp);
    throw err;
  }
  let committed = false;
  return {
    commit() {
      try {
        diskWrites.renameSync(tmp, file);
      } catch (err) {
        removeQuietly(tmp);
        throw err;
      }
      committed = true;
      syncFolder(dirname(file));
    },
    discard() {
      removeQuietly(committed ? file : tmp);
    },
  };
}

/**
 * Write-then-rename, fsynced, so a crash or a full disk leaves either the old
 * file or the new one, never half of either, and no temp file.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o600): void {
  stageFile(file, data, mode).commit();
}
