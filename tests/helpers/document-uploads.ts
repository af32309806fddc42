import { randomUUID } from 'node:crypto';
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

/** A document whose versions use these taken files (rows as B's archive service writes them; blob rows inserted when missing). */
export function insertDocument(core: TestCore, files: TakenFile[], doc: { code: string; title: string; security?: 'public' | 'internal' | 'confidential' }): string {
  const db = core.sqlite;
  const now = new Date().toISOString();
  const device = 'test-device';
  let classId = db.prepare("SELECT id FROM document_classes WHERE built_in_key = 'test'").pluck().get() as string | undefined;
  if (!classId) {
    classId = randomUUID();
    db.prepare("INSERT INTO document_classes (id, created_at, updated_at, device_id, name_zh, retention_years, default_security, built_in_key) VALUES (?, ?, ?, ?, '测试', 3, 'internal', 'test')").run(classId, now, now, device);
  }
  const id = randomUUID();
  db.prepare('INSERT INTO documents (id, created_at, updated_at, device_id, code, title, class_id, security, doc_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id, now, now, device, doc.code, doc.title, classId, doc.security ?? 'internal', now.slice(0, 10),
  );
  files.forEach((file, i) => {
    if (!db.prepare('SELECT 1 FROM document_blobs WHERE content_hash = ?').get(file.contentHash)) insertBlobRow(core, file);
    db.prepare("INSERT INTO document_versions (id, created_at, updated_at, device_id, document_id, version_no, status, content_hash, file_name, submitted_by_name) VALUES (?, ?, ?, ?, ?, ?, 'approved', ?, ?, '测试')").run(
      randomUUID(), now, now, device, id, i + 1, file.contentHash, file.fileName,
    );
  });
  return id;
}
