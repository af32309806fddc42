import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { asBackupError, BackupError } from './errors';
import type { BackupProgress } from './progress';
import { backupWorkerEntry } from './worker-entry';
import type { WorkerInput, WorkerMessage, WorkerRequest, WorkerResults } from './worker-protocol';

export interface RunOptions {
  onProgress?: (p: BackupProgress) => void;
  signal?: AbortSignal;
}

const WATCH_MS = 500;

/**
 * Runs one operation in a fresh worker thread and settles with its result.
 * Cancelling sets a shared flag the worker reads between chunks, so it stops
 * through its own clean-up (temp files removed, its packs dropped).
 */
export function runInWorker<K extends WorkerRequest['op']>(request: Extract<WorkerRequest, { op: K }>, opts: RunOptions = {}): Promise<WorkerResults[K]> {
  if (opts.signal?.aborted) return Promise.reject(new BackupError('cancelled', 'The operation was cancelled before it started.'));
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const entry = backupWorkerEntry();
  const worker = new Worker(entry.file, { workerData: { request, cancel } satisfies WorkerInput, execArgv: entry.execArgv });
  return new Promise<WorkerResults[K]>((resolve, reject) => {
    let settled = false;
    let watcher: NodeJS.Timeout | null = null;
    const stopWatching = () => {
      if (watcher) clearInterval(watcher);
      watcher = null;
    };
    const onAbort = () => Atomics.store(flag, 0, 1);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      stopWatching();
      opts.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') {
        stopWatching();
        opts.onProgress?.(m.progress);
        const { watch } = m;
        const { phase, total } = m.progress;
        if (watch) {
          watcher = setInterval(() => {
            stat(watch).then(
              (s) => watcher && opts.onProgress?.({ phase, done: Math.min(s.size, total), total }),
              () => {},
            );
          }, WATCH_MS);
        }
      } else if (m.type === 'done') {
        settle(() => resolve(m.value as WorkerResults[K]));
      } else {
        settle(() => reject(new BackupError(m.reason, m.message)));
      }
    });
    worker.on('error', (err) => settle(() => reject(asBackupError(err))));
    worker.on('exit', (code) => settle(() => reject(new BackupError('error', `The backup worker stopped (exit code ${code}) before finishing.`))));
  });
}
