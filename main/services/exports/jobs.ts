import type { ExportProgress, ExportState } from '../../../contract/data-export';
import type { DeskRuntime } from '../../core/runtime';

/** One export in main: whose it is, how far it got, and the file once done. */
export interface ExportJob {
  id: string;
  ownerId: string;
  state: ExportState;
  rows: number;
  total: number;
  fileId: string | null;
  fileName: string | null;
  error: string | null;
  /** Set by `cancel` or the end of the owner's session; the job stops at its next slice and removes its file. */
  stop: boolean;
  /** When it finished: finished jobs are forgotten after a while. */
  endedAt: number | null;
}

/** How long a finished job's state stays readable (the dialog reads it once; a toast may read it again). */
const KEEP_MS = 15 * 60_000;

/**
 * The exports of one desk, in memory (a restart forgets them; their files
 * are in the data folder or were never finished). Per core: keyed by its
 * runtime, so two cores in one process never see each other's jobs.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  constructor(runtime: DeskRuntime) {
    // A session that ends (sign-out, lock) stops its exports: nothing runs on for nobody.
    runtime.session.ended.push((operatorId) => {
      for (const job of this.jobs.values()) if (job.ownerId === operatorId && job.state === 'running') job.stop = true;
    });
  }

  add(job: ExportJob): void {
    this.sweep(Date.now());
    this.jobs.set(job.id, job);
  }

  /** The caller's own job; someone else's is as unknown as a wrong id. */
  find(id: string, ownerId: string): ExportJob | undefined {
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId ? job : undefined;
  }

  runningOf(ownerId: string): ExportJob | undefined {
    return [...this.jobs.values()].find((j) => j.ownerId === ownerId && j.state === 'running');
  }

  private sweep(now: number): void {
    for (const [id, job] of this.jobs) if (job.endedAt !== null && job.endedAt + KEEP_MS < now) this.jobs.delete(id);
  }
}

const byRuntime = new WeakMap<DeskRuntime, ExportJobs>();

export function exportJobs(runtime: DeskRuntime): ExportJobs {
  let jobs = byRuntime.get(runtime);
  if (!jobs) {
    jobs = new ExportJobs(runtime);
    byRuntime.set(runtime, jobs);
  }
  return jobs;
}

export function progressOf(job: ExportJob): ExportProgress {
  return { jobId: job.id, state: job.state, rows: job.rows, total: Math.max(job.total, job.rows), fileId: job.fileId, fileName: job.fileName, error: job.error };
}
