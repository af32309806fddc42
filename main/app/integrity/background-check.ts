import { fork } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { builtEntry } from '../../core/built-entry';
import type { CheckAnswer } from './check-protocol';

/** How a background check of the database file ended. */
export type IntegrityVerdict =
  | { state: 'intact' }
  | { state: 'damaged'; problem: string }
  /** The desk closed (or restarted) before the check ended: the file stays unverified, the next start checks it. */
  | { state: 'stopped' }
  /** The check could not run (not a finding about the file): it stays unverified, the next start checks it. */
  | { state: 'failed'; error: string };

export interface BackgroundCheck {
  verdict: Promise<IntegrityVerdict>;
  /** Ends the check at once, wherever it is. */
  stop: () => void;
}

/**
 * Runs SQLite's check of the whole file (db/integrity.ts) in a process of its
 * own, at low priority, while the desk answers. A process and not a worker
 * thread: the check is one native call of up to minutes at ten years, which a
 * thread cannot leave, and Node's exit waits for its threads, so a desk closed
 * during the check would hang at quit; a process is ended at once. In Electron,
 * ELECTRON_RUN_AS_NODE runs the app's own binary as plain Node.
 */
export function checkInBackground(file: string): BackgroundCheck {
  const entry = builtEntry(import.meta.url, 'integrity-check', 'integrity check');
  const child = fork(entry.file, [file], {
    execArgv: entry.execArgv,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    serialization: 'json',
  });
  try {
    // The desk's own calls come first on a 2-core PC.
    if (child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here: the check still runs, at normal priority.
  }
  let stopped = false;
  const verdict = new Promise<IntegrityVerdict>((resolve) => {
    let answer: CheckAnswer | null = null;
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => (stderr = (stderr + b.toString('utf8')).slice(-2_000)));
    child.on('message', (m) => (answer = m as CheckAnswer));
    child.on('error', (err) => resolve({ state: 'failed', error: err.message }));
    child.on('exit', (code, signal) => {
      if (stopped) return resolve({ state: 'stopped' });
      const found = answer as CheckAnswer | null;
      if (found && 'problems' in found) return resolve(found.problems.length === 0 ? { state: 'intact' } : { state: 'damaged', problem: found.problems.join('; ') });
      resolve({ state: 'failed', error: found && 'error' in found ? found.error : `the check stopped (${signal ?? code}): ${stderr.trim()}` });
    });
  });
  return {
    verdict,
    stop: () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopped = true;
      child.kill('SIGKILL');
    },
  };
}
