import { fdatasyncSync } from 'node:fs';

/**
 * Why a snapshot paces its writes: the desk commits every check-in with
 * synchronous=FULL, and on one disk its fsync waits behind whatever dirty data
 * the backup has piled up in the page cache (on ext4 an fsync can have to push
 * other files' data first). Measured on the ten-year data set: a check-in took
 * up to 798 ms during an unpaced first snapshot. Flushing the backup's own
 * writes every few megabytes, then resting at least as long as the flush took,
 * keeps that backlog small and leaves the disk idle half the time at most, so
 * the desk's next fsync finds little ahead of it; it makes a snapshot slower,
 * on a thread nobody waits for.
 */
export const FLUSH_EVERY_BYTES = 4 * 1024 * 1024;
export const PAUSE_MS = 10;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this (worker) thread: the backup's own work waits, the desk's thread never does. */
export function pause(ms = PAUSE_MS): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Flushes `fd`, then rests as long as the flush took (at least PAUSE_MS): the backup takes half the disk's time at most. */
export function flushAndRest(fd: number): void {
  const started = performance.now();
  fdatasyncSync(fd);
  pause(Math.max(PAUSE_MS, performance.now() - started));
}

/** Flushes a file being written every FLUSH_EVERY_BYTES and pauses after each flush. */
export class WritePacer {
  private pending = 0;
  constructor(private readonly fd: number) {}

  wrote(bytes: number): void {
    this.pending += bytes;
    if (this.pending < FLUSH_EVERY_BYTES) return;
    this.pending = 0;
    flushAndRest(this.fd);
  }
}
