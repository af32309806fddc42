import { createHash, randomUUID, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { UPLOAD_CHUNK_BYTES, UPLOAD_IDLE_MS } from '../../contract/archive';
import { AppError } from '../core/errors';
import { removeQuietly } from './disk';
import { SealingWriter } from './file-cipher';
import { incomingDir, incomingPath } from './layout';

interface Upload {
  id: string;
  operatorId: string;
  fileName: string;
  size: number;
  received: number;
  next: number;
  fd: number;
  writer: SealingWriter;
  hash: Hash;
  path: string;
  timer: NodeJS.Timeout;
}

/** A finished upload: sealed on disk in `.incoming`, its plain bytes' hash computed as they arrived. */
export interface ArrivedFile {
  path: string;
  contentHash: string;
  size: number;
  fileName: string;
}

export const uploadNotFound = () => new AppError('NOT_FOUND', 'No such upload in progress (finished, cancelled, dropped after idle time, or another user’s).');
const sizeIssue = (received: number, size: number) =>
  new AppError('VALIDATION', `The upload has ${received} bytes where ${size} were announced.`, { received, size }, [{ path: 'data', message: 'document.size' }]);

/**
 * Uploads in progress, in main's memory: each owned by the operator who began
 * it (another user's id is not found), chunks accepted in order only, sealed
 * into `<store>/.incoming/<id>` as they arrive (no plain byte on disk) and
 * hashed on the way. Dropped, with their partial file, after UPLOAD_IDLE_MS
 * without a chunk, on cancel, and when their operator signs out or locks.
 */
export class Uploads {
  private readonly open = new Map<string, Upload>();

  constructor(
    private readonly dir: string,
    private readonly fileKey: () => Buffer,
    private readonly idleMs = UPLOAD_IDLE_MS,
  ) {}

  begin(operatorId: string, fileName: string, size: number): { uploadId: string; chunkBytes: number } {
    const key = this.fileKey();
    const id = randomUUID();
    mkdirSync(incomingDir(this.dir), { recursive: true, mode: 0o700 });
    const path = incomingPath(this.dir, id);
    const fd = openSync(path, 'wx', 0o600);
    try {
      const writer = new SealingWriter(fd, key);
      const timer = setTimeout(() => this.drop(id), this.idleMs);
      timer.unref();
      this.open.set(id, { id, operatorId, fileName, size, received: 0, next: 0, fd, writer, hash: createHash('sha256'), path, timer });
    } catch (err) {
      closeSync(fd);
      removeQuietly(path);
      throw err;
    }
    return { uploadId: id, chunkBytes: UPLOAD_CHUNK_BYTES };
  }

  chunk(uploadId: string, operatorId: string, index: number, data: Buffer): { received: number } {
    const upload = this.owned(uploadId, operatorId);
    if (index !== upload.next) {
      throw new AppError('VALIDATION', `Chunk ${index} arrived where chunk ${upload.next} was expected.`, { expected: upload.next }, [{ path: 'index', message: 'document.chunkOrder' }]);
    }
    if (data.length > UPLOAD_CHUNK_BYTES) throw new AppError('VALIDATION', 'The chunk is larger than a chunk may be.', undefined, [{ path: 'data', message: 'tooLong' }]);
    if (upload.received + data.length > upload.size) {
      this.drop(uploadId);
      throw sizeIssue(upload.received + data.length, upload.size);
    }
    try {
      upload.writer.write(data);
    } catch (err) {
      this.drop(uploadId);
      throw err;
    }
    upload.hash.update(data);
    upload.received += data.length;
    upload.next++;
    upload.timer.refresh();
    return { received: upload.received };
  }

  cancel(uploadId: string, operatorId: string): void {
    this.owned(uploadId, operatorId);
    this.drop(uploadId);
  }

  /**
   * The upload ends here either way: complete and as announced, its sealed file
   * is flushed and handed on (the caller places or removes it); otherwise it is
   * removed and the call refused.
   */
  finish(uploadId: string, operatorId: string): ArrivedFile {
    const upload = this.owned(uploadId, operatorId);
    if (upload.received !== upload.size) {
      this.drop(uploadId);
      throw sizeIssue(upload.received, upload.size);
    }
    this.open.delete(uploadId);
    clearTimeout(upload.timer);
    try {
      upload.writer.finish();
    } catch (err) {
      removeQuietly(upload.path);
      throw err;
    } finally {
      closeSync(upload.fd);
    }
    return { path: upload.path, contentHash: upload.hash.digest('hex'), size: upload.size, fileName: upload.fileName };
  }

  /** Sign-out or lock: that operator's uploads go (their files with them). */
  dropOwnedBy(operatorId: string): void {
    for (const upload of [...this.open.values()]) if (upload.operatorId === operatorId) this.drop(upload.id);
  }

  dropAll(): void {
    for (const id of [...this.open.keys()]) this.drop(id);
  }

  /** Uploads in progress, for the start-up sweep: their files are not leftovers. */
  has(uploadId: string): boolean {
    return this.open.has(uploadId);
  }

  get count(): number {
    return this.open.size;
  }

  private owned(uploadId: string, operatorId: string): Upload {
    const upload = this.open.get(uploadId);
    if (!upload || upload.operatorId !== operatorId) throw uploadNotFound();
    return upload;
  }

  private drop(uploadId: string): void {
    const upload = this.open.get(uploadId);
    if (!upload) return;
    this.open.delete(uploadId);
    clearTimeout(upload.timer);
    try {
      closeSync(upload.fd);
    } catch {
      // Already closed.
    }
    removeQuietly(upload.path);
  }
}
