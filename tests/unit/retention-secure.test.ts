import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DestructionRecord } from '../../contract/retention';
import type { VisitSummary } from '../../contract/visits';
import { entryHash, GENESIS, verifyAuditChain } from '../../main/audit/audit-log';
import { insertClass, insertDocument, storeFile } from '../helpers/archive-rows';
import { signInUser } from '../helpers/retention-seed';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * Issue 15 item 6/8: after a destruction no plaintext of what was destroyed is
 * left in the database file, its WAL, the document store or anywhere else in
 * the data folder — searched byte by byte, as UTF-8 and as UTF-16 — and the
 * audit chain still verifies with the redacted entries in it.
 */

let core: TestCore;
let clock = new Date('2018-05-02T09:00:00');
beforeEach(async () => {
  clock = new Date('2018-05-02T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

const TITLE = '欧阳娜娜保密协议书';
const TEXT_WORD = 'Quixotrellium';
const NAME = '欧阳娜娜';
const PHONE = '13712345678';

async function secretPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([300, 200]).drawText(`${TEXT_WORD} clause seven`, { x: 20, y: 100, size: 14, font });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Every file under the folder (the database, its WAL and shm, the store, settings, seals …). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

/** Which of the needles (each as UTF-8, UTF-16LE and UTF-16BE) are found in which file. */
function plaintextIn(dir: string, needles: Record<string, string | Buffer>): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const [what, needle] of Object.entries(needles)) {
      const forms = typeof needle === 'string' ? [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), utf16be(needle)] : [needle];
      if (forms.some((f) => bytes.includes(f))) found.push(`${what} in ${file.slice(dir.length)}`);
    }
  }
  return found;
}

async function jump(at: string) {
  clock = new Date(at);
  await core.dispatch('session.unlock', { password: ADMIN.password });
}

async function destroyEverything(): Promise<{ record: DestructionRecord; storedName: string; fileBytes: Buffer }> {
  const fileBytes = await secretPdf();
  const visit = await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name: NAME, phone: PHONE, idNumber: residentId('110105', '19920417', '318') });
  await core.call('visits.checkOut', { visitId: visit.id });
  const classId = insertClass(core.sqlite, '保密合同', 5);
  const file = await storeFile(core, fileBytes, '欧阳娜娜-协议.pdf');
  const doc = insertDocument(core.sqlite, {
    code: 'AR-180502-001',
    title: TITLE,
    notes: `与${NAME}签订`,
    classId,
    docDate: '2018-05-02',
    retainUntil: '2023-05-02',
    tags: ['协议'],
    personId: visit.personId,
    versions: [{ ...file, text: `${TEXT_WORD} clause seven, 第七条保密义务` }],
  });
  // What the archive's own write would log for the document (its title in the detail).
  core.context({ operatorId: 'archive', operatorName: ADMIN.name, roles: ['admin'] }).write(
    () => null,
    () => ({ action: 'document.create', entity: 'document', entityId: doc.id, detail: { code: 'AR-180502-001', title: TITLE } }),
  );
  await jump('2026-11-27T09:00:00');
  await signInUser(core, 'mgra', ['manager']);
  const asked = await core.call<DestructionRecord>('retention.request', {
    items: [
      { kind: 'document', id: doc.id },
      { kind: 'person', id: visit.personId },
    ],
    reason: '保存期满，按档案规定销毁',
  });
  expect(asked.items.map((i) => i.current)).toEqual([TITLE, NAME]);
  await signInUser(core, 'mgrb', ['manager']);
  await core.call('retention.approve', { id: asked.id });
  await signInUser(core, 'mgrc', ['manager']);
  const record = await core.call<DestructionRecord>('retention.approve', { id: asked.id, note: '同意' });
  return { record, storedName: file.storedName, fileBytes };
}

describe('retention: secure destruction', () => {
  it('leaves no plaintext of the document or the person anywhere in the data folder', async () => {
    const { record, storedName, fileBytes } = await destroyEverything();
    expect(record.status).toBe('done');
    expect(record.failure).toBe('');
    const docItem = record.items.find((i) => i.kind === 'document')!;
    expect(docItem.label).toBe('AR-180502-001 · 保密合同');
    expect(docItem.files).toEqual([{ contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), size: fileBytes.length, versionNo: 1, removed: true }]);
    expect(docItem.rows).toMatchObject({ documents: 1, document_versions: 1, document_tags: 1, document_texts: 1, document_blobs: 1 });
    expect(record.totals.auditRedacted).toBeGreaterThan(0);
    expect(JSON.stringify(record)).not.toContain(NAME);
    expect(JSON.stringify(record)).not.toContain(TITLE);
    expect(filesUnder(join(core.dataDir, 'documents')).some((f) => f.endsWith(storedName))).toBe(false);
    const wal = `${core.dataDir}/reception.sqlite3-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);

    const window = fileBytes.subarray(Math.floor(fileBytes.length / 2), Math.floor(fileBytes.length / 2) + 48);
    expect(plaintextIn(core.dataDir, { title: TITLE, text: TEXT_WORD, textZh: '第七条保密义务', file: window, name: NAME, phone: PHONE, pinyin: 'ouyangnana' })).toEqual([]);
  });

  it('the audit chain still verifies with the redacted entries; any other change is still caught', async () => {
    const { record } = await destroyEverything();
    const ctx = core.context({ operatorId: 'x', operatorName: 'x', roles: ['admin'] });
    expect(verifyAuditChain(ctx.db)).toBeNull();
    const redacted = core.sqlite.prepare('SELECT a.seq, a.detail FROM audit_log a JOIN audit_redactions r ON r.entry_id = a.id ORDER BY a.seq').all() as { seq: number; detail: string }[];
    expect(redacted.length).toBe(record.totals.auditRedacted);
    expect(new Set(redacted.map((r) => r.detail))).toEqual(new Set([JSON.stringify({ redacted: record.code })]));
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'document.create' AND detail LIKE '%redacted%'").pluck().get()).toBe(1);

    // A plain edit of an entry that was not redacted breaks the chain at that entry.
    const plain = core.sqlite.prepare("SELECT seq, detail FROM audit_log WHERE action = 'destruction.request'").get() as { seq: number; detail: string };
    core.sqlite.prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run(plain.detail.replace('"people":1', '"people":2'), plain.seq);
    expect(verifyAuditChain(ctx.db)).toBe(plain.seq);
    core.sqlite.prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run(plain.detail, plain.seq);
    expect(verifyAuditChain(ctx.db)).toBeNull();

    // A redacted entry must say exactly what its destruction wrote, and keep its link.
    const first = redacted[0]!;
    core.sqlite.prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run(JSON.stringify({ redacted: 'DS-000000-001' }), first.seq);
    expect(verifyAuditChain(ctx.db)).toBe(first.seq);
    core.sqlite.prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run(first.detail, first.seq);
    core.sqlite.prepare("UPDATE audit_log SET prev_hash = (CASE WHEN substr(prev_hash, 1, 1) = '1' THEN '2' ELSE '1' END) || substr(prev_hash, 2) WHERE seq = ?").run(first.seq);
    expect(verifyAuditChain(ctx.db)).toBe(first.seq);
  });

  it('a redacted entry keeps a stored link to its predecessor, so a predecessor re-hashed behind the app is caught there', async () => {
    await destroyEverything();
    const ctx = core.context({ operatorId: 'x', operatorName: 'x', roles: ['admin'] });
    // Entries written since 0017 store no link; the redaction writes it in (its own hash can no longer be recomputed).
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log a JOIN audit_redactions r ON r.entry_id = a.id WHERE a.prev_hash = '' AND a.device_seq > 1").pluck().get()).toBe(0);
    const cols = 'a.seq, a.id, a.at, a.device_id AS deviceId, a.actor, a.action, a.entity, a.entity_id AS entityId, a.detail, a.hash, a.device_seq AS deviceSeq';
    const redacted = core.sqlite
      .prepare(`SELECT r.seq AS seq, p.seq AS prevSeq FROM audit_log r JOIN audit_redactions x ON x.entry_id = r.id
        JOIN audit_log p ON p.device_id = r.device_id AND p.device_seq = r.device_seq - 1
        WHERE p.id NOT IN (SELECT entry_id FROM audit_redactions) ORDER BY r.seq LIMIT 1`)
      .get() as { seq: number; prevSeq: number };
    const prev = core.sqlite.prepare(`SELECT ${cols} FROM audit_log a WHERE a.seq = ?`).get(redacted.prevSeq) as Parameters<typeof entryHash>[1] & { deviceId: string; deviceSeq: number };
    const before = core.sqlite.prepare('SELECT hash FROM audit_log WHERE device_id = ? AND device_seq = ?').pluck().get(prev.deviceId, prev.deviceSeq - 1) as string | undefined;
    const detail = '{"forged":true}';
    core.sqlite.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?').run(detail, entryHash(before ?? GENESIS, { ...prev, detail }), redacted.prevSeq);
    expect(verifyAuditChain(ctx.db)).toBe(redacted.seq);
  });
});
