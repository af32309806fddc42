import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { restoreSnapshot, snapshotFile, type SnapshotInfo } from '../../main/backup';
import { backupKeys } from '../../main/backup/crypto';
import { encodeSnap, readManifest, readSnapshotHeader } from '../../main/backup/manifest';
import { openFile } from '../../main/documents/file-cipher';
import { documentKeys, storedPath } from '../../main/documents/layout';
import type { TakenFile } from '../../main/documents/types';
import { takeSnapshot } from '../../main/services/backup';
import { docxFile } from '../helpers/document-files';
import { filesUnder, insertDocument, storeOf, uploadAndTake } from '../helpers/document-uploads';
import { pngImage } from '../helpers/images';
import { makeTestCore, type TestCore } from '../helpers/test-core';

describe('backups carry the document store', () => {
  let core: TestCore;
  let a: TakenFile;
  let b: TakenFile;
  let first: SnapshotInfo;
  let second: SnapshotInfo;
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-restore-docs-'));
    dirs.push(dir);
    return dir;
  };
  const storeDir = () => join(core.dataDir, 'backups', 'store');
  const snapshot = () => takeSnapshot(core.context(core.runtime.session.current()!), 'manual');
  /** Each restored file opens with the store's key (from B, which the snapshot carries) and hashes to its row's content hash. */
  const readsBack = async (dir: string, file: TakenFile) => {
    const plain = await openFile(storedPath(dir, file.storedName), documentKeys(core.runtime.backupKey()).file);
    return createHash('sha256').update(plain).digest('hex') === file.contentHash;
  };

  beforeAll(async () => {
    core = await makeTestCore();
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
    a = await uploadAndTake(core, docxFile(['甲方合同 第一版']), 'a.docx');
    // Half a megabyte that does not compress: its chunks are what the next snapshot must not store again.
    const big = Buffer.concat([pngImage(4, 4).subarray(0, -12), randomBytes(512 * 1024), pngImage(4, 4).subarray(-12)]);
    b = await uploadAndTake(core, big, 'scan.png');
    insertDocument(core, [a], { code: 'AR-261128-001', title: '甲方合同' });
    insertDocument(core, [b], { code: 'AR-261128-002', title: '扫描件' });
    first = await snapshot();
    // A's document destroyed before the next snapshot: rows gone, file overwritten and removed.
    const db = core.sqlite;
    const docId = db.prepare('SELECT document_id FROM document_versions WHERE content_hash = ?').pluck().get(a.contentHash);
    db.prepare('DELETE FROM document_versions WHERE document_id = ?').run(docId);
    db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
    db.prepare('DELETE FROM document_blobs WHERE content_hash = ?').run(a.contentHash);
    storeOf(core).store.destroy(a.storedName);
    second = await snapshot();
  }, 60_000);
  afterAll(async () => {
    await core.cleanup();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('restores a snapshot’s files into a fresh folder, each reading back to its hash', async () => {
    const dir = freshDir();
    await restoreSnapshot({ storeDir: storeDir(), id: first.id, backupKey: core.runtime.backupKey(), outFile: join(dir, 'db.sqlite3'), documentsOut: join(dir, 'documents') });
    expect(filesUnder(join(dir, 'documents')).map((f) => f.slice(-64)).sort()).toEqual([a.storedName, b.storedName].sort());
    expect(await readsBack(join(dir, 'documents'), a)).toBe(true);
    expect(await readsBack(join(dir, 'documents'), b)).toBe(true);
  });

  it('leaves a file destroyed before a snapshot out of it, and stores an unchanged file no second time', async () => {
    const dir = freshDir();
    await restoreSnapshot({ storeDir: storeDir(), id: second.id, backupKey: core.runtime.backupKey(), outFile: join(dir, 'db.sqlite3'), documentsOut: join(dir, 'documents') });
    expect(filesUnder(join(dir, 'documents')).map((f) => f.slice(-64))).toEqual([b.storedName]);
    expect(await readsBack(join(dir, 'documents'), b)).toBe(true);
    // The half-megabyte file's chunks were in the store already: the second snapshot added less than it.
    expect(second.newBytes).toBeLessThan(b.size / 2);
    expect(first.newBytes).toBeGreaterThan(b.size);
  });

  it('still restores a snapshot from before the archive (no documents in its manifest)', async () => {
    const keys = backupKeys(core.runtime.backupKey());
    const file = snapshotFile(storeDir(), first.id);
    const manifest = readManifest(keys, file);
    delete manifest.documents;
    const old = join(freshDir(), 'old-store');
    // A copy of the store whose snapshot's manifest lacks the field, sealed as an older app wrote it.
    const { cpSync } = await import('node:fs');
    cpSync(storeDir(), old, { recursive: true });
    writeFileSync(snapshotFile(old, first.id), encodeSnap(keys, manifest, readSnapshotHeader(file).keys));
    const dir = freshDir();
    await restoreSnapshot({ storeDir: old, id: first.id, backupKey: core.runtime.backupKey(), outFile: join(dir, 'db.sqlite3'), documentsOut: join(dir, 'documents') });
    expect(existsSync(join(dir, 'db.sqlite3'))).toBe(true);
    expect(filesUnder(join(dir, 'documents'))).toEqual([]);
  });

  it('puts the restored store in place with its database when the desk restores in the app', async () => {
    await core.call('backup.restore', { id: first.id, confirm: true });
    const dataDir = core.dataDir;
    const recovery = core.recovery;
    await core.close();
    core = await makeTestCore({ dataDir, setUp: false });
    dirs.push(dataDir);
    await core.call('session.unseal', { passphrase: recovery }).catch(() => undefined);
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
    const { store } = storeOf(core);
    // The destroyed file is back with the rows of the snapshot that had it; the staged folder is gone.
    expect((await store.read(a.storedName, a.contentHash)).length).toBe(a.size);
    expect((await store.read(b.storedName, b.contentHash)).length).toBe(b.size);
    expect(existsSync(join(dataDir, 'documents.restore'))).toBe(false);
    expect(readFileSync(storedPath(join(dataDir, 'documents'), b.storedName)).length).toBeGreaterThan(b.size);
    await vi.waitFor(() => expect(core.runtime.sealed).toBe(false));
  }, 60_000);
});
