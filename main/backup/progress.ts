import { BackupError } from './errors';

export type Phase = 'copy' | 'check' | 'chunk' | 'readback' | 'restore' | 'verify' | 'sync' | 'gc';

/** Where an operation is: `done` of `total` bytes in its current phase. */
export interface BackupProgress {
  phase: Phase;
  done: number;
  total: number;
}

/** What a worker-side operation gets from its runner: a way to report, and a way to learn it was cancelled. */
export interface OpContext {
  /** `watch`: a file whose growing size is this phase's progress (SQLite's one-step copy reports nothing itself). */
  progress: (p: BackupProgress, watch?: string) => void;
  cancelled: () => boolean;
}

/** Called between chunks: a cancelled operation stops there and cleans up like any failure. */
export function stopIfCancelled(ctx: OpContext): void {
  if (ctx.cancelled()) throw new BackupError('cancelled', 'The operation was cancelled.');
}

/** Reports at most every `every` units of work, so a 6 GB file does not post 100 000 messages. */
export function throttled(ctx: OpContext, phase: Phase, total: number, every = 16 * 1024 * 1024): (done: number) => void {
  let last = -every;
  return (done) => {
    if (done - last >= every || done === total) {
      last = done;
      ctx.progress({ phase, done, total });
    }
  };
}
