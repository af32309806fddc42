import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageCheck } from '../../contract/archive';
import { storedPath } from '../../main/documents/layout';
import { docxFile } from '../helpers/document-files';
import { insertDocument, uploadAndTake } from '../helpers/document-uploads';
import { makeTestCore, type TestCore } from '../helpers/test-core';

describe('the storage health check', () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await makeTestCore();
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
  }, 30_000);
  afterAll(() => core.cleanup());
  const path = (storedName: string) => storedPath(join(core.dataDir, 'documents'), storedName);

  it('is null before the first check, then finds every file intact and the database ok', async () => {
    expect(await core.call('storage.health', {})).toBeNull();
    const a = await uploadAndTake(core, docxFile(['甲']), 'a.docx');
    insertDocument(core, [a], { code: 'AR-261128-001', title: '甲方合同' });
    const check = await core.call<StorageCheck>('storage.check', {});
    expect(check).toMatchObject({ trigger: 'manual', files: 1, bytes: a.size, database: ['ok'], problems: [], intact: true });
    expect(await core.call('storage.health', {})).toEqual(check);
    expect(core.sqlite.prepare('SELECT checked_at FROM document_blobs WHERE content_hash = ?').pluck().get(a.contentHash)).toBe(check.finishedAt);
    expect(core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'storage.check'").pluck().get()).toContain('"storageIntact":true');
  });

  it('finds a flipped byte and a missing file, names the documents and versions using them, and a stray file', async () => {
    const b1 = await uploadAndTake(core, docxFile(['乙 第一版']), 'b1.docx');
    const b2 = await uploadAndTake(core, docxFile(['乙 第二版']), 'b2.docx');
    const c = await uploadAndTake(core, docxFile(['丙']), 'c.docx');
    const secret = await uploadAndTake(core, docxFile(['丁']), 'd.docx');
    const bId = insertDocument(core, [b1, b2], { code: 'AR-261128-002', title: '乙方报价' });
    const cId = insertDocument(core, [c], { code: 'AR-261128-003', title: '丙方名单' });
    const dId = insertDocument(core, [secret], { code: 'AR-261128-004', title: '机密协议', security: 'confidential' });
    const flipped = readFileSync(path(b2.storedName));
    flipped[flipped.length - 5]! ^= 0x80;
    writeFileSync(path(b2.storedName), flipped);
    rmSync(path(c.storedName));
    rmSync(path(secret.storedName));
    const stray = path('ab'.repeat(32));
    mkdirSync(dirname(stray), { recursive: true });
    writeFileSync(stray, 'not ours');

    const check = await core.call<StorageCheck>('storage.check', {});
    expect(check.intact).toBe(false);
    expect(check.database).toEqual(['ok']);
    expect(check.problems).toEqual(
      expect.arrayContaining([
        { kind: 'damaged', contentHash: b2.contentHash, documents: [{ id: bId, code: 'AR-261128-002', title: '乙方报价', versionNo: 2 }] },
        { kind: 'missing', contentHash: c.contentHash, documents: [{ id: cId, code: 'AR-261128-003', title: '丙方名单', versionNo: 1 }] },
        { kind: 'missing', contentHash: secret.contentHash, documents: [{ id: dId, code: 'AR-261128-004', title: '机密协议', versionNo: 1 }] },
        { kind: 'orphan', contentHash: null, documents: [] },
      ]),
    );
    expect(check.problems).toHaveLength(4);
    // The intact first version was checked now; the damaged one keeps its last good time (none).
    expect(core.sqlite.prepare('SELECT checked_at FROM document_blobs WHERE content_hash = ?').pluck().get(b1.contentHash)).toBe(check.finishedAt);
    expect(core.sqlite.prepare('SELECT checked_at FROM document_blobs WHERE content_hash = ?').pluck().get(b2.contentHash)).toBeNull();
    // The check row keeps no title (a destroyed document leaves no word of it here).
    expect(core.sqlite.prepare('SELECT problems FROM storage_checks WHERE id = ?').pluck().get(check.id)).not.toContain('乙方报价');

  });
});
