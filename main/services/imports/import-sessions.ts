import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { IMPORT_CHUNK_BYTES, IMPORT_IDLE_MS } from '../../../contract/data-import';
import type { ServiceContext } from '../../core/context';
import type { DeskRuntime } from '../../core/runtime';
import { AppError } from '../../core/errors';
import type { ReadBook } from './read-file';

/** The data rows of the chosen sheet under its header row, with the sheet's own row numbers. */
export interface DataTable {
  sheet: number;
  headerRow: number;
  headers: string[];
  rows: { sheetRow: number; cells: string[] }[];
}

export interface ImportUpload {
  id: string;
  ownerId: string;
  fileName: string;
  size: number;
  chunks: Buffer[];
  received: number;
  lastUsed: number;
  /** Set once the whole file is in. */
  bytes: Buffer | null;
  hash: string | null;
  book: ReadBook | null;
  table: DataTable | null;
  /** The last check, by its selection: paging through the preview checks once. */
  checked: { key: string; value: unknown } | null;
}

/*
 * Uploads and the files read from them live in memory (50 MB at most each),
 * per desk runtime, and only for their owner: nothing of a guest list is
 * written to disk before the commit, and an import left alone is dropped.
 */
const sessions = new WeakMap<DeskRuntime, Map<string, ImportUpload>>();

function all(ctx: ServiceContext): Map<string, ImportUpload> {
  let map = sessions.get(ctx.runtime);
  if (!map) sessions.set(ctx.runtime, (map = new Map()));
  const now = ctx.now().getTime();
  for (const [id, u] of map) if (now - u.lastUsed > IMPORT_IDLE_MS) map.delete(id);
  return map;
}

/** Imports one user holds at once (each up to 50 MB in memory): a new one drops their oldest. */
const MAX_PER_USER = 2;

export function beginImport(ctx: ServiceContext, fileName: string, size: number): { importId: string; chunkBytes: number } {
  const id = uuidv7();
  const mine = [...all(ctx).values()].filter((u) => u.ownerId === ctx.session.operatorId).sort((a, b) => a.lastUsed - b.lastUsed);
  for (const old of mine.slice(0, Math.max(0, mine.length - MAX_PER_USER + 1))) all(ctx).delete(old.id);
  all(ctx).set(id, { id, ownerId: ctx.session.operatorId, fileName, size, chunks: [], received: 0, lastUsed: ctx.now().getTime(), bytes: null, hash: null, book: null, table: null, checked: null });
  return { importId: id, chunkBytes: IMPORT_CHUNK_BYTES };
}

/** The caller's own import; another user's id is as unknown as a made-up one. */
export function importOf(ctx: ServiceContext, id: string): ImportUpload {
  const upload = all(ctx).get(id);
  if (!upload || upload.ownerId !== ctx.session.operatorId) throw new AppError('NOT_FOUND', 'No such import (it may have expired).', { reason: 'importNotFound' });
  upload.lastUsed = ctx.now().getTime();
  return upload;
}

export function addChunk(ctx: ServiceContext, id: string, index: number, data: Buffer): { received: number } {
  const upload = importOf(ctx, id);
  if (upload.bytes) throw new AppError('CONFLICT', 'This upload is complete.', { reason: 'uploadComplete' });
  if (index !== upload.chunks.length) throw new AppError('VALIDATION', 'Chunks must come in order.', { reason: 'chunkOrder', expected: upload.chunks.length });
  if (upload.received + data.length > upload.size) throw new AppError('VALIDATION', 'More bytes than announced.', { reason: 'sizeMismatch' }, [{ path: 'data', message: 'import.sizeMismatch' }]);
  upload.chunks.push(data);
  upload.received += data.length;
  if (upload.received === upload.size) {
    upload.bytes = Buffer.concat(upload.chunks);
    upload.chunks = [];
    upload.hash = createHash('sha256').update(upload.bytes).digest('hex');
  }
  return { received: upload.received };
}

/** The whole file, or a refusal while bytes are missing. */
export function completeBytes(upload: ImportUpload): Buffer {
  if (!upload.bytes) throw new AppError('VALIDATION', 'The upload is not complete.', { reason: 'uploadIncomplete' }, [{ path: 'file', message: 'import.incomplete' }]);
  return upload.bytes;
}

export function dropImport(ctx: ServiceContext, id: string): void {
  importOf(ctx, id);
  all(ctx).delete(id);
}
