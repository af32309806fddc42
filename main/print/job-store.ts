import { v7 as uuidv7 } from 'uuid';
import type { PrintJobPayload } from '../../contract/print';

const TTL_MS = 5 * 60_000;

/**
 * Print jobs the print route fetches by id while main renders it. Kept in
 * memory only and for minutes: they hold names, so they are not written to disk.
 */
export class PrintJobStore {
  private readonly jobs = new Map<string, { payload: PrintJobPayload; expires: number }>();

  add(payload: PrintJobPayload, now = Date.now()): string {
    this.sweep(now);
    const id = uuidv7();
    this.jobs.set(id, { payload, expires: now + TTL_MS });
    return id;
  }

  get(id: string, now = Date.now()): PrintJobPayload | undefined {
    this.sweep(now);
    return this.jobs.get(id)?.payload;
  }

  delete(id: string): void {
    this.jobs.delete(id);
  }

  private sweep(now: number): void {
    for (const [id, job] of this.jobs) if (job.expires < now) this.jobs.delete(id);
  }
}
