import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../../main/security/roles';
import type { TestCore } from './test-core';

/*
 * Archive rows written straight into the tables (db/schema/archive.ts), for
 * retention tests that need documents of a given age without the archive's
 * own service: a class, a document with its versions, their blobs and texts.
 * The file of a version is placed in the real store by the caller when it
 * has one (`storedName`), otherwise the blob row names a file that is not there.
 */

const stamp = () => ({ at: new Date().toISOString(), device: 'test-device' });

export function insertClass(sqlite: Database.Database, nameZh: string, retentionYears: number): string {
  const id = uuidv7();
  const { at, device } = stamp();
  sqlite
    .prepare("INSERT INTO document_classes (id, created_at, updated_at, device_id, name_zh, name_en, retention_years, default_security) VALUES (?, ?, ?, ?, ?, '', ?, 'internal')")
    .run(id, at, at, device, nameZh, retentionYears);
  return id;
}

export interface VersionRow {
  /** The file's plain bytes (hashed for the blob row). */
  content: Buffer;
  fileName: string;
  /** Extracted text (document_texts); none when null. */
  text: string | null;
  /** The name in the store, when the caller placed the file there. */
  storedName?: string;
}

export interface DocumentRow {
  code: string;
  title: string;
  classId: string;
  docDate: string;
  retainUntil: string | null;
  security?: 'public' | 'internal' | 'confidential';
  notes?: string;
  tags?: string[];
  personId?: string | null;
  versions: VersionRow[];
}

export const contentHashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Inserts a document with its versions (the last one in force); returns its id and its versions' ids. */
export function insertDocument(sqlite: Database.Database, doc: DocumentRow): { id: string; versionIds: string[] } {
  const id = uuidv7();
  const { at, device } = stamp();
  const versionIds = doc.versions.map(() => uuidv7());
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO documents (id, created_at, updated_at, device_id, code, title, notes, class_id, security, doc_date, retain_until, person_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, at, at, device, doc.code, doc.title, doc.notes ?? '', doc.classId, doc.security ?? 'internal', doc.docDate, doc.retainUntil, doc.personId ?? null);
    doc.versions.forEach((v, i) => {
      const hash = contentHashOf(v.content);
      sqlite
        .prepare("INSERT OR IGNORE INTO document_blobs (content_hash, stored_name, size, kind, text_status, created_at) VALUES (?, ?, ?, 'pdf', ?, ?)")
        .run(hash, v.storedName ?? `missing-${hash}`, v.content.length, v.text === null ? 'unsupported' : 'extracted', at);
      if (v.text !== null) sqlite.prepare('INSERT OR IGNORE INTO document_texts (content_hash, text) VALUES (?, ?)').run(hash, v.text);
      sqlite
        .prepare(
          `INSERT INTO document_versions (id, created_at, updated_at, device_id, document_id, version_no, status, content_hash, file_name, reason, submitted_by_name, decided_by_name, decided_at)
           VALUES (?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?, '测试', '测试', ?)`,
        )
        .run(versionIds[i], at, at, device, id, i + 1, hash, v.fileName, i === 0 ? 'first version' : '修订', at);
    });
    for (const tag of doc.tags ?? []) sqlite.prepare('INSERT INTO document_tags (document_id, tag) VALUES (?, ?)').run(id, tag);
    sqlite.prepare('UPDATE documents SET current_version_id = ? WHERE id = ?').run(versionIds.at(-1), id);
  })();
  return { id, versionIds };
}

/**
 * Places a file in the real document store the way an upload does
 * (storage.begin / chunk, then the store's take), as the signed-in user;
 * returns what a version row needs.
 */
export async function storeFile(core: TestCore, content: Buffer, fileName: string): Promise<VersionRow & { storedName: string }> {
  const user = (await core.call<{ user: { id: string; name: string; roles: Role[] } | null }>('session.status', {})).user!;
  const { uploadId } = await core.call<{ uploadId: string }>('storage.begin', { fileName, size: content.length });
  await core.call('storage.chunk', { uploadId, index: 0, data: content.toString('base64') });
  const taken = await core.context({ operatorId: user.id, operatorName: user.name, roles: user.roles }).documents.take(uploadId, user.id, { confidential: false });
  return { content, fileName, text: taken.text, storedName: taken.storedName };
}
