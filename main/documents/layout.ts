import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { backupSubKey } from '../security/backup-key';

/** The store's folder in the data folder, and where uploads wait (already sealed) until a document takes them. */
export const DOCUMENTS_DIR = 'documents';
export const INCOMING_DIR = '.incoming';

/** A stored name is a hex HMAC-SHA256; anything else never becomes a path. */
export const STORED_NAME = /^[0-9a-f]{64}$/;
const UPLOAD_ID = /^[0-9a-f-]{36}$/;

export function documentsDir(dataDir: string): string {
  return join(dataDir, DOCUMENTS_DIR);
}

export function incomingDir(dir: string): string {
  return join(dir, INCOMING_DIR);
}

export function incomingPath(dir: string, uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) throw new Error('not an upload id');
  return join(incomingDir(dir), uploadId);
}

/** `<dir>/<first two hex>/<name>`: 256 subfolders keep each folder small at tens of thousands of files. */
export function storedPath(dir: string, storedName: string): string {
  if (!STORED_NAME.test(storedName)) throw new Error('not a stored name');
  return join(dir, storedName.slice(0, 2), storedName);
}

/** The store's two keys, derived from the desk's backup key B (so a snapshot restored on a new PC opens them). */
export interface DocumentKeys {
  /** AES-256-GCM of the files. */
  file: Buffer;
  /** HMAC of a content hash: the stored name. */
  name: Buffer;
}

export function documentKeys(b: Buffer): DocumentKeys {
  return { file: backupSubKey(b, 'documents'), name: backupSubKey(b, 'documentName') };
}

export function storedNameOf(keys: DocumentKeys, contentHash: string): string {
  return createHmac('sha256', keys.name).update(contentHash, 'utf8').digest('hex');
}
