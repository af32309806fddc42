import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { VerifyProgress } from '../../../contract/audit';
import type { BenchCore } from '../bench-core';
import { opResult, type OpResult } from '../results';
import { summarize } from '../stats';

const MB = 1024 * 1024;
/** How often the desk asks something else while a verify runs (a screen polling, a check-in). */
const OTHER_CALL_EVERY_MS = 20;
/** Entries written between the full and the incremental verify. */
const NEW_ENTRIES = 5;

const round1 = (x: number) => Math.round(x * 10) / 10;
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));

/**
 * The floor: the same walk in raw SQL, down the same unique index with one
 * open statement, hashing each row's canonical content with sha256 (what any
 * verify must at least do); no predecessor check, no slices, no redactions.
 */
function rawWalk(db: Database.Database): { ms: number; rows: number } {
  const t = performance.now();
  let rows = 0;
  const walk = db.prepare('SELECT id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ORDER BY device_id, device_seq');
  let prev = '';
  for (const r of walk.iterate() as Iterable<Record<string, string | null>>) {
    const canonical = JSON.stringify([prev, r.id, r.at, r.device_id, r.actor, r.action, r.entity, r.entity_id, r.detail]);
    createHash('sha256').update(canonical, 'utf8').digest('hex');
    prev = r.hash!;
    rows += 1;
  }
  return { ms: performance.now() - t, rows };
}

interface VerifyRun {
  ms: number;
  progress: VerifyProgress;
  rssGrowthMB: number;
  /** How long each other call waited, from the moment it was due (not from when a timer let it go). */
  otherCallWaits: number[];
}

/** One verify through the app, with `session.status` due every OTHER_CALL_EVERY_MS meanwhile, and the RSS sampled at each. */
async function verifyWhileBusy(bench: BenchCore, full: boolean): Promise<VerifyRun> {
  (globalThis as { gc?: () => void }).gc?.();
  const rss0 = process.memoryUsage().rss;
  let rssPeak = rss0;
  const started = performance.now();
  const { jobId } = await bench.call<{ jobId: string }>('audit.verifyStart', { full });
  const waits: number[] = [];
  let progress = await bench.call<VerifyProgress>('audit.verifyProgress', { jobId });
  while (progress.state === 'running') {
    // Due 20 ms from now: a timer that fires late (a slice still running) counts in the wait, as it would for a click.
    const due = performance.now() + OTHER_CALL_EVERY_MS;
    await sleepUntil(due);
    await bench.call('session.status', {});
    waits.push(performance.now() - due);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    progress = await bench.call<VerifyProgress>('audit.verifyProgress', { jobId });
  }
  const ms = performance.now() - started;
  if (progress.state !== 'done') throw new Error(`verify ended ${progress.state}: ${progress.error}`);
  return { ms, progress, rssGrowthMB: round1((rssPeak - rss0) / MB), otherCallWaits: waits };
}

function detailOf(run: VerifyRun): Record<string, unknown> {
  const waits = summarize(run.otherCallWaits);
  const { progress } = run;
  return {
    mode: progress.mode,
    fullReason: progress.fullReason,
    intact: progress.intact,
    checked: progress.checked,
    rowsPerSec: Math.round(progress.checked / (run.ms / 1000)),
    rssGrowthMB: run.rssGrowthMB,
    otherCallsMeanwhile: run.otherCallWaits.length,
    otherCallWaitP95Ms: waits ? round1(waits.p95) : null,
    otherCallWaitMaxMs: waits ? round1(Math.max(...run.otherCallWaits)) : null,
  };
}

/** A few walk-ins checked in (each writes its audit entries) for the incremental verify to read. */
async function writeEntries(bench: BenchCore, n: number): Promise<void> {
  const run = String(Date.now() % 100000).padStart(5, '0');
  for (let i = 0; i < n; i += 1) {
    await bench.call('visits.checkIn', { name: '校验访客', company: '基准公司', phone: `139${run}${String(i).padStart(3, '0')}`, idType: 'passport', idNumber: `V${run}${String(i).padStart(4, '0')}`, host: '李娜', privacyAck: true });
  }
}

/**
 * Issue 17, item 2: the audit verify, full and incremental, through the app
 * (a job in slices) beside the raw walk of the same index; rows/s, the RSS it
 * adds, and how long another call waits while it runs.
 */
export async function benchAuditVerify(bench: BenchCore, db: Database.Database): Promise<OpResult[]> {
  const floor = rawWalk(db);
  const full = await verifyWhileBusy(bench, true);
  await writeEntries(bench, NEW_ENTRIES);
  const incremental = await verifyWhileBusy(bench, false);
  const floorNote = 'floor: the raw walk of audit_log down (device_id, device_seq) with one open statement, sha256 of each row (no links, slices or redactions)';
  return [
    opResult({
      group: 'audit',
      name: 'audit verify · full (a job in slices)',
      budget: 'none',
      app: [full.ms],
      floor: [floor.ms],
      floorNote,
      floorBound: false,
      detail: { ...detailOf(full), floorRows: floor.rows, floorRowsPerSec: Math.round(floor.rows / (floor.ms / 1000)) },
    }),
    opResult({
      group: 'audit',
      name: `audit verify · incremental (after ${NEW_ENTRIES} check-ins)`,
      budget: 'none',
      app: [incremental.ms],
      floorNote: 'floor n/a: it reads one checkpoint entry per device and the new entries only',
      detail: { ...detailOf(incremental), fromEntries: incremental.progress.fromEntries },
    }),
  ];
}
