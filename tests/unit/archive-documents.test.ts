import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentClass, DocumentDetail, DocumentSummary, ArchiveFolder } from '../../contract/archive';
import { PNG_1X1, pdfWithText, uploadBytes } from '../helpers/archive-upload';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Documents on real SQLite and real files (the store under the test's data
 * folder): one stored file per content, nothing left by a refused file, the
 * version approval rules, confidential documents unseen by those who may not
 * see them, the list's filters and pages, and search in Chinese, by the
 * pinyin of a title and by a word inside a PDF.
 */

let core: TestCore;
let classes: DocumentClass[];
let folders: ArchiveFolder[];
let clientId: string;

const rows = (sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
const count = (sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).pluck().get(...params) as number;

/** Every file in the store, leftovers of uploads included. */
function storedFiles(): string[] {
  const root = join(core.dataDir, 'documents');
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(root);
  return out;
}

const classNamed = (zh: string) => classes.find((c) => c.nameZh === zh)!;
const folderNamed = (zh: string, parentId?: string) => folders.find((f) => f.nameZh === zh && (parentId === undefined || f.parentId === parentId))!;

async function asAdmin(): Promise<void> {
  await core.call('session.signOut', {});
  await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
}

async function file(bytes: Uint8Array, name: string, meta: Record<string, unknown> = {}): Promise<DocumentDetail> {
  return core.call<DocumentDetail>('archive.create', {
    uploadId: await uploadBytes(core, bytes, name),
    title: name.replace(/\.\w+$/, ''),
    classId: classNamed('其他').id,
    security: 'internal',
    docDate: '2026-11-20',
    ...meta,
  });
}

const list = (input: Record<string, unknown>) => core.call<{ items: DocumentSummary[]; nextCursor: string | null; count?: { n: number } }>('archive.list', input);
const titles = async (input: Record<string, unknown>) => (await list(input)).items.map((d) => d.title);

beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-28T10:00:00') });
  classes = await core.call<DocumentClass[]>('archive.classes', {});
  folders = await core.call<ArchiveFolder[]>('archive.folders', {});
  clientId = (await core.call<{ id: string }>('clients.create', { name: '华为技术', tier: 'key' })).id;
});
afterAll(async () => {
  await core.cleanup();
});

describe('files by content', () => {
  it('stores the same file twice once: one blob row, one stored file, two documents', async () => {
    const before = storedFiles().length;
    const bytes = await pdfWithText(['Same file twice']);
    const a = await file(bytes, '同一文件甲.pdf');
    const b = await file(bytes, '同一文件乙.pdf');
    expect(a.id).not.toBe(b.id);
    expect(a.current.contentHash).toBe(b.current.contentHash);
    expect(count('SELECT count(*) FROM document_blobs WHERE content_hash = ?', a.current.contentHash)).toBe(1);
    expect(storedFiles().length).toBe(before + 1);
    expect(a.code).toMatch(/^AR-261128-\d{3}$/);
    expect(b.code).not.toBe(a.code);
  });

  it('leaves no row and no file when the file is refused', async () => {
    const files = storedFiles().length;
    const documents = count('SELECT count(*) FROM documents');
    const blobs = count('SELECT count(*) FROM document_blobs');
    const uploadId = await uploadBytes(core, Buffer.from('this is plain text, not a PDF at all'), '假的.pdf');
    const r = await core.dispatch('archive.create', { uploadId, title: '假的', classId: classNamed('其他').id, security: 'internal', docDate: '2026-11-20' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    expect(count('SELECT count(*) FROM documents')).toBe(documents);
    expect(count('SELECT count(*) FROM document_blobs')).toBe(blobs);
    expect(storedFiles().length).toBe(files);
  });

  it('keeps the upload usable when the metadata is wrong (checked before the file is taken)', async () => {
    const uploadId = await uploadBytes(core, await pdfWithText(['Retry me']), '重试.pdf');
    const wrong = await core.dispatch('archive.create', { uploadId, title: '重试', classId: folders[0]!.id, security: 'internal', docDate: '2026-11-20' });
    expect(wrong.ok).toBe(false);
    const right = await core.call<DocumentDetail>('archive.create', { uploadId, title: '重试', classId: classNamed('其他').id, security: 'internal', docDate: '2026-11-20' });
    expect(right.current.versionNo).toBe(1);
  });

  it('hands a version over decrypted and audits the opening, leaving no decrypted copy behind', async () => {
    const bytes = await pdfWithText(['Hand me over']);
    const doc = await file(bytes, '交付.pdf');
    const delivery = await core.call<{ kind: string; place: string }>('archive.open', { versionId: doc.current.id });
    expect(delivery.kind).toBe('saved');
    expect(Buffer.compare(readFileSync(delivery.place), Buffer.from(bytes))).toBe(0);
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'document.open' AND entity_id = ?", doc.id)).toBe(1);
    const opened = join(core.dataDir, 'opened');
    expect(existsSync(opened) ? readdirSync(opened) : []).toEqual([]);
  });

  it('previews an image as base64 and a PDF as its text', async () => {
    const image = await file(PNG_1X1, '照片.png', { classId: classNamed('照片').id });
    const shown = await core.call<{ image: string | null; kind: string }>('archive.preview', { versionId: image.current.id });
    expect(shown.kind).toBe('png');
    expect(Buffer.from(shown.image!, 'base64').equals(PNG_1X1)).toBe(true);
    const pdf = await file(await pdfWithText(['Preview words here']), '预览.pdf');
    const text = await core.call<{ text: string | null }>('archive.preview', { versionId: pdf.current.id });
    expect(text.text).toContain('Preview words here');
  });
});

describe('versions with approval', () => {
  it('keeps a new version pending until another manager decides; reject needs a note; approve makes it current', async () => {
    await core.signInAs('receptionist');
    const doc = await file(await pdfWithText(['Plan v1']), '接待方案.pdf', { classId: classNamed('接待方案').id });
    expect(doc.versions).toHaveLength(1);
    expect(doc.current).toMatchObject({ versionNo: 1, status: 'approved' });
    const v2 = await core.call<DocumentDetail>('archive.submitVersion', { documentId: doc.id, uploadId: await uploadBytes(core, await pdfWithText(['Plan v2']), 'v2.pdf'), reason: '更新日程' });
    expect(v2.versions[0]).toMatchObject({ versionNo: 2, status: 'pending', reason: '更新日程' });
    expect(v2.current.versionNo).toBe(1);
    expect(v2.pendingVersions).toBe(1);
    // A receptionist may not decide at all.
    const byDesk = await core.dispatch('archive.decideVersion', { versionId: v2.versions[0]!.id, decision: 'approve' });
    expect(byDesk.ok ? null : byDesk.error.code).toBe('FORBIDDEN');

    // A manager's own version is decided by someone else.
    await core.signInAs('manager');
    const v3 = await core.call<DocumentDetail>('archive.submitVersion', { documentId: doc.id, uploadId: await uploadBytes(core, await pdfWithText(['Plan v3']), 'v3.pdf'), reason: '再改' });
    const own = await core.dispatch('archive.decideVersion', { versionId: v3.versions[0]!.id, decision: 'approve' });
    expect(own.ok ? null : own.error.issues?.[0]?.message).toBe('archive.ownVersion');
    const noNote = await core.dispatch('archive.decideVersion', { versionId: v2.versions[0]!.id, decision: 'reject', note: '  ' });
    expect(noNote.ok ? null : noNote.error.code).toBe('VALIDATION');
    const approved = await core.call<DocumentDetail>('archive.decideVersion', { versionId: v2.versions[0]!.id, decision: 'approve' });
    expect(approved.current.versionNo).toBe(2);
    expect(approved.versions.find((v) => v.versionNo === 2)).toMatchObject({ status: 'approved', decidedBy: 'manager 用户' });
    const again = await core.dispatch('archive.decideVersion', { versionId: v2.versions[0]!.id, decision: 'reject', note: '晚了' });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');

    await asAdmin();
    const rejected = await core.call<DocumentDetail>('archive.decideVersion', { versionId: v3.versions[0]!.id, decision: 'reject', note: '日程不对' });
    expect(rejected.current.versionNo).toBe(2);
    expect(rejected.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [3, 'rejected'],
      [2, 'approved'],
      [1, 'approved'],
    ]);
    expect(rejected.versions[0]).toMatchObject({ decisionNote: '日程不对', submittedBy: 'manager 用户' });

    const compared = await core.call<{ differs: string[]; previewA: { text: string | null }; previewB: { text: string | null } }>('archive.compare', { a: rejected.versions[2]!.id, b: rejected.versions[1]!.id });
    expect(compared.differs).toEqual(expect.arrayContaining(['fileName', 'contentHash', 'reason', 'decidedBy']));
    expect(compared.differs).not.toContain('kind');
    expect(compared.previewA.text).toContain('Plan v1');
    expect(compared.previewB.text).toContain('Plan v2');
  });
});

describe('the managers’ task inbox', () => {
  it('holds a pending version for each manager who may decide it, never for its submitter, until it is decided', async () => {
    const doc = await file(await pdfWithText(['Inbox v1']), '待审文档.pdf');
    await core.signInAs('receptionist');
    const pending = await core.call<DocumentDetail>('archive.submitVersion', { documentId: doc.id, uploadId: await uploadBytes(core, await pdfWithText(['Inbox v2']), 'v2.pdf'), reason: '更新' });
    const versionId = pending.versions[0]!.id;
    type Inbox = { tasks: { key: string; kind: string; title: string; link: { screen: string; id: string } }[] };
    const keyOf = `documentVersion:${versionId}`;
    expect((await core.call<Inbox>('tasks.mine', {})).tasks.map((t) => t.key)).not.toContain(keyOf);
    await core.signInAs('manager');
    const task = (await core.call<Inbox>('tasks.mine', {})).tasks.find((t) => t.key === keyOf);
    expect(task).toMatchObject({ kind: 'documentVersion', title: `${doc.code} 待审文档`, link: { screen: 'document', id: doc.id } });
    await core.call('archive.decideVersion', { versionId, decision: 'approve' });
    expect((await core.call<Inbox>('tasks.mine', {})).tasks.map((t) => t.key)).not.toContain(keyOf);
    await asAdmin();
  });
});

describe('confidential documents', () => {
  it('are not seen, got or found without archive.confidential, and their text is kept nowhere', async () => {
    const secret = await file(await pdfWithText(['Secret merger terms Zephyrine']), '并购协议.pdf', { classId: classNamed('合同').id, security: 'confidential', tags: ['绝密标签'] });
    expect(count('SELECT count(*) FROM document_texts WHERE content_hash = ?', secret.current.contentHash)).toBe(0);
    expect(rows("SELECT text FROM search_docs WHERE kind = 'documents' AND entity_id = ?", secret.id)[0]!.text).not.toMatch(/zephyrine/i);
    expect(await titles({ query: '并购' })).toContain('并购协议');

    await core.signInAs('receptionist');
    expect(await titles({ limit: 200 })).not.toContain('并购协议');
    expect(await titles({ query: '并购' })).toEqual([]);
    expect((await core.call<{ tag: string }[]>('archive.tags', {})).map((t) => t.tag)).not.toContain('绝密标签');
    const got = await core.dispatch('archive.get', { id: secret.id });
    expect(got.ok ? null : got.error.code).toBe('NOT_FOUND');
    const opened = await core.dispatch('archive.open', { versionId: secret.current.id });
    expect(opened.ok ? null : opened.error.code).toBe('NOT_FOUND');

    // A contract (confidential by default) is filed below that level only by someone who may see confidential files.
    const lowered = await core.dispatch('archive.create', {
      uploadId: await uploadBytes(core, await pdfWithText(['A contract']), '合同.pdf'),
      title: '采购合同',
      classId: classNamed('合同').id,
      security: 'internal',
      docDate: '2026-11-20',
    });
    expect(lowered.ok ? null : lowered.error.issues?.[0]?.message).toBe('archive.lowerConfidential');
    const kept = await file(await pdfWithText(['A contract kept secret']), '采购合同.pdf', { classId: classNamed('合同').id, security: 'confidential' });
    expect(kept.security).toBe('confidential');
    expect(await titles({ query: '采购' })).toEqual([]);

    await asAdmin();
    const preview = await core.call<{ text: string | null }>('archive.preview', { versionId: secret.current.id });
    expect(preview.text).toContain('Zephyrine');
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'document.preview' AND entity_id = ?", secret.id)).toBe(1);
  });
});

describe('the list', () => {
  const made: Record<string, DocumentDetail> = {};
  beforeAll(async () => {
    const business = folderNamed('商务拜访');
    const vip = folders.find((f) => f.parentId === business.id)!;
    const stage = folders.find((f) => f.parentId === vip.id && f.nameZh === '洽谈')!;
    const gov = folderNamed('政府接待');
    made.a = await file(await pdfWithText(['List A']), '列表甲.pdf', { folderId: stage.id, tags: ['列表', '甲'], docDate: '2026-03-01', clientId });
    made.b = await file(await pdfWithText(['List B']), '列表乙.pdf', { folderId: vip.id, tags: ['列表'], docDate: '2026-04-01', classId: classNamed('会议纪要').id });
    made.c = await file(await pdfWithText(['List C']), '列表丙.pdf', { folderId: gov.id, tags: ['列表'], docDate: '2026-05-01', security: 'public' });
    made.d = await file(await pdfWithText(['List D']), '列表丁.pdf', { tags: ['列表'], docDate: '2026-06-01' });
    await core.call('archive.submitVersion', { documentId: made.d.id, uploadId: await uploadBytes(core, await pdfWithText(['List D2']), 'd2.pdf'), reason: '补充' });
  });

  it('filters by folder (with its subfolders), tag, class, security, client, dates and pending', async () => {
    const business = folderNamed('商务拜访');
    expect(await titles({ folderId: business.id, tag: '列表' })).toEqual(['列表乙', '列表甲']);
    expect(await titles({ tag: '甲' })).toEqual(['列表甲']);
    expect(await titles({ tag: '列表', classId: classNamed('会议纪要').id })).toEqual(['列表乙']);
    expect(await titles({ tag: '列表', security: 'public' })).toEqual(['列表丙']);
    expect(await titles({ clientId })).toEqual(['列表甲']);
    expect(await titles({ tag: '列表', from: '2026-04-01', to: '2026-05-31' })).toEqual(['列表丙', '列表乙']);
    expect(await titles({ tag: '列表', pending: true })).toEqual(['列表丁']);
    const counts = await core.call<ArchiveFolder[]>('archive.folders', {});
    expect(counts.find((f) => f.id === business.id)!.documents).toBe(2);
    expect((await core.call<{ tag: string; documents: number }[]>('archive.tags', {})).find((t) => t.tag === '列表')!.documents).toBe(4);
  });

  it('pages by key, newest document date first, each document once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list({ tag: '列表', limit: 1, ...(cursor && { cursor }) });
      seen.push(...page.items.map((d) => d.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['列表丁', '列表丙', '列表乙', '列表甲']);
    expect((await list({ tag: '列表', withCount: true, limit: 1 })).count).toEqual({ n: 4, more: false });
  });
});

describe('search', () => {
  beforeAll(async () => {
    await file(await pdfWithText(['Memorandum about the Quasarwell turbine project']), '华为年度合作备忘录.pdf', { tags: ['备忘录'], notes: '董事会审议', clientId });
  });

  it('finds a title by its Chinese characters, its pinyin and its initials', async () => {
    expect(await titles({ query: '合作备忘' })).toContain('华为年度合作备忘录');
    expect(await titles({ query: 'huawei' })).toContain('华为年度合作备忘录');
    expect(await titles({ query: 'hwnd' })).toContain('华为年度合作备忘录');
  });

  it('finds a document by a word inside its PDF, its tag, its notes and its client', async () => {
    expect(await titles({ query: 'Quasarwell' })).toEqual(['华为年度合作备忘录']);
    expect(await titles({ query: '备忘录' })).toContain('华为年度合作备忘录');
    expect(await titles({ query: '董事会' })).toEqual(['华为年度合作备忘录']);
    expect(await titles({ query: '华为技术' })).toContain('华为年度合作备忘录');
  });

  it('searches within the filters and pages its ranked results', async () => {
    expect(await titles({ query: 'Quasarwell', tag: '列表' })).toEqual([]);
    const first = await list({ query: '列表', limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await list({ query: '列表', limit: 2, cursor: first.nextCursor! });
    expect(new Set([...first.items, ...second.items].map((d) => d.id)).size).toBe(4);
  });
});

describe('classes and retention', () => {
  it('moves the keep-until day of a class’s documents in the same write as its new period', async () => {
    const cls = classNamed('打印件');
    const doc = await file(await pdfWithText(['Printout']), '打印件.pdf', { classId: cls.id, docDate: '2024-02-29' });
    expect(doc.retainUntil).toBe('2026-02-28');
    await core.call('archive.saveClass', { id: cls.id, nameZh: cls.nameZh, nameEn: cls.nameEn, retentionYears: 4, defaultSecurity: cls.defaultSecurity, sort: cls.sort });
    expect((await core.call<DocumentDetail>('archive.get', { id: doc.id })).retainUntil).toBe('2028-02-29');
    await core.call('archive.saveClass', { id: cls.id, nameZh: cls.nameZh, retentionYears: 0, defaultSecurity: cls.defaultSecurity });
    expect((await core.call<DocumentDetail>('archive.get', { id: doc.id })).retainUntil).toBeNull();
    const entry = rows("SELECT detail FROM audit_log WHERE action = 'archive.class.save' ORDER BY rowid DESC LIMIT 1")[0]!;
    expect(JSON.parse(String(entry.detail))).toMatchObject({ retentionYears: { from: 4, to: 0 }, documents: 1 });
  });

  it('updates a document’s metadata, audited with what changed', async () => {
    const doc = await file(await pdfWithText(['Editable']), '可改.pdf');
    const updated = await core.call<DocumentDetail>('archive.update', {
      id: doc.id,
      title: '已改标题',
      notes: '新备注',
      tags: ['新标签'],
      classId: classNamed('会议纪要').id,
      security: 'public',
      docDate: '2026-01-02',
      clientId,
    });
    expect(updated).toMatchObject({ title: '已改标题', notes: '新备注', tags: ['新标签'], security: 'public', retainUntil: '2031-01-02' });
    const detail = JSON.parse(String(rows("SELECT detail FROM audit_log WHERE action = 'document.update' ORDER BY rowid DESC LIMIT 1")[0]!.detail));
    expect(Object.keys(detail.changed).sort()).toEqual(['classId', 'clientId', 'docDate', 'notes', 'security', 'title']);
    expect(await titles({ query: '已改' })).toEqual(['已改标题']);
  });
});
