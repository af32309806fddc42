import { randomUUID } from 'node:crypto';
import type { Output, Parsed } from '../../../contract';
import type { VerifyProgress } from '../../../contract/audit';
import { ChainWalk, chainHeads, type ChainPoint } from '../../audit/chain-walk';
import { dropCheckpoint, readCheckpoint, writeCheckpoint, type CheckpointRead } from '../../audit/verify-checkpoint';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { auditSealReport } from './audit-seal';
import { verifyJobs, type VerifyJob } from './verify-jobs';

/** Work per turn of the event loop: long enough to walk fast, short enough that another call waits little. */
const SLICE_MS = 25;
/** Rows per read within a turn (the turn ends at the first read past SLICE_MS). */
const STEP_ROWS = 500;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Run {
  ctx: ServiceContext;
  job: VerifyJob;
  walk: ChainWalk;
  b: Buffer | null;
  /** The last full intact run before this one, from the checkpoint. */
  lastFullAt: string | null;
}

/** Ends an intact run by moving the checkpoint up to each chain's end; a broken one removes it, so the next run reads everything. */
function remember({ ctx, job, walk, b, lastFullAt }: Run): string | null {
  const now = ctx.now().toISOString();
  const full = job.progress.mode === 'full';
  if (walk.firstBroken !== null) {
    dropCheckpoint(ctx.dataDir);
    return lastFullAt;
  }
  const kept = full ? now : lastFullAt;
  if (b) writeCheckpoint(ctx.dataDir, [...walk.heads.values()].map((p) => ({ ...p, verifiedAt: now })), kept, b);
  return kept;
}

function finish(run: Run): void {
  const { ctx, job, walk } = run;
  const broken = walk.firstBroken;
  const lastFullAt = remember(run);
  Object.assign(job.progress, {
    state: 'done',
    checked: walk.checked,
    intact: broken === null,
    firstBrokenSeq: broken?.seq ?? null,
    firstBrokenAt: broken?.at ?? null,
    brokenCount: walk.brokenCount,
    lastFullAt,
    seal: auditSealReport(ctx),
  } satisfies Partial<VerifyProgress>);
}

async function run(r: Run): Promise<void> {
  const { job, walk } = r;
  try {
    // The first slice too runs after the start call has answered.
    await nextTurn();
    while (!job.stop) {
      const until = Date.now() + SLICE_MS;
      while (!walk.done && Date.now() < until) walk.step(STEP_ROWS);
      job.progress.checked = walk.checked;
      job.progress.brokenCount = walk.brokenCount;
      if (walk.done) break;
      await nextTurn();
    }
    if (job.stop) job.progress.state = 'cancelled';
    else finish(r);
  } catch (err) {
    job.progress.state = 'failed';
    job.progress.error = err instanceof AppError ? err.code : 'INTERNAL';
  } finally {
    job.endedAt = Date.now();
  }
}

function startsOf(read: CheckpointRead | null): Map<string, ChainPoint> {
  return new Map(read?.ok ? read.checkpoint.devices.map((p) => [p.deviceId, p]) : []);
}

/**
 * Starts a verify and returns at once; the walk runs in slices after the
 * call has answered. Incremental from the sealed checkpoint of the last intact
 * run where there is a good one and `full` is not asked; full otherwise, saying why.
 * A caller whose verify is still running gets that one back.
 */
export function startVerify(ctx: ServiceContext, input: Parsed<'audit', 'verifyStart'>): Output<'audit', 'verifyStart'> {
  const jobs = verifyJobs(ctx.runtime);
  const running = jobs.runningOf(ctx.session.operatorId);
  if (running) return { jobId: running.progress.jobId, total: running.progress.total };
  const b = ctx.runtime.sealed ? null : ctx.runtime.backupKey();
  const read = readCheckpoint(ctx.dataDir, ctx.db, b);
  const incremental = read.ok && !input.full;
  const starts = startsOf(incremental ? read : null);
  const fromEntries = [...starts.values()].reduce((n, p) => n + p.deviceSeq, 0);
  const total = Math.max(0, chainHeads(ctx.db).reduce((n, h) => n + h.deviceSeq, 0) - fromEntries);
  const fromAt = incremental && read.ok ? (read.checkpoint.devices.map((d) => d.verifiedAt).sort().at(-1) ?? null) : null;
  const progress: VerifyProgress = {
    jobId: randomUUID(),
    state: 'running',
    checked: 0,
    total,
    mode: incremental ? 'incremental' : 'full',
    fullReason: incremental ? null : input.full || read.ok ? 'asked' : read.reason,
    fromEntries,
    fromAt,
    lastFullAt: read.ok ? read.checkpoint.lastFullAt : null,
    intact: null,
    firstBrokenSeq: null,
    firstBrokenAt: null,
    brokenCount: 0,
    seal: null,
    error: null,
  };
  const job: VerifyJob = { progress, ownerId: ctx.session.operatorId, stop: false, endedAt: null };
  jobs.add(job);
  void run({ ctx, job, walk: new ChainWalk(ctx.db, starts), b, lastFullAt: progress.lastFullAt });
  return { jobId: progress.jobId, total };
}

function ownJob(ctx: ServiceContext, jobId: string): VerifyJob {
  const job = verifyJobs(ctx.runtime).find(jobId, ctx.session.operatorId);
  if (!job) throw new AppError('NOT_FOUND', 'No such verify.');
  return job;
}

function progressOf(job: VerifyJob): VerifyProgress {
  return { ...job.progress, total: Math.max(job.progress.total, job.progress.checked) };
}

export function verifyProgress(ctx: ServiceContext, input: Parsed<'audit', 'verifyProgress'>): Output<'audit', 'verifyProgress'> {
  return progressOf(ownJob(ctx, input.jobId));
}

/** Stops a running verify at its next slice; a finished one stays as it is. */
export function cancelVerify(ctx: ServiceContext, input: Parsed<'audit', 'verifyCancel'>): Output<'audit', 'verifyCancel'> {
  const job = ownJob(ctx, input.jobId);
  if (job.progress.state === 'running') job.stop = true;
  return progressOf(job);
}
