import { closeSync, constants, fstatSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { dirname } from 'node:path';

/** Flushes a folder's entries (a rename or unlink in it) to the disk; where a folder cannot be opened for that, the rename stands as it is. */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Moves a finished (fsynced) file into place and flushes the folder, so a crash leaves it either absent or whole. */
export function placeFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
  renameSync(from, to);
  fsyncDir(dirname(to));
}

export function removeQuietly(path: string): void {
  rmSync(path, { force: true });
}

const WIPE_BLOCK = 1024 * 1024;

/**
 * Destruction of one file: its bytes overwritten in place with random bytes,
 * flushed, then the name removed and the folder flushed. A missing file is
 * already gone. (A copy-on-write or wear-levelled disk may keep old blocks;
 * the bytes were only ever ciphertext, and the key's file name is gone.)
 */
export function overwriteAndRemove(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  try {
    const size = fstatSync(fd).size;
    const block = Buffer.alloc(Math.min(WIPE_BLOCK, Math.max(size, 1)));
    for (let at = 0; at < size; at += block.length) {
      const length = Math.min(block.length, size - at);
      randomFillSync(block, 0, length);
      writeSync(fd, block, 0, length, at);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(path);
  fsyncDir(dirname(path));
}
