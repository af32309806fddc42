import type { z } from 'zod';
import type { backupOperation, SnapshotReason } from '../../../contract/backup';
import type { SnapshotSummary } from '../../backup';
import type { DeskRuntime } from '../../core/runtime';

type Operation = z.output<typeof backupOperation>;

/**
 * The one backup operation that may run at a time on this desk (snapshot,
 * verify, copy to targets, restore), its progress for the screen, and a way
 * to stop it at shutdown. The store has its own lock too (main/backup); this
 * one answers "busy" before anything starts.
 */
export class BackupJobs {
  running: Operation | null = null;
  private abort: AbortController | null = null;
  private current: Promise<unknown> | null = null;
  /** The store's snapshots as last listed (decrypting every manifest per screen refresh would be wasteful). */
  snapshots: SnapshotSummary[] | null = null;
  /** Bumped when an operation ends: a listing that started before is not cached over the newer state. */
  private generation = 0;

  async listed(load: () => Promise<SnapshotSummary[]>): Promise<SnapshotSummary[]> {
    if (this.snapshots) return this.snapshots;
    const started = this.generation;
    const list = await load();
    if (started === this.generation) this.snapshots = list;
    return list;
  }
  timer: NodeJS.Timeout | null = null;
  closing = false;

  /** Starts `work` as the running operation, or says the desk is busy (null). */
  start<T>(kind: Operation['kind'], reason: SnapshotReason | null, at: Date, work: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>): Promise<T> | null {
    if (this.running || this.closing) return null;
    const op: Operation = { kind, reason, startedAt: at.toISOString(), done: 0, total: 0 };
    this.running = op;
    this.abort = new AbortController();
    const progress = (done: number, total: number) => {
      op.done = done;
      op.total = total;
    };
    const promise = work(this.abort.signal, progress).finally(() => {
      this.running = null;
      this.abort = null;
      this.current = null;
      this.snapshots = null;
      this.generation++;
    });
    this.current = promise;
    return promise;
  }

  /** Progress of the next phase (copying to targets after a snapshot) under the same operation. */
  phase(kind: Operation['kind']): void {
    if (this.running) Object.assign(this.running, { kind, done: 0, total: 0 });
  }

  /** At shutdown: nothing new starts; a running operation is asked to stop and awaited. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    this.abort?.abort();
    await this.current?.catch(() => undefined);
  }

  /** Lets an operation run at shutdown (the snapshot on quit) after close() stopped the schedule. */
  async finalRun<T>(work: () => Promise<T>): Promise<T> {
    this.closing = false;
    try {
      return await work();
    } finally {
      this.closing = true;
    }
  }
}

const byRuntime = new WeakMap<DeskRuntime, BackupJobs>();

/** One per desk runtime (a core restarted after a restore gets a new one). */
export function jobsOf(runtime: DeskRuntime): BackupJobs {
  let jobs = byRuntime.get(runtime);
  if (!jobs) byRuntime.set(runtime, (jobs = new BackupJobs()));
  return jobs;
}
