import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../contract/audit';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';
import { verifyUntilEnd } from '../helpers/audit-verify';

let core: TestCore;
let personId: string;
const clock = new Date('2026-11-27T09:00:00');
beforeEach(async () => {
  core = await makeTestCore({ now: () => clock });
  ({ personId } = await core.call<{ personId: string }>('visits.checkIn', { ...WALK_IN, idNumber: residentId() }));
});
afterEach(() => core.cleanup());

type AuditList = { entries: AuditEntryView[]; nextCursor: string | null; count?: { n: number; more: boolean } };

describe('revealing an ID number', () => {
  it('needs the permission and a reason, and is audited with both', async () => {
    await core.signInAs('receptionist');
    expect(await core.dispatch('visitors.revealId', { personId, reason: '核对身份' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('manager');
    expect(await core.dispatch('visitors.revealId', { personId, reason: ' ' })).toMatchObject({ ok: false, error: { issues: [{ path: 'reason', message: 'reason.required' }] } });
    const shown = await core.call<{ idNumber: string; hideAt: string }>('visitors.revealId', { personId, reason: '核对身份' });
    expect(shown.idNumber).toBe(residentId());
    expect(new Date(shown.hideAt).getTime() - clock.getTime()).toBe(30_000);
    await core.signInAs('auditor');
    const { entries } = await core.call<AuditList>('audit.list', { action: 'visitor.revealId' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'manager 用户', entityId: personId, detail: { reason: '核对身份', name: '张伟' } });
    expect(JSON.stringify(entries)).not.toContain(residentId());
  });
});

describe('the audit log', () => {
  it('filters by action prefix, actor, day and text', async () => {
    await core.signInAs('auditor');
    const all = await core.call<AuditList>('audit.list', { count: true });
    expect(await core.call('audit.actions', {})).toEqual(expect.arrayContaining(['setup.complete', 'visit.checkIn', 'session.signIn', 'user.create']));
    expect((await core.call<AuditList>('audit.list', { action: 'visit.' })).entries.map((e) => e.action)).toEqual(['visit.checkIn']);
    const counted = async (filter: object) => (await core.call<AuditList>('audit.list', { ...filter, count: true })).count;
    expect(await counted({ actor: ADMIN.name, action: 'visit.checkIn' })).toEqual({ n: 1, more: false });
    // The check-in's entry no longer repeats its visit (visitor, badge, host): the visitor's exact name and the badge find it by key.
    const [badgeNo] = core.sqlite.prepare('SELECT badge_no FROM visits').pluck().all() as string[];
    // A text search is not counted (a count would read the whole range in one call: see the window below).
    const found = async (text: string) => (await core.call<AuditList>('audit.list', { text, count: true })).entries.map((e) => e.action);
    expect(await counted({ text: '张伟' })).toBeUndefined();
    expect(await found('张伟')).toEqual(['visit.checkIn']);
    expect(await found(badgeNo!)).toEqual(['visit.checkIn']);
    expect(await found('张')).toEqual([]);
    expect(await counted({ from: '2026-11-28' })).toEqual({ n: 0, more: false });
    expect(await counted({ from: '2026-11-27', to: '2026-11-27' })).toEqual(all.count);
    expect(all.count?.n).toBe(all.entries.length);
    const first = await core.call<AuditList>('audit.list', { limit: 2 });
    expect((await core.call<AuditList>('audit.list', { limit: 2, cursor: first.nextCursor })).entries.map((e) => e.seq)).toEqual(all.entries.slice(2, 4).map((e) => e.seq));
    expect(await core.dispatch('audit.list', { from: '27/11/2026' })).toMatchObject({ ok: false, error: { issues: [{ path: 'from', message: 'date.format' }] } });
  });

  it('names the first entry edited behind the app', async () => {
    await core.signInAs('auditor');
    expect(await verifyUntilEnd(core, { full: true })).toMatchObject({ intact: true, firstBrokenSeq: null });
    const { sqlite } = core;
    const seq = sqlite.prepare("SELECT seq FROM audit_log WHERE action = 'visit.checkIn'").pluck().get() as number;
    sqlite.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?").run(seq);
    expect(await verifyUntilEnd(core, { full: true })).toMatchObject({ intact: false, firstBrokenSeq: seq, firstBrokenAt: clock.toISOString() });
    // A deleted entry breaks the chain too.
    sqlite.prepare("UPDATE audit_log SET actor = ? WHERE seq = ?").run(ADMIN.name, seq);
    expect(await verifyUntilEnd(core, { full: true })).toMatchObject({ intact: true });
    sqlite.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq);
    expect(await verifyUntilEnd(core, { full: true })).toMatchObject({ intact: false, firstBrokenSeq: seq + 1 });
  });

  it('exports CSV and XLSX that Excel reads, and audits the export', async () => {
    await core.call('visits.checkIn', { ...WALK_IN, name: '=HYPERLINK("http://x")', phone: '13900139000' });
    await core.signInAs('auditor');
    const csv = await core.call<{ fileName: string; rows: number }>('audit.export', { format: 'csv', action: 'visit.' });
    expect(csv.rows).toBe(2);
    const text = readFileSync(join(core.dataDir, 'exports', csv.fileName), 'utf8');
    // The desk is in Chinese: the file is too (headers, actions); see audit-export.test.ts.
    expect(text.startsWith('\uFEFF序号,时间,操作人,操作')).toBe(true);
    expect(text).toContain('登记入场');
    expect(text).toContain('张伟');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    const xlsx = await core.call<{ fileName: string; rows: number }>('audit.export', { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(core.dataDir, 'exports', xlsx.fileName));
    const sheet = book.getWorksheet('审计日志')!;
    expect(sheet.rowCount).toBe(xlsx.rows + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '时间', '操作人', '操作', '对象', '对象编号', '对象名称', '详情']);
    const exports = await core.call<AuditList>('audit.list', { action: 'audit.export' });
    expect(exports.entries.map((e) => e.detail.format)).toEqual(['xlsx', 'csv']);
  });

  it('is closed to roles without audit permissions', async () => {
    await core.signInAs('receptionist');
    for (const name of ['audit.list', 'audit.verifyStart']) expect(await core.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('manager');
    expect(await core.dispatch('audit.export', { format: 'csv' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('audited changes', () => {
  it('records old and new values of a returning visitor, with the ID masked', async () => {
    const otherId = residentId('110105', '19850101', '456');
    await core.call('visits.checkOut', { visitId: (await core.call<{ rows: { id: string }[] }>('visits.list', { scope: 'on_site' })).rows[0]!.id });
    // A change to the record on file is never silent: it is asked for, with a reason.
    const reason = '单位更名，证件换新';
    await core.call('visits.checkIn', { ...WALK_IN, personId, company: '华为终端', idNumber: otherId, identity: { action: 'update', reason } });
    const { entries } = await core.call<AuditList>('audit.list', { action: 'visit.checkIn' });
    expect(entries[0]!.detail).toMatchObject({
      newVisitor: false,
      identity: { action: 'update', reason, differs: ['company', 'idNumber'] },
      visitorChanges: { before: { company: '华为技术有限公司' }, after: { company: '华为终端', idNumberMask: `110***********${otherId.slice(-4)}` } },
    });
    expect(JSON.stringify(entries)).not.toContain(otherId);
    expect(entries[1]!.detail).toMatchObject({ newVisitor: true });
  });
});
