import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Output, Parsed } from '../../../contract';
import { localDateTime } from '../../../contract/audit-text';
import { EXPORT_MAX_ROWS } from '../../../contract/data-export';
import { EXPORT_COLUMNS, EXPORT_LABELS, exportColumnLabel } from '../../../contract/export-labels';
import type { ServiceContext } from '../../core/context';
import { freeDataFileName } from '../../core/data-files';
import { AppError } from '../../core/errors';
import { permissionsOf } from '../../security/roles';
import { readSettings } from '../settings';
import { auditedFilters } from './audit-filter';
import { columnWidths } from './cells';
import type { DatasetReader } from './datasets/types';
import { fullIdNumbers } from './id-numbers';
import { exportJobs, progressOf, type ExportJob } from './jobs';
import { openReader } from './readers';
import { loadExcelJs } from '../../files/heavy-modules';
import { csvWriter, xlsxWriter, type SheetHead, type SheetWriter } from './sheet-writers';

/** Masked exports stay in the data folder (a lost download can be found again), like the audit log's. */
const FOLDER = 'exports';
/**
 * Full exports (ID numbers in full) have a folder of their own: each file goes
 * once handed over or when its offer expires, and whatever a crash left there
 * is removed by the next full export.
 */
const FULL_FOLDER = 'exports-personal';
const LEFTOVER_MS = 15 * 60_000;

function tooMany(rows: number): AppError {
  return new AppError('CONFLICT', `An export holds at most ${EXPORT_MAX_ROWS} rows; narrow the filters.`, { reason: 'tooManyRows', rows, max: EXPORT_MAX_ROWS });
}

function sweepLeftovers(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs + LEFTOVER_MS < now) rmSync(path, { force: true });
    } catch {
      // Gone meanwhile.
    }
  }
}

interface Run {
  ctx: ServiceContext;
  input: Parsed<'exports', 'start'>;
  job: ExportJob;
  reader: DatasetReader;
  writer: SheetWriter;
  dir: string;
  part: string;
  base: string;
}

/** Between pages the job yields to the event loop, so the desk answers other calls while a large export runs. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function run({ ctx, input, job, reader, writer, dir, part, base }: Run): Promise<void> {
  let finalPath: string | null = null;
  try {
    for (;;) {
      if (job.stop) break;
      const rows = reader.next();
      if (rows.length === 0) break;
      if (job.rows + rows.length > EXPORT_MAX_ROWS) throw tooMany(job.rows + rows.length);
      writer.write(rows);
      job.rows += rows.length;
      await nextTurn();
    }
    if (job.stop) {
      await writer.abort();
      job.state = 'cancelled';
      return;
    }
    await writer.finish();
    if (job.stop) {
      rmSync(part, { force: true });
      job.state = 'cancelled';
      return;
    }
    const fileName = freeDataFileName(ctx.dataDir, input.full ? FULL_FOLDER : FOLDER, base, input.format, ctx.now());
    finalPath = join(dir, fileName);
    renameSync(part, finalPath);
    // Audited before the file is on offer: no export leaves without its entry.
    ctx.write(
      () => null,
      () => ({
        action: input.full ? 'data.exportFull' : 'data.export',
        entity: 'export',
        entityId: null,
        detail: {
          dataset: input.dataset,
          format: input.format,
          rows: job.rows,
          filter: auditedFilters(ctx.db, input.dataset, input.filters),
          fileName,
          ...(input.full && { reason: input.full.reason }),
        },
      }),
    );
    job.fileId = ctx.outbox.offer({ path: finalPath, fileName, ownerId: job.ownerId, ...(input.full && { removeAfterHandOver: true }) }, ctx.now().getTime());
    job.fileName = fileName;
    job.state = 'done';
  } catch (err) {
    await writer.abort().catch(() => undefined);
    if (finalPath) rmSync(finalPath, { force: true });
    job.state = 'failed';
    job.error = err instanceof AppError ? err.code : 'INTERNAL';
  } finally {
    job.endedAt = Date.now();
  }
}

/**
 * Starts an export: checks who may, counts the rows, opens the file and
 * returns; the rows are written in slices after the call has answered.
 * A full export needs `data.exportFull` (the contract already asked for a reason).
 */
export async function startExport(ctx: ServiceContext, input: Parsed<'exports', 'start'>): Promise<Output<'exports', 'start'>> {
  // Loaded before any check, so from here to the job's start nothing waits: two starts cannot both pass the check below.
  const excel = input.format === 'xlsx' ? await loadExcelJs() : null;
  if (input.full && !permissionsOf(ctx.session).has('data.exportFull')) {
    throw new AppError('FORBIDDEN', 'Exporting ID numbers in full needs its own permission.', { reason: 'exportFull' });
  }
  const jobs = exportJobs(ctx.runtime);
  if (jobs.runningOf(ctx.session.operatorId)) throw new AppError('CONFLICT', 'An export of yours is still running.', { reason: 'exportRunning' });
  const { locale } = readSettings(ctx.db);
  const reader = openReader(ctx, input, { locale, fullIdNumbers: input.full ? (ids) => fullIdNumbers(ctx, ids) : () => new Map() });
  if (reader.total > EXPORT_MAX_ROWS) throw tooMany(reader.total);

  const labels = EXPORT_LABELS[locale];
  const dir = join(ctx.dataDir, input.full ? FULL_FOLDER : FOLDER);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (input.full) sweepLeftovers(dir, Date.now());
  const id = randomUUID();
  const part = join(dir, `.${id}.part`);
  const head: SheetHead = {
    sheetName: labels.datasets[input.dataset],
    headers: EXPORT_COLUMNS[input.dataset].map((c) => exportColumnLabel(locale, input.dataset, c)),
    widths: columnWidths(input.dataset),
    notice: input.full ? labels.personalNotice(input.full.reason, ctx.session.operatorName, localDateTime(ctx.now().toISOString()).slice(0, 16)) : null,
    title: labels.datasets[input.dataset],
    subject: input.full ? labels.personalSubject : labels.datasets[input.dataset],
  };
  const writer = excel ? xlsxWriter(excel, part, head) : csvWriter(part, head);
  const job: ExportJob = { id, ownerId: ctx.session.operatorId, state: 'running', rows: 0, total: reader.total, fileId: null, fileName: null, error: null, stop: false, endedAt: null };
  jobs.add(job);
  void run({ ctx, input, job, reader, writer, dir, part, base: labels.datasets[input.dataset] });
  return { jobId: id, total: reader.total };
}

function ownJob(ctx: ServiceContext, jobId: string): ExportJob {
  const job = exportJobs(ctx.runtime).find(jobId, ctx.session.operatorId);
  if (!job) throw new AppError('NOT_FOUND', 'No such export.');
  return job;
}

export function exportProgress(ctx: ServiceContext, input: Parsed<'exports', 'progress'>): Output<'exports', 'progress'> {
  return progressOf(ownJob(ctx, input.jobId));
}

/** Stops a running export; what it wrote is removed at its next slice. A finished one stays as it is. */
export function cancelExport(ctx: ServiceContext, input: Parsed<'exports', 'cancel'>): Output<'exports', 'cancel'> {
  const job = ownJob(ctx, input.jobId);
  if (job.state === 'running') job.stop = true;
  return progressOf(job);
}
