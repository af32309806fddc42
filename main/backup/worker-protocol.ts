import type { RetentionResult } from './gc';
import type { SnapshotInfo } from './manifest';
import type { BackupProgress } from './progress';
import type { RestoreJob, VerifyResult } from './restore';
import type { SnapshotJob } from './snapshot';
import type { SyncJob, SyncResult } from './target-sync';
import type { RetentionPolicy } from './retention';
import type { BackupErrorReason } from './errors';
import type { SnapshotSummary } from './store-lookup';

/** What the main thread asks the worker to do: one operation per worker. */
export type WorkerRequest =
  | { op: 'ping' }
  | { op: 'list'; job: { storeDir: string; backupKey: Buffer } }
  | { op: 'snapshot'; job: SnapshotJob }
  | { op: 'restore'; job: RestoreJob }
  | { op: 'verify'; job: { storeDir: string; id: string; backupKey: Buffer } }
  | { op: 'retention'; job: { storeDir: string; backupKey: Buffer; policy: RetentionPolicy; now: string } }
  | { op: 'sync'; job: SyncJob };

export interface WorkerResults {
  ping: 'pong';
  list: SnapshotSummary[];
  snapshot: SnapshotInfo;
  restore: SnapshotInfo;
  verify: VerifyResult;
  retention: RetentionResult;
  sync: SyncResult;
}

export interface WorkerInput {
  request: WorkerRequest;
  /** One Int32: set to 1 by the main thread to cancel; read between chunks without waiting for the event loop. */
  cancel: SharedArrayBuffer;
}

/** `watch`: see OpContext.progress. */
export type WorkerMessage =
  | { type: 'progress'; progress: BackupProgress; watch?: string }
  | { type: 'done'; value: unknown }
  | { type: 'error'; reason: BackupErrorReason; message: string };
