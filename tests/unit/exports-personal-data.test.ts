import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../contract/audit';
import { csvRows, exportFile, exportUntilEnd, xlsxRows } from '../helpers/exports';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * ID numbers leave masked unless a full export is asked for: that needs its
 * own permission (administrators) and a reason, is audited with the reason,
 * says in the file that it holds personal data, and leaves no copy in the
 * data folder once handed over. Every export is audited.
 */

const clock = new Date('2026-12-03T09:10:00');
let core: TestCore;
const ID = residentId('110105', '19900307', '123');

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  await core.call('visits.checkIn', { ...WALK_IN, idNumber: ID });
});
afterAll(() => core.cleanup());

async function auditOf(action: string): Promise<AuditEntryView[]> {
  const page = await core.call<{ entries: AuditEntryView[] }>('audit.list', { action, limit: 50 });
  return page.entries;
}

const signInAdmin = async () => {
  await core.call('session.signOut', {});
  await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
};

describe('masked by default', () => {
  it.each(['visits', 'visitors', 'people'] as const)('%s: the file shows the mask, never the number, and the export is audited', async (dataset) => {
    const before = (await auditOf('data.export')).length;
    const text = readFileSync(await exportFile(core, { dataset, filters: {}, format: 'csv' }), 'utf8');
    expect(text).not.toContain(ID);
    expect(text).toContain('110***********');
    const entries = await auditOf('data.export');
    expect(entries.length).toBe(before + 1);
    expect(entries[0]!.detail).toMatchObject({ dataset, format: 'csv', rows: 1 });
  });

  it('the masked file stays in the data folder after hand-over (a lost download can be found again)', async () => {
    const done = await exportUntilEnd(core, { dataset: 'people', filters: {}, format: 'xlsx' });
    await core.call('files.deliver', { fileId: done.fileId });
    expect(existsSync(join(core.dataDir, 'exports', done.fileName!))).toBe(true);
  });
});

describe('in full', () => {
  it('is refused without its permission (a manager may export, not in full), and nothing is written or audited', async () => {
    await core.signInAs('manager');
    const refused = await core.dispatch('exports.start', { dataset: 'people', filters: {}, format: 'csv', full: { reason: '核查' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.dispatch('exports.start', { dataset: 'people', filters: {}, format: 'csv' })).toMatchObject({ ok: true });
    await signInAdmin();
    expect((await auditOf('data.exportFull')).length).toBe(0);
    expect(existsSync(join(core.dataDir, 'exports-personal'))).toBe(false);
  });

  it('is refused without a reason', async () => {
    for (const reason of ['', '   ']) {
      const refused = await core.dispatch('exports.start', { dataset: 'people', filters: {}, format: 'csv', full: { reason } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'full.reason' }] } });
    }
    expect(await core.dispatch('exports.start', { dataset: 'people', filters: {}, format: 'csv', full: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('CSV: a first line says it holds personal data, with who, when and why; the numbers are whole; audited with the reason', async () => {
    const place = await exportFile(core, { dataset: 'visits', filters: {}, format: 'csv', full: { reason: '安保部门核查访客身份' } });
    const rows = await csvRows(place);
    expect(rows[0]![0]).toMatch(/^本文件含个人信息（完整证件号码）.*导出人：系统管理员；时间：2026-12-03 09:10；原因：安保部门核查访客身份$/);
    expect(rows[1]![0]).toBe('入场时间');
    expect(rows[2]![6]).toBe(ID);
    const [entry] = await auditOf('data.exportFull');
    expect(entry!.detail).toMatchObject({ dataset: 'visits', format: 'csv', rows: 1, reason: '安保部门核查访客身份' });
    expect(JSON.stringify(entry!.detail)).not.toContain(ID);
  });

  it('xlsx: a title row and the workbook properties say so too', async () => {
    const { rows, book, sheet } = await xlsxRows(await exportFile(core, { dataset: 'people', filters: {}, format: 'xlsx', full: { reason: '年度核查' } }));
    expect(String(rows[0]![0])).toContain('本文件含个人信息');
    expect(rows[1]![0]).toBe('姓名');
    expect(rows[2]![7]).toBe(ID);
    expect(book.subject).toBe('含个人信息（完整证件号码）');
    expect(book.description).toContain('年度核查');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('leaves no copy in the data folder once handed over (saved: at once)', async () => {
    const done = await exportUntilEnd(core, { dataset: 'people', filters: {}, format: 'csv', full: { reason: '核查' } });
    const folder = join(core.dataDir, 'exports-personal');
    expect(readdirSync(folder)).toContain(done.fileName);
    const delivered = await core.call<{ kind: string; place: string }>('files.deliver', { fileId: done.fileId });
    expect(readFileSync(delivered.place, 'utf8')).toContain(ID);
    expect(readdirSync(folder)).not.toContain(done.fileName);
    // And it is no longer on offer.
    expect(await core.dispatch('files.deliver', { fileId: done.fileId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });


  it.each(['csv', 'xlsx'] as const)('%s: the file is its owner\'s alone (0600) while it waits in the data folder', async (format) => {
    const done = await exportUntilEnd(core, { dataset: 'people', filters: {}, format, full: { reason: '核查' } });
    expect(statSync(join(core.dataDir, 'exports-personal', done.fileName!)).mode & 0o777).toBe(0o600);
  });
});

describe('jobs', () => {
  it("belong to whoever started them: another user's progress or cancel finds nothing", async () => {
    const { jobId } = await core.call<{ jobId: string }>('exports.start', { dataset: 'people', filters: {}, format: 'csv' });
    await core.signInAs('coordinator');
    expect(await core.dispatch('exports.progress', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('exports.cancel', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await signInAdmin();
  });
});
