import type { DocumentKind, TextStatus } from '../../contract/archive';
import type { Verified } from './worker-protocol';

/**
 * The document store (DESIGN.md: cross-cutting, one folder): files by content
 * hash under `<data dir>/documents`, every one encrypted at rest (AES-256-GCM
 * under a key derived from the desk's backup key B, so a restored snapshot
 * opens them on a new PC), named by a keyed hash so the folder does not tell
 * which known file it holds. Services reach it as `ctx.documents`.
 *
 * The blob's row (document_blobs, document_texts) is the caller's to write,
 * in the same transaction as the document or version that uses it: `take`
 * places the file first, and a write that then fails calls `discard`, so no
 * file outlives a failed write and no row names a file that is not there
 * (a crash between the two leaves a file with no row, which the start-up
 * sweep removes).
 */
export interface TakenFile {
  /** Hex SHA-256 of the plain bytes. */
  contentHash: string;
  storedName: string;
  size: number;
  kind: DocumentKind;
  /** The name the user's file had (for the version's file_name). */
  fileName: string;
  /** Extracted text (at most MAX_DOCUMENT_TEXT characters); null when withheld, unsupported or unreadable. */
  text: string | null;
  textStatus: TextStatus;
  /** False when the same content was already stored: nothing new was placed, and `discard` leaves it. */
  placed: boolean;
}

export interface DocumentStore {
  /**
   * Finishes an upload of this session: all chunks there, size as announced,
   * a kind the archive takes (by content), text extracted off the main thread
   * (withheld when `confidential`). Throws an AppError (VALIDATION
   * document.type / document.size / document.unreadable, NOT_FOUND upload)
   * and leaves nothing behind when it refuses. The upload is used up either way.
   */
  take(uploadId: string, operatorId: string, opts: { confidential: boolean }): Promise<TakenFile>;
  /** The write that was to use a taken file failed: removes the file unless a blob row names it. */
  discard(file: TakenFile): void;
  /** The plain bytes, checked against the content hash (throws on damage). */
  read(storedName: string, contentHash: string): Promise<Buffer>;
  /** The text of a stored file, extracted now (for a confidential file's preview). */
  extractText(storedName: string, contentHash: string, kind: DocumentKind): Promise<string | null>;
  /** Destruction: overwrites the stored file in place, flushes it, then removes it. Missing is not an error. */
  destroy(storedName: string): void;
  /** The folder, for the backup engine and the health check only. */
  readonly dir: string;
  /** Uploads in progress (storage.begin / chunk / cancel), each its operator's own. */
  readonly uploads: UploadSessions;
  /** The stored names of every file in the folder (the health check's orphans). */
  filesOnDisk(): string[];
  /** Reads each file whole off the main thread, opens it and compares its hash (the health check). */
  verify(files: { storedName: string; contentHash: string }[], onProgress?: (done: number, total: number) => void): Promise<Verified[]>;
  /** SQLite's integrity check of the database file, off the main thread: `['ok']` or its findings. */
  checkDatabase(databaseFile: string): Promise<string[]>;
  /** Removes uploads' leftovers and files no blob row names (start-up, after the unseal). */
  sweep(): { incoming: number; orphans: number };
}

export interface UploadSessions {
  begin(operatorId: string, fileName: string, size: number): { uploadId: string; chunkBytes: number };
  chunk(uploadId: string, operatorId: string, index: number, data: Buffer): { received: number };
  cancel(uploadId: string, operatorId: string): void;
  dropOwnedBy(operatorId: string): void;
}
