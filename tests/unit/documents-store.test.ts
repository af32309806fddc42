import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEGMENT_BYTES } from '../../main/documents/file-cipher';
import { storedPath } from '../../main/documents/layout';
import { MAX_OPEN_UPLOADS, Uploads } from '../../main/documents/uploads';
import { docxFile, oleFile } from '../helpers/document-files';
import { filesUnder, insertBlobRow, storeOf, upload, uploadAndTake } from '../helpers/document-uploads';
import { pngImage } from '../helpers/images';
import { makeTestCore, type TestCore } from '../helpers/test-core';

const KNOWN = '接待台机密合同：华为技术有限公司 2026 年度框架协议 — secret clause ALPHA-7731';

/** A text file the store takes as Word: a docx holding the known sentence many times (compressed in the zip, so also a raw copy). */
const docx = (text = KNOWN) => docxFile([text, text]);

describe('the document store on disk', () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await makeTestCore();
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
  }, 30_000);
  afterAll(async () => {
    const dir = core.dataDir;
    await core.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  const docsDir = () => join(core.dataDir, 'documents');
  const incoming = () => filesUnder(join(docsDir(), '.incoming'));
  const stored = () => filesUnder(docsDir()).filter((f) => !f.includes('.incoming'));

  it('stores the same bytes once (by content hash), under a keyed name in a 2-hex folder', async () => {
    const bytes = docx('同一份文件上传两次');
    const first = await uploadAndTake(core, bytes, '合同.docx');
    expect(first).toMatchObject({ kind: 'docx', placed: true, size: bytes.length, fileName: '合同.docx', contentHash: createHash('sha256').update(bytes).digest('hex') });
    expect(first.storedName).toMatch(/^[0-9a-f]{64}$/);
    expect(first.storedName).not.toBe(first.contentHash);
    insertBlobRow(core, first);
    const second = await uploadAndTake(core, bytes, '合同-副本.docx');
    expect(second).toMatchObject({ storedName: first.storedName, placed: false });
    expect(stored().filter((f) => f.endsWith(first.storedName))).toEqual([join(docsDir(), first.storedName.slice(0, 2), first.storedName)]);
    expect(incoming()).toEqual([]);
  });

  it('keeps no plaintext on disk: the stored file holds no substring of the known text', async () => {
    // A large file of plain text bytes in a stored PNG's tail would be a cheat; a docx "stored" uncompressed shows it plainly.
    const plain = Buffer.concat([pngImage(4, 4).subarray(0, -12), Buffer.from(KNOWN.repeat(40_000), 'utf8'), pngImage(4, 4).subarray(-12)]);
    expect(plain.length).toBeGreaterThan(2 * SEGMENT_BYTES);
    const file = await uploadAndTake(core, plain, 'scan.png');
    expect(file.kind).toBe('png');
    const onDisk = readFileSync(storedPath(docsDir(), file.storedName));
    for (const needle of ['华为技术有限公司', 'ALPHA-7731', '框架协议']) expect(onDisk.indexOf(Buffer.from(needle, 'utf8'))).toBe(-1);
    // The bytes read back are the bytes uploaded.
    expect((await storeOf(core).store.read(file.storedName, file.contentHash)).equals(plain)).toBe(true);
    insertBlobRow(core, file);
  });

  it('throws on a changed byte, a file cut at a segment boundary, and a segment moved', async () => {
    const plain = Buffer.concat([pngImage(4, 4).subarray(0, -12), randomBytes(SEGMENT_BYTES * 2 + 100), pngImage(4, 4).subarray(-12)]);
    const file = await uploadAndTake(core, plain, 'big.png');
    const path = storedPath(docsDir(), file.storedName);
    const good = readFileSync(path);
    const { store } = storeOf(core);
    const flipped = Buffer.from(good);
    flipped[good.length - 40]! ^= 0x01;
    writeFileSync(path, flipped);
    await expect(store.read(file.storedName, file.contentHash)).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'document.damaged' } });
    // Cut after the first two sealed segments: what is left ends on a segment sealed as "not the last".
    writeFileSync(path, good.subarray(0, 18 + 2 * (SEGMENT_BYTES + 16)));
    await expect(store.read(file.storedName, file.contentHash)).rejects.toMatchObject({ code: 'CONFLICT' });
    const swapped = Buffer.from(good);
    good.copy(swapped, 18, 18 + SEGMENT_BYTES + 16, 18 + 2 * (SEGMENT_BYTES + 16));
    good.copy(swapped, 18 + SEGMENT_BYTES + 16, 18, 18 + SEGMENT_BYTES + 16);
    writeFileSync(path, swapped);
    await expect(store.read(file.storedName, file.contentHash)).rejects.toMatchObject({ code: 'CONFLICT' });
    writeFileSync(path, good);
    expect((await store.read(file.storedName, file.contentHash)).equals(plain)).toBe(true);
    store.destroy(file.storedName);
    await expect(store.read(file.storedName, file.contentHash)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses what it does not take and leaves nothing in the store or .incoming', async () => {
    const before = stored();
    const refused = async (bytes: Buffer, issue: string, name = 'x.bin') => {
      const { store, operatorId } = storeOf(core);
      const id = await upload(core, bytes, name);
      await expect(store.take(id, operatorId, { confidential: false })).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ message: issue }] });
      // The upload is used up either way.
      await expect(store.take(id, operatorId, { confidential: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    };
    const pdfHead = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n', 'latin1');
    await refused(pdfHead, 'document.unreadable', 'cut.pdf');
    await refused(randomBytes(5000), 'document.type', 'random.pdf');
    await refused(Buffer.from('MZ\x90\x00 an executable', 'latin1'), 'document.type', 'setup.exe');
    await refused(oleFile('__substg1.0_0037001F'), 'document.type', 'mail.msg');
    await refused(docxFile(['宏'], 'application/vnd.ms-word.document.macroEnabled.main+xml'), 'document.type', 'macro.docm');
    const { zipSync, strToU8 } = await import('fflate');
    await refused(Buffer.from(zipSync({ 'readme.txt': strToU8('hello') })), 'document.type', 'archive.zip');
    await refused(docx().subarray(0, 200), 'document.unreadable', 'cut.docx');
    await refused(pngImage(20, 20).subarray(0, 40), 'document.unreadable', 'cut.png');
    expect(stored()).toEqual(before);
    expect(incoming()).toEqual([]);
  });

  it('refuses an empty file at begin, and a file of another size than announced at take', async () => {
    const empty = await core.dispatch('storage.begin', { fileName: 'empty.pdf', size: 0 });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ message: 'document.empty' }] } });
    const { store, operatorId } = storeOf(core);
    const short = await upload(core, docx(), 'short.docx', { announce: docx().length + 10 });
    await expect(store.take(short, operatorId, { confidential: false })).rejects.toMatchObject({ issues: [{ message: 'document.size' }] });
    const { uploadId } = await core.call<{ uploadId: string }>('storage.begin', { fileName: 'long.docx', size: 10 });
    const over = await core.dispatch('storage.chunk', { uploadId, index: 0, data: docx().toString('base64') });
    expect(over).toMatchObject({ ok: false, error: { issues: [{ message: 'document.size' }] } });
    expect(incoming()).toEqual([]);
  });

  it('takes chunks in order only, and another user’s upload is not found', async () => {
    const { uploadId } = await core.call<{ uploadId: string }>('storage.begin', { fileName: 'a.docx', size: 100 });
    expect(await core.dispatch('storage.chunk', { uploadId, index: 1, data: 'AAAA' })).toMatchObject({ ok: false, error: { issues: [{ message: 'document.chunkOrder' }] } });
    await core.call('storage.chunk', { uploadId, index: 0, data: 'AAAA' });
    expect(incoming()).toHaveLength(1);
    await core.signInAs('coordinator');
    expect(await core.dispatch('storage.chunk', { uploadId, index: 1, data: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('storage.cancel', { uploadId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Signing out (signInAs signs the coordinator out, then admin in) ended admin's session earlier: its upload went with it.
    expect(incoming()).toEqual([]);
    const mine = await upload(core, Buffer.from('abc'), 'c.txt');
    expect(incoming()).toHaveLength(1);
    await core.call('storage.cancel', { uploadId: mine });
    expect(incoming()).toEqual([]);
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
  });

  it('drops an upload its session abandoned: on lock, and after the idle time', async () => {
    await upload(core, Buffer.from('abc'), 'c.txt', { announce: 10 });
    expect(incoming()).toHaveLength(1);
    await core.call('session.lock', {});
    expect(incoming()).toEqual([]);
    await core.call('session.unlock', { password: 'Admin-pass-1' });
    const dir = join(core.dataDir, 'idle-store');
    const uploads = new Uploads(dir, () => randomBytes(32), 50);
    uploads.begin('u1', 'x', 10);
    expect(filesUnder(join(dir, '.incoming'))).toHaveLength(1);
    await vi.waitFor(() => expect(filesUnder(join(dir, '.incoming'))).toEqual([]));
    expect(uploads.count).toBe(0);
  });

  it('keeps at most MAX_OPEN_UPLOADS open per operator, dropping the least recently active', () => {
    const dir = join(core.dataDir, 'many-store');
    const uploads = new Uploads(dir, () => randomBytes(32));
    const ids = Array.from({ length: MAX_OPEN_UPLOADS }, () => uploads.begin('u1', 'x', 10).uploadId);
    uploads.chunk(ids[0]!, 'u1', 0, Buffer.from('a'));
    const other = uploads.begin('u2', 'y', 10).uploadId;
    const extra = uploads.begin('u1', 'z', 10).uploadId;
    expect(uploads.has(ids[1]!)).toBe(false);
    expect([ids[0]!, ...ids.slice(2), extra, other].every((id) => uploads.has(id))).toBe(true);
    expect(filesUnder(join(dir, '.incoming'))).toHaveLength(MAX_OPEN_UPLOADS + 1);
    uploads.dropAll();
    expect(filesUnder(join(dir, '.incoming'))).toEqual([]);
  });

  it('destroys a file: its bytes overwritten, then gone; a missing file is fine', async () => {
    const file = await uploadAndTake(core, docx('销毁测试 DESTROY-ME-4242'), 'd.docx');
    const path = storedPath(docsDir(), file.storedName);
    const sealed = readFileSync(path);
    const { store } = storeOf(core);
    store.destroy(file.storedName);
    expect(existsSync(path)).toBe(false);
    store.destroy(file.storedName);
    // Nothing under documents/ holds the destroyed file's sealed bytes (a copy) or its words.
    for (const f of filesUnder(docsDir())) {
      const bytes = readFileSync(f);
      expect(bytes.indexOf(sealed.subarray(100, 164))).toBe(-1);
      expect(bytes.indexOf(Buffer.from('DESTROY-ME-4242'))).toBe(-1);
    }
  });

  it('a sweep while a take inspects its upload, and after it placed a file whose row is not written yet, keeps both', async () => {
    const id = await upload(core, docx('清理与读取同时'), 'sweep-race.docx');
    const { store, operatorId } = storeOf(core);
    // The take hands the finished upload to the worker; the sweep runs meanwhile (as the one after a start or an unseal may).
    const taking = store.take(id, operatorId, { confidential: false });
    expect(store.sweep().incoming).toBe(0);
    const file = await taking;
    expect(file.placed).toBe(true);
    // Placed, its row not yet written by the take's caller: kept.
    store.sweep();
    expect(existsSync(storedPath(docsDir(), file.storedName))).toBe(true);
    insertBlobRow(core, file);
  });

  it('discards a placed file when the write that was to use it failed, but never one a row names', async () => {
    const { store } = storeOf(core);
    const file = await uploadAndTake(core, docx('丢弃'), 'e.docx');
    const path = storedPath(docsDir(), file.storedName);
    expect(existsSync(path)).toBe(true);
    store.discard(file);
    expect(existsSync(path)).toBe(false);
    const kept = await uploadAndTake(core, docx('保留'), 'f.docx');
    insertBlobRow(core, kept);
    store.discard(kept);
    expect(existsSync(storedPath(docsDir(), kept.storedName))).toBe(true);
  });

  it('sweeps at start what a crash left: .incoming leftovers and files no row names', async () => {
    const kept = await uploadAndTake(core, docx('启动清理-保留'), 'k.docx');
    insertBlobRow(core, kept);
    const orphan = await uploadAndTake(core, docx('启动清理-孤儿'), 'o.docx');
    // A crash mid-upload: a partial sealed file in .incoming that no upload in memory owns any more.
    await upload(core, Buffer.from('partial'), 'p.txt', { announce: 1000 });
    const leftover = incoming()[0]!;
    const copy = readFileSync(leftover);
    const dataDir = core.dataDir;
    const recovery = core.recovery;
    await core.close();
    writeFileSync(leftover, copy);
    // A restore's temp file cut short beside the stored files.
    const temp = join(dataDir, 'documents', kept.storedName.slice(0, 2), `${kept.storedName}.1a2b3c4d.tmp`);
    writeFileSync(temp, 'half');
    core = await makeTestCore({ dataDir, setUp: false });
    // Swept just after the start (off the first answer's path).
    await expect.poll(() => existsSync(leftover), { timeout: 10_000 }).toBe(false);
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(storedPath(join(dataDir, 'documents'), orphan.storedName))).toBe(false);
    expect(existsSync(storedPath(join(dataDir, 'documents'), kept.storedName))).toBe(true);
    // The sweep needs no key: it ran on the sealed desk.
    await core.call('session.unseal', { passphrase: recovery });
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
    expect((await storeOf(core).store.read(kept.storedName, kept.contentHash)).length).toBe(kept.size);
  }, 30_000);
});
