import { STORAGE_CHECK_EVERY_DAYS } from '../../../contract/archive';
import type { ServiceContext } from '../../core/context';
import { newestCheck } from './check-rows';
import { runStorageCheck } from './health';

const HOUR_MS = 60 * 60 * 1000;

/** Whether the newest check is older than STORAGE_CHECK_EVERY_DAYS (or there is none). */
export function storageCheckDue(ctx: ServiceContext): boolean {
  const newest = newestCheck(ctx);
  if (!newest) return true;
  return ctx.now().getTime() - Date.parse(newest.startedAt) >= STORAGE_CHECK_EVERY_DAYS * 24 * HOUR_MS;
}

/**
 * The scheduled storage check: looked at now and every hour, run when due
 * (the files are read in the documents worker, so the desk stays responsive).
 * A sealed desk waits (the files open only with the backup key); the caller
 * also calls `now` once the key opens.
 */
export function startStorageSchedule(ctx: ServiceContext, logError: (err: unknown) => void): { now: () => void; stop: () => void } {
  const tick = () => {
    if (ctx.runtime.sealed || !storageCheckDue(ctx)) return;
    runStorageCheck(ctx, 'schedule').catch(logError);
  };
  const timer = setInterval(tick, HOUR_MS);
  timer.unref();
  tick();
  return { now: tick, stop: () => clearInterval(timer) };
}
