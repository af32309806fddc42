import { recordDamage } from '../../../db/file-state';
import { isDamage } from '../../../db/integrity';
import type { WalCheckpoints } from '../../../db/wal-checkpoints';
import { checkInBackground, type IntegrityVerdict } from './background-check';

/** How long after the start the check begins. */
const CHECK_DELAY_MS = 500;

export interface IntegrityWatch {
  /** How the check after a crash ended (`intact` at once where the file was closed cleanly). */
  verdict: Promise<IntegrityVerdict>;
  /** Any error a call met: SQLite's word that a page is broken is damage found. */
  met: (err: unknown) => void;
  /** The file is vouched for: closed cleanly before this start, or read through since. A clean close may say so again. */
  passed: () => boolean;
  /** Damage was found: the desk closes without a snapshot on quit and without folding the log into the file. */
  damaged: () => boolean;
  stop: () => void;
}

interface WatchOptions {
  file: string;
  /** The file was not closed cleanly: read it through in the background. */
  checkNow: boolean;
  checkpoints: WalCheckpoints;
  now: () => Date;
  logError: (channel: string, err: unknown) => void;
  /** Damage found and noted beside the file: the shell restarts the desk, whose next start refuses the file with the way back. */
  onDamage: () => void;
}

/**
 * Watches the database file for damage. A start that did not follow a clean
 * close answers at once and reads the file through in the background
 * (db/open.ts says why); until that passes nothing is folded into the file. A
 * broken page a call meets (SQLite refuses it as it reads) is damage found
 * too. Damage is noted beside the file (db/file-state.ts) so the restart that
 * follows refuses it at once with the way back to a backup, without reading it
 * all again. A check that could not run or was stopped leaves the file
 * unverified: the next start checks again.
 */
export function watchIntegrity(opts: WatchOptions): IntegrityWatch {
  let state: IntegrityVerdict['state'] | 'running' = opts.checkNow ? 'running' : 'intact';
  let damageNoted = false;
  const damage = (problem: string) => {
    if (damageNoted) return;
    damageNoted = true;
    state = 'damaged';
    opts.checkpoints.hold();
    noteDamage(opts, problem);
  };
  let verdict: Promise<IntegrityVerdict> = Promise.resolve({ state: 'intact' });
  let stop = () => {};
  if (opts.checkNow) {
    opts.checkpoints.hold();
    let check: ReturnType<typeof checkInBackground> | null = null;
    // Started a moment after the start: spawning a process is ~20 ms the first answer need not wait for.
    const started = new Promise<IntegrityVerdict>((resolve) => {
      const timer = setTimeout(() => {
        check = checkInBackground(opts.file);
        resolve(check.verdict);
      }, CHECK_DELAY_MS);
      timer.unref?.();
      stop = () => {
        clearTimeout(timer);
        if (check) check.stop();
        else resolve({ state: 'stopped' });
      };
    });
    verdict = started.then((v) => {
      if (damageNoted) return v;
      state = v.state;
      if (v.state === 'damaged') damage(v.problem);
      // Stopped (the desk is closing): still held, so the close leaves the unverified file as it is.
      if (v.state === 'intact' || v.state === 'failed') opts.checkpoints.release();
      if (v.state === 'failed') opts.logError('database.check', new Error(`The check after an unexpected stop could not run: ${v.error}`));
      return v;
    });
  }
  return {
    verdict,
    met: (err) => {
      if (isDamage(err)) damage(err instanceof Error ? err.message : String(err));
    },
    passed: () => state === 'intact',
    damaged: () => state === 'damaged',
    stop,
  };
}

function noteDamage(opts: WatchOptions, problem: string): void {
  opts.logError('database.check', new Error(`The database is damaged: ${problem}`));
  try {
    recordDamage(opts.file, problem, opts.now());
  } catch (err) {
    // Not noted (a full disk): a restart would check and find it again, over and over. The desk goes on, folding nothing into the file.
    opts.logError('database.check', err);
    return;
  }
  opts.onDamage();
}
