import { readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentKind } from '../../contract/archive';
import { AppError } from '../core/errors';
import type { ReadDb } from '../core/write-path';
import { isNamed, namedFiles } from './blob-rows';
import { overwriteAndRemove, placeFile, removeQuietly } from './disk';
import { FileCipherError, openFile } from './file-cipher';
import { createHash } from 'node:crypto';
import { documentKeys, documentsDir, incomingDir, INCOMING_DIR, STORED_NAME, storedNameOf, storedPath, type DocumentKeys } from './layout';
import type { DocumentStore, TakenFile } from './types';
import { Uploads } from './uploads';
import { DocumentsWorker } from './worker-client';
import type { Verified } from './worker-protocol';

export interface StoreOptions {
  dataDir: string;
  /** The desk's backup key B; throws SEALED while the data key is not open. */
  backupKey: () => Buffer;
  /** Reads only: which stored names the blob rows give. */
  db: ReadDb;
  idleMs?: number;
}

/**
 * How long a stored file this process placed is kept from the sweep without a
 * row naming it: the take's caller writes the row right after, and a sweep
 * (after the start, or the unseal) may run in between. A crash's leftovers are
 * not in this process's memory and are swept at once.
 */
const PLACED_GRACE_MS = 10 * 60_000;

const refusal = (issue: string) => new AppError('VALIDATION', `The file is refused (${issue}).`, undefined, [{ path: 'uploadId', message: issue }]);

/** What the start-up sweep removed. */
export interface SweepResult {
  incoming: number;
  orphans: number;
}

/**
 * The document store on disk (main/documents/types.ts says what it promises):
 * sealed files under `<data dir>/documents/<2 hex>/<stored name>`, uploads
 * sealed as they arrive in `.incoming`, parsing in the documents worker.
 */
export class FileStore implements DocumentStore {
  readonly dir: string;
  readonly uploads: Uploads;
  readonly worker = new DocumentsWorker();
  /** Finished uploads a take is inspecting: out of `uploads`, still in `.incoming`. */
  private readonly taking = new Set<string>();
  /** Stored files this process placed, and when: their row is written by the take's caller a moment later. */
  private readonly placedAt = new Map<string, number>();

  constructor(private readonly opts: StoreOptions) {
    this.dir = documentsDir(opts.dataDir);
    this.uploads = new Uploads(this.dir, () => this.keys().file, opts.idleMs);
  }

  keys(): DocumentKeys {
    return documentKeys(this.opts.backupKey());
  }

  async take(uploadId: string, operatorId: string, opts: { confidential: boolean }): Promise<TakenFile> {
    const arrived = this.uploads.finish(uploadId, operatorId);
    const incomingName = basename(arrived.path);
    this.taking.add(incomingName);
    try {
      const keys = this.keys();
      const inspected = await this.worker.run({ op: 'inspect', path: arrived.path, key: keys.file, confidential: opts.confidential });
      if ('refused' in inspected) throw refusal(inspected.refused);
      const storedName = storedNameOf(keys, arrived.contentHash);
      const target = storedPath(this.dir, storedName);
      // Already stored and in use: the same bytes are kept once. A file no row names yet (another take of the same bytes
      // whose write is in flight, or a crash's leftover) is replaced by this one, which is then this take's to discard.
      const placed = !isNamed(this.opts.db, storedName);
      if (placed) {
        placeFile(arrived.path, target);
        this.placedAt.set(storedName, Date.now());
      } else removeQuietly(arrived.path);
      return { contentHash: arrived.contentHash, storedName, size: arrived.size, kind: inspected.kind, fileName: arrived.fileName, text: inspected.text, textStatus: inspected.status, placed };
    } catch (err) {
      removeQuietly(arrived.path);
      throw err;
    } finally {
      this.taking.delete(incomingName);
    }
  }

  /** A file in `.incoming` an upload or a take of this process is using. */
  private inUse(name: string): boolean {
    return this.uploads.has(name) || this.taking.has(name);
  }

  /** A stored file this process placed lately: its row may not be written yet (its take's caller writes it). */
  private placedLately(storedName: string): boolean {
    const at = this.placedAt.get(storedName);
    if (at === undefined) return false;
    if (Date.now() - at < PLACED_GRACE_MS) return true;
    this.placedAt.delete(storedName);
    return false;
  }

  discard(file: TakenFile): void {
    if (!file.placed || isNamed(this.opts.db, file.storedName)) return;
    removeQuietly(storedPath(this.dir, file.storedName));
  }

  async read(storedName: string, contentHash: string): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await openFile(storedPath(this.dir, storedName), this.keys().file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND', 'The stored file is missing.', { reason: 'document.missing' });
      if (err instanceof FileCipherError) throw new AppError('CONFLICT', `The stored file is damaged: ${err.message}`, { reason: 'document.damaged' });
      throw err;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== contentHash) throw new AppError('CONFLICT', 'The stored file does not match its hash.', { reason: 'document.damaged' });
    return bytes;
  }

  async extractText(storedName: string, _contentHash: string, kind: DocumentKind): Promise<string | null> {
    return this.worker.run({ op: 'extract', path: storedPath(this.dir, storedName), key: this.keys().file, kind });
  }

  verify(files: { storedName: string; contentHash: string }[], onProgress?: (done: number, total: number) => void): Promise<Verified[]> {
    const key = this.keys().file;
    return this.worker.run({ op: 'verify', key, files: files.map((f) => ({ path: storedPath(this.dir, f.storedName), contentHash: f.contentHash })) }, onProgress);
  }

  checkDatabase(databaseFile: string): Promise<string[]> {
    return this.worker.run({ op: 'integrity', databaseFile });
  }

  destroy(storedName: string): void {
    overwriteAndRemove(storedPath(this.dir, storedName));
  }

  /** Every entry of the 2-hex folders, stored name or not (a restore's temp cut short by a crash). */
  private entriesOnDisk(): { folder: string; name: string }[] {
    const out: { folder: string; name: string }[] = [];
    let folders: string[];
    try {
      folders = readdirSync(this.dir).filter((f) => /^[0-9a-f]{2}$/.test(f));
    } catch {
      return [];
    }
    for (const folder of folders) {
      let entries: string[];
      try {
        entries = readdirSync(join(this.dir, folder));
      } catch {
        continue; // Not a folder (nothing the store wrote).
      }
      for (const name of entries) out.push({ folder, name });
    }
    return out;
  }

  /** Every stored file on disk, by stored name (the health check's view of the folder). */
  filesOnDisk(): string[] {
    return this.entriesOnDisk()
      .filter(({ folder, name }) => STORED_NAME.test(name) && name.startsWith(folder))
      .map(({ name }) => name);
  }

  /** Files in `.incoming` that no upload in memory owns: what an upload cut short by a crash left (one folder read). */
  hasIncomingLeftovers(): boolean {
    try {
      return readdirSync(incomingDir(this.dir)).some((name) => !this.inUse(name));
    } catch {
      return false;
    }
  }

  /**
   * Start-up (and after the unseal): what a crash left — uploads' partial
   * files, and stored files no blob row names (placed by a take whose write
   * never committed). Needs no key. Uploads in progress, takes in progress and
   * files this process placed a moment ago keep their files.
   */
  sweep(): SweepResult {
    let incoming = 0;
    let entries: string[] = [];
    try {
      entries = readdirSync(incomingDir(this.dir));
    } catch {
      // No upload ever started here.
    }
    for (const name of entries) {
      if (this.inUse(name)) continue;
      rmSync(join(this.dir, INCOMING_DIR, name), { force: true, recursive: true });
      incoming++;
    }
    const named = namedFiles(this.opts.db);
    let orphans = 0;
    for (const { folder, name } of this.entriesOnDisk()) {
      if ((named.has(name) && name.startsWith(folder)) || this.placedLately(name)) continue;
      rmSync(join(this.dir, folder, name), { force: true, recursive: true });
      orphans++;
    }
    return { incoming, orphans };
  }

  async close(): Promise<void> {
    this.uploads.dropAll();
    await this.worker.close();
  }
}
