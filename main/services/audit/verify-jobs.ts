import type { VerifyProgress } from '../../../contract/audit';
import type { DeskRuntime } from '../../core/runtime';

/** One verify in main: whose it is and where it stands (its verdict once done). */
export interface VerifyJob {
  progress: VerifyProgress;
  ownerId: string;
  /** Set by `cancel` or the end of the owner's session; the walk stops at its next slice. */
  stop: boolean;
  /** When it finished: finished jobs are forgotten after a while. */
  endedAt: number | null;
}

/** How long a finished job's verdict stays readable (the screen reads it once it is done). */
const KEEP_MS = 15 * 60_000;

/**
 * The verify jobs of one desk, in memory (a restart forgets them, and a walk
 * cut short remembers nothing). Per core, keyed by its runtime, as exports are.
 */
export class VerifyJobs {
  private readonly jobs = new Map<string, VerifyJob>();

  constructor(runtime: DeskRuntime) {
    // A session that ends (sign-out, lock) stops its verify: nothing walks on for nobody.
    runtime.session.ended.push((operatorId) => {
      for (const job of this.jobs.values()) if (job.ownerId === operatorId && job.progress.state === 'running') job.stop = true;
    });
  }

  add(job: VerifyJob): void {
    this.sweep(Date.now());
    this.jobs.set(job.progress.jobId, job);
  }

  /** The caller's own job; someone else's is as unknown as a wrong id. */
  find(id: string, ownerId: string): VerifyJob | undefined {
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId ? job : undefined;
  }

  runningOf(ownerId: string): VerifyJob | undefined {
    return [...this.jobs.values()].find((j) => j.ownerId === ownerId && j.progress.state === 'running');
  }

  private sweep(now: number): void {
    for (const [id, job] of this.jobs) if (job.endedAt !== null && job.endedAt + KEEP_MS < now) this.jobs.delete(id);
  }
}

const byRuntime = new WeakMap<DeskRuntime, VerifyJobs>();

export function verifyJobs(runtime: DeskRuntime): VerifyJobs {
  let jobs = byRuntime.get(runtime);
  if (!jobs) {
    jobs = new VerifyJobs(runtime);
    byRuntime.set(runtime, jobs);
  }
  return jobs;
}
