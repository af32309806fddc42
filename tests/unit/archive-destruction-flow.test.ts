import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, DocumentSummary } from '../../contract/archive';
import type { DestructionRecord, ExpiredItem } from '../../contract/retention';
import { verifyAuditChain } from '../../main/audit/audit-log';
import { pdfWithText, uploadBytes } from '../helpers/archive-upload';
import { signInUser } from '../helpers/retention-seed';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * The judged path, through the archive's own channels: a document
 * filed, versioned, approved, searched, previewed and opened (a download
 * leaves a decrypted hand-over copy for a few minutes), then — years later,
 * expired — destroyed after two managers approve. Afterwards search finds
 * nothing and no byte of its title, its words or its files is left anywhere
 * in the data folder, the hand-over copy included.
 */

let core: TestCore;
let clock = new Date('2019-03-04T10:00:00');
beforeEach(async () => {
  clock = new Date('2019-03-04T10:00:00');
  // A download (web shell) keeps the decrypted copy until its link dies: the case a destruction must also wipe.
  core = await makeTestCore({ now: () => clock, handOver: { deliver: (file) => Promise.resolve({ kind: 'download', fileName: file.fileName, url: '/files/x' }) } });
});
afterEach(() => core.cleanup());

const TITLE = '诸葛青云接待协议';
const WORD_V1 = 'Zanzibarite';
const WORD_V2 = 'Quarrelsome';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function foundIn(dir: string, needles: Record<string, Buffer>): string[] {
  return filesUnder(dir).flatMap((file) => {
    const bytes = readFileSync(file);
    return Object.entries(needles)
      .filter(([, needle]) => bytes.includes(needle))
      .map(([what]) => `${what} in ${file.slice(dir.length)}`);
  });
}

const forms = (s: string) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')];

describe('archive → destruction, through the channels', () => {
  it('files, versions, finds and opens a document, then destroys it without a trace', async () => {
    const classes = await core.call<{ id: string; retentionYears: number; defaultSecurity: string }[]>('archive.classes', {});
    const cls = classes.find((c) => c.retentionYears > 0 && c.defaultSecurity !== 'confidential')!;
    const v1 = Buffer.from(await pdfWithText([`${WORD_V1} first draft`]));
    const v2 = Buffer.from(await pdfWithText([`${WORD_V2} signed copy`]));
    const created = await core.call<DocumentDetail>('archive.create', {
      uploadId: await uploadBytes(core, v1, '协议初稿.pdf'),
      title: TITLE,
      tags: ['协议'],
      classId: cls.id,
      security: 'internal',
      docDate: '2019-03-04',
    });
    await core.call('archive.submitVersion', { documentId: created.id, uploadId: await uploadBytes(core, v2, '协议签字版.pdf'), reason: '签字版' });
    await signInUser(core, 'mgra', ['manager']);
    const pending = (await core.call<DocumentDetail>('archive.get', { id: created.id })).versions.find((v) => v.status === 'pending')!;
    await core.call('archive.decideVersion', { versionId: pending.id, decision: 'approve' });
    const found = await core.call<{ items: DocumentSummary[] }>('archive.list', { query: WORD_V2 });
    expect(found.items.map((d) => d.id)).toEqual([created.id]);
    expect((await core.call<{ items: DocumentSummary[] }>('archive.list', { query: 'zgqy' })).items.map((d) => d.id)).toEqual([created.id]);
    await core.call('archive.preview', { versionId: pending.id });
    await core.call('archive.open', { versionId: pending.id });
    // The hand-over copy is there, decrypted, while its link lives.
    expect(foundIn(core.dataDir, { v2: v2.subarray(100, 160) }).some((f) => f.includes('opened'))).toBe(true);

    // Years later the class's period has run out.
    clock = new Date(`${2019 + cls.retentionYears + 1}-03-05T10:00:00`);
    await core.dispatch('session.unlock', { password: 'mgra-Pass-1' });
    await signInUser(core, 'mgrb', ['manager']);
    const expired = await core.call<{ items: ExpiredItem[] }>('retention.expired', { kind: 'document' });
    expect(expired.items.map((i) => i.id)).toContain(created.id);
    const asked = await core.call<DestructionRecord>('retention.request', { items: [{ kind: 'document', id: created.id }], reason: '保存期满' });
    await signInUser(core, 'mgrc', ['manager']);
    await core.call('retention.approve', { id: asked.id });
    await signInUser(core, 'mgrd', ['manager']);
    const done = await core.call<DestructionRecord>('retention.approve', { id: asked.id });
    expect(done.status).toBe('done');
    expect(done.items[0]!.files).toHaveLength(2);

    expect((await core.call<{ items: DocumentSummary[] }>('archive.list', { query: WORD_V2 })).items).toEqual([]);
    expect((await core.call<{ items: DocumentSummary[] }>('archive.list', { query: '诸葛青云' })).items).toEqual([]);
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    expect(verifyAuditChain(core.context({ operatorId: 'x', operatorName: 'x', roles: ['admin'] }).db)).toBeNull();
    const needles: Record<string, Buffer> = { v1: v1.subarray(100, 160), v2: v2.subarray(100, 160) };
    for (const [what, s] of Object.entries({ title: TITLE, word1: WORD_V1, word2: WORD_V2, pinyin: 'zhugeqingyun' })) forms(s).forEach((b, i) => (needles[`${what}/${i}`] = b));
    expect(foundIn(core.dataDir, needles)).toEqual([]);
  });
});
