import { Worker } from 'node:worker_threads';
import { documentsWorkerEntry } from './worker-entry';
import type { JobRequest, JobResults, WorkerJob, WorkerReply } from './worker-protocol';

/** A worker with nothing to do goes after this long; the next job starts a new one (the parsers load again only then). */
const IDLE_MS = 30_000;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The documents worker, started on first use and kept while jobs come (so a
 * batch of uploads parses without a new thread each); never holds the desk's
 * process open.
 */
export class DocumentsWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private idle: NodeJS.Timeout | null = null;

  run<K extends JobRequest['op']>(request: Extract<JobRequest, { op: K }>, onProgress?: (done: number, total: number) => void): Promise<JobResults[K]> {
    const worker = this.started();
    const id = this.nextId++;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    return new Promise<JobResults[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onProgress && { onProgress }) });
      worker.ref();
      worker.postMessage({ ...request, id } satisfies WorkerJob);
    });
  }

  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const entry = documentsWorkerEntry();
    const worker = new Worker(entry.file, { execArgv: entry.execArgv });
    worker.on('message', (m: WorkerReply) => this.reply(m));
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The documents worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private reply(m: WorkerReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.onProgress?.(m.done, m.total);
      return;
    }
    this.pending.delete(m.id);
    if (m.type === 'done') p.resolve(m.value);
    else p.reject(new Error(m.message));
    if (this.pending.size === 0) this.whenIdle();
  }

  private whenIdle(): void {
    this.worker?.unref();
    this.idle = setTimeout(() => void this.close(), IDLE_MS);
    this.idle.unref();
  }
}
