import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TakenFile } from '../../main/documents/types';
import type { TestCore } from './test-core';

/** Uploads bytes through storage.begin / storage.chunk as the renderer does; returns the upload's id. */
export async function upload(core: TestCore, bytes: Buffer, fileName = 'file.bin', opts: { announce?: number } = {}): Promise<string> {
  const { uploadId, chunkBytes } = await core.call<{ uploadId: string; chunkBytes: number }>('storage.begin', { fileName, size: opts.announce ?? bytes.length });
  for (let at = 0, index = 0; at < bytes.length; at += chunkBytes, index++) {
    await core.call('storage.chunk', { uploadId, index, data: bytes.subarray(at, at + chunkBytes).toString('base64') });
  }
  return uploadId;
}

/** The store of the signed-in user's context, and that user's id. */
export function storeOf(core: TestCore) {
  const session = core.runtime.session.current();
  if (!session) throw new Error('nobody signed in');
  return { store: core.context(session).documents, operatorId: session.operatorId };
}

/** Uploads and takes a file (as archive.create would), returning what the store took. */
export async function uploadAndTake(core: TestCore, bytes: Buffer, fileName = 'file.bin', confidential = false): Promise<TakenFile> {
  const id = await upload(core, bytes, fileName);
  const { store, operatorId } = storeOf(core);
  return store.take(id, operatorId, { confidential });
}

/** What B's write does after a take: the blob row that keeps the file. */
export function insertBlobRow(core: TestCore, file: TakenFile): void {
  core.sqlite
    .prepare('INSERT INTO document_blobs (content_hash, stored_name, size, kind, text_status, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(file.contentHash, file.storedName, file.size, file.kind, file.textStatus, new Date().toISOString());
}

/** Every file under a folder, recursively (paths). */
export function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
