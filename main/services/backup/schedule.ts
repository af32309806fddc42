import type { BackupSchedule } from '../../../contract/backup';
import type { ServiceContext } from '../../core/context';
import { auditHeadId, goodOnes, startSnapshot, storeSnapshots, takeSnapshot } from './snapshots';
import { jobsOf } from './jobs';
import { readSchedule } from './schedule-settings';
import { readRecord } from './status-file';

/** How often the schedule looks at the clock: a PC that slept or changed time zone still backs up within a minute. */
const TICK_MS = 60_000;

function atLocalTime(day: Date, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  const at = new Date(day);
  at.setHours(h!, m!, 0, 0);
  return at;
}

/**
 * When the next scheduled snapshot is due: today at the set time unless a
 * snapshot was already made since then, else tomorrow. A PC that was off at
 * the set time is due at once (a missed backup is made up, not skipped).
 */
export function nextScheduledAt(schedule: BackupSchedule, lastSuccessAt: string | null, now: Date): Date {
  const today = atLocalTime(now, schedule.dailyAt);
  const last = lastSuccessAt ? new Date(lastSuccessAt) : null;
  const shift = (days: number) => {
    const d = new Date(today);
    d.setDate(d.getDate() + days);
    return atLocalTime(d, schedule.dailyAt);
  };
  // Never backed up: now.
  if (!last) return now;
  // Today's is made: tomorrow's.
  if (last >= today) return shift(1);
  // Today's time has come, or yesterday's was missed (the PC was off): now.
  if (now >= today || last < shift(-1)) return now;
  return today;
}

/**
 * The newest good snapshot's time: recorded at each success (status.json), or
 * the store's newest where it has been listed (a store copied in, a record lost).
 */
export function lastSuccessAt(ctx: ServiceContext): string | null {
  const record = readRecord(ctx.dataDir).lastSuccessAt;
  const newest = goodOnes(jobsOf(ctx.runtime).snapshots ?? [])[0]?.createdAt ?? null;
  if (!record) return newest;
  if (!newest) return record;
  return record > newest ? record : newest;
}

function tick(ctx: ServiceContext): void {
  const jobs = jobsOf(ctx.runtime);
  if (jobs.running || jobs.closing || ctx.runtime.sealed) return;
  const due = nextScheduledAt(readSchedule(ctx.db), lastSuccessAt(ctx), ctx.now());
  if (due <= ctx.now()) startSnapshot(ctx, 'scheduled');
}

/** Starts the daily schedule (the composition root calls it once per core). */
export function startBackupSchedule(ctx: ServiceContext): void {
  const jobs = jobsOf(ctx.runtime);
  jobs.timer = setInterval(() => {
    try {
      tick(ctx);
    } catch (err) {
      console.error('backup schedule:', err);
    }
  }, TICK_MS);
  jobs.timer.unref();
}

/**
 * At quit: the running operation is stopped, then — where the site wants it
 * and something changed since the newest snapshot — one more snapshot is
 * taken before the database closes. A failure is recorded and never blocks quitting.
 */
export async function backupOnQuit(ctx: ServiceContext, automatic = true): Promise<void> {
  const jobs = jobsOf(ctx.runtime);
  await jobs.close();
  if (!automatic || ctx.runtime.sealed || !readSchedule(ctx.db).onQuit) return;
  try {
    const newest = goodOnes(await storeSnapshots(ctx))[0];
    if (newest && newest.auditHead?.id === auditHeadId(ctx.db)) return;
    await jobs.finalRun(() => takeSnapshot(ctx, 'quit'));
  } catch (err) {
    console.error('backup on quit failed:', err);
  }
}
