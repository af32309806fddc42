// The backup worker: one operation per thread, with its own SQLite connections, so the desk's thread never waits on a backup.
import { parentPort, workerData } from 'node:worker_threads';
import { asBackupError } from './errors';
import { runRetention } from './gc';
import type { OpContext } from './progress';
import { runRestore, runVerify } from './restore';
import { runSnapshot } from './snapshot';
import { listSnapshotsHere } from './store-lookup';
import { runSync } from './target-sync';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './worker-protocol';

const post = (m: WorkerMessage) => parentPort?.postMessage(m);

/** Keys arrive as Uint8Array (structured clone drops the Buffer class). */
const key = (k: Uint8Array) => Buffer.from(k.buffer, k.byteOffset, k.byteLength);

async function run(request: WorkerRequest, ctx: OpContext): Promise<unknown> {
  switch (request.op) {
    case 'ping':
      return 'pong';
    case 'list':
      return listSnapshotsHere(request.job.storeDir, key(request.job.backupKey));
    case 'snapshot': {
      const job = { ...request.job, backupKey: key(request.job.backupKey) };
      return runSnapshot(job, ctx);
    }
    case 'restore':
      return runRestore({ ...request.job, backupKey: key(request.job.backupKey) }, ctx);
    case 'verify':
      return runVerify({ ...request.job, backupKey: key(request.job.backupKey) }, ctx);
    case 'retention':
      return runRetention({ ...request.job, backupKey: key(request.job.backupKey) }, ctx);
    case 'sync':
      return runSync({ ...request.job, backupKey: key(request.job.backupKey) }, ctx);
  }
}

const input = workerData as WorkerInput;
const flag = new Int32Array(input.cancel);
const ctx: OpContext = {
  progress: (progress, watch) => post({ type: 'progress', progress, ...(watch ? { watch } : {}) }),
  cancelled: () => Atomics.load(flag, 0) === 1,
};

run(input.request, ctx).then(
  (value) => post({ type: 'done', value }),
  (err: unknown) => {
    const e = asBackupError(err);
    post({ type: 'error', reason: e.reason, message: e.message });
  },
);
