import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PastVisitFile, PastVisitSummary, RecordChange } from '../../contract/past-visits';
import type { PlanDetail } from '../../contract/plans';
import type { Task } from '../../contract/tasks';
import { completedPlan, type PastPlan } from '../helpers/past-visits-seed';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Changes to a completed visit's record follow the archive's rule: asked for
 * with a reason by whoever plans visits, decided by a manager who did not ask,
 * applied in the decision's own write with from/to in the log, and refused
 * when the record moved since it was asked. Reopening takes a manager and a
 * reason. The file holds everything that belonged to the visit.
 */

let clock = new Date('2026-12-03T10:00:00');
let core: TestCore;
let past: PastPlan;

const audit = (action: string) =>
  core.sqlite.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY seq').all(action).map((r) => JSON.parse((r as { detail: string }).detail) as Record<string, unknown>);
const file = (planId = past.planId) => core.call<PastVisitFile>('pastVisits.file', { planId });

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  past = await completedPlan(core);
  // A few minutes on: the guest's check-out (at 10:00) can be moved within them.
  clock = new Date('2026-12-03T10:04:00');
});
afterAll(async () => core?.cleanup());

describe('a change request', () => {
  it('is asked with a reason by a coordinator and approved by a manager: applied with from/to in the log', async () => {
    await core.signInAs('coordinator');
    const asked = await core.call<RecordChange>('pastVisits.requestChange', { target: 'plan', planId: past.planId, values: { purpose: '签约仪式', notes: '贵宾' }, reason: '目的记录有误' });
    // A value equal to the record is no change and is left out.
    expect(asked).toMatchObject({ status: 'pending', target: 'plan', changes: [{ field: 'purpose', from: '合作洽谈', to: '签约仪式' }], requestedBy: 'coordinator 用户', mayDecide: false });
    expect((await file()).plan.purpose).toBe('合作洽谈');
    // The requester cannot decide it, even holding the permission: a manager who asks cannot approve their own.
    await core.signInAs('manager');
    const own = await core.call<RecordChange>('pastVisits.requestChange', { target: 'visit', planId: past.planId, visitId: past.visitId, values: { host: '李娜' }, reason: '被访人写错' });
    expect(await core.dispatch('pastVisits.decideChange', { id: own.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'ownChange' } } });
    expect((await core.call<RecordChange[]>('pastVisits.changes', { pending: true })).map((c) => [c.id, c.mayDecide])).toEqual([
      [own.id, false],
      [asked.id, true],
    ]);
    // Each waits in the inbox of the managers who may decide it, the requester's own not among them.
    const inbox = async () => (await core.call<{ tasks: Task[] }>('tasks.mine', {})).tasks.filter((x) => x.kind === 'recordChange');
    expect(await inbox()).toEqual([expect.objectContaining({ refId: asked.id, title: '华为来访', link: { screen: 'pastVisit', id: past.planId }, overdue: false })]);
    const approved = await core.call<RecordChange>('pastVisits.decideChange', { id: asked.id, decision: 'approve' });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'manager 用户', mayDecide: false });
    expect(await inbox()).toEqual([]);
    expect((await file()).plan.purpose).toBe('签约仪式');
    expect(audit('pastVisit.changeApprove').at(-1)).toMatchObject({ target: 'plan', before: { purpose: '合作洽谈' }, after: { purpose: '签约仪式' }, reason: '目的记录有误' });
    // Decided once only.
    expect(await core.dispatch('pastVisits.decideChange', { id: asked.id, decision: 'reject', note: '再看' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'changeDecided' } } });
  });

  it('changes a visit (host, check-out time) under the check-in form’s rules', async () => {
    await core.signInAs('coordinator');
    const bad = (values: object) => core.dispatch('pastVisits.requestChange', { target: 'visit', planId: past.planId, visitId: past.visitId, values, reason: '更正' });
    expect(await bad({ host: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'values.host', message: 'required' }] } });
    expect(await bad({ host: 'x'.repeat(51) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await bad({ checkOutAt: '2026-12-03T08:00' })).toMatchObject({ ok: false, error: { issues: [{ path: 'values.checkOutAt', message: 'pastVisits.checkOutBeforeCheckIn' }] } });
    expect(await bad({ checkOutAt: '2026-12-04T08:00' })).toMatchObject({ ok: false, error: { issues: [{ path: 'values.checkOutAt', message: 'pastVisits.checkOutInFuture' }] } });
    expect(await bad({})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.dispatch('pastVisits.requestChange', { target: 'plan', planId: past.planId, values: {}, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const visitBefore = (await file()).visits[0]!;
    const asked = await core.call<RecordChange>('pastVisits.requestChange', { target: 'visit', planId: past.planId, visitId: past.visitId, values: { checkOutAt: '2026-12-03T10:02' }, reason: '来宾忘记签退' });
    expect(asked).toMatchObject({ targetName: '赵敏', changes: [{ field: 'checkOutAt', from: visitBefore.checkOutAt, to: '2026-12-03T10:02' }] });
    await core.signInAs('manager');
    await core.call('pastVisits.decideChange', { id: asked.id, decision: 'approve' });
    expect((await file()).visits[0]).toMatchObject({ checkOutAt: '2026-12-03T10:02', host: '王芳' });
  });

  it('asked against values that moved since is refused (CONFLICT changeStale) and stays pending', async () => {
    await core.signInAs('coordinator');
    const first = await core.call<RecordChange>('pastVisits.requestChange', { target: 'plan', planId: past.planId, values: { title: '华为签约' }, reason: '改名' });
    const second = await core.call<RecordChange>('pastVisits.requestChange', { target: 'plan', planId: past.planId, values: { title: '华为回访' }, reason: '另一说法' });
    await core.signInAs('manager');
    await core.call('pastVisits.decideChange', { id: first.id, decision: 'approve' });
    expect(await core.dispatch('pastVisits.decideChange', { id: second.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'changeStale', field: 'title' } } });
    expect((await file()).plan.title).toBe('华为签约');
    // A rejection needs a note, and leaves the record as it is.
    expect(await core.dispatch('pastVisits.decideChange', { id: second.id, decision: 'reject', note: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'note', message: 'required' }] } });
    expect(await core.call('pastVisits.decideChange', { id: second.id, decision: 'reject', note: '已按第一次修改' })).toMatchObject({ status: 'rejected', decisionNote: '已按第一次修改' });
    expect(audit('pastVisit.changeReject').at(-1)).toMatchObject({ after: { title: '华为回访' }, note: '已按第一次修改' });
  });

  it('is only for past visits, and only for the plan’s own visits', async () => {
    await core.signInAs('manager');
    const other = await completedPlan(core, { title: '腾讯来访', guest: '孙琳' });
    await core.signInAs('coordinator');
    const open = await core.call<PlanDetail>('plans.create', { title: '草稿', expectedHeadcount: 1 });
    expect(await core.dispatch('pastVisits.requestChange', { target: 'plan', planId: open.id, values: { title: '改' }, reason: '试' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'planNotPast' } } });
    expect(await core.dispatch('pastVisits.requestChange', { target: 'visit', planId: past.planId, visitId: other.visitId, values: { host: '李' }, reason: '试' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'visitNotFound' } } });
    // Receptionists and auditors read the archive but ask for no change; only managers decide.
    for (const role of ['receptionist', 'auditor'] as const) {
      await core.signInAs(role);
      expect(await core.dispatch('pastVisits.requestChange', { target: 'plan', planId: past.planId, values: { title: '改' }, reason: '试' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await core.signInAs('coordinator');
    const asked = await core.call<RecordChange>('pastVisits.requestChange', { target: 'plan', planId: other.planId, values: { notes: '补' }, reason: '补充' });
    expect(await core.dispatch('pastVisits.decideChange', { id: asked.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('reopening', () => {
  it('takes a manager and a reason, goes back to in progress, is audited, and the plan closes again on completion', async () => {
    await core.signInAs('manager');
    const other = await completedPlan(core, { title: '阿里来访', guest: '周正' });
    await core.signInAs('coordinator');
    expect(await core.dispatch('pastVisits.reopen', { planId: other.planId, reason: '补录' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('manager');
    expect(await core.dispatch('pastVisits.reopen', { planId: other.planId, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason', message: 'required' }] } });
    await core.call('plans.transition', { id: other.planId, to: 'archived' });
    expect(await core.call('pastVisits.reopen', { planId: other.planId, reason: '补录行程' })).toMatchObject({ status: 'in_progress' });
    expect(audit('pastVisit.reopen').at(-1)).toMatchObject({ title: '阿里来访', from: 'archived', to: 'in_progress', reason: '补录行程' });
    expect(await core.dispatch('pastVisits.reopen', { planId: other.planId, reason: '再来' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'planNotPast' } } });
    expect(await core.call('plans.update', { id: other.planId, notes: '补录' })).toMatchObject({ notes: '补录' });
    await core.call('plans.transition', { id: other.planId, to: 'completed' });
    expect(await core.dispatch('plans.update', { id: other.planId, notes: '再改' })).toMatchObject({ ok: false, error: { details: { reason: 'planClosed' } } });
  });
});

describe('the list and the file', () => {
  it('lists past plans only, newest first, by key, with the search engine and the filters', async () => {
    await core.signInAs('receptionist');
    const all = await core.call<{ items: PastVisitSummary[]; nextCursor: string | null }>('pastVisits.list', {});
    expect(all.items.every((p) => p.status === 'completed' || p.status === 'archived')).toBe(true);
    expect(all.items.map((p) => p.title)).not.toContain('草稿');
    const first = await core.call<{ items: PastVisitSummary[]; nextCursor: string | null }>('pastVisits.list', { limit: 1 });
    const second = await core.call<{ items: PastVisitSummary[]; nextCursor: string | null }>('pastVisits.list', { limit: 1, cursor: first.nextCursor });
    expect([first.items[0]!.id, second.items[0]!.id]).toEqual(all.items.slice(0, 2).map((p) => p.id));
    expect((await core.call<{ items: PastVisitSummary[] }>('pastVisits.list', { query: '腾讯' })).items.map((p) => p.title)).toEqual(['腾讯来访']);
    expect((await core.call<{ items: PastVisitSummary[] }>('pastVisits.list', { query: 'tengxun' })).items.map((p) => p.title)).toEqual(['腾讯来访']);
    expect((await core.call<{ items: PastVisitSummary[] }>('pastVisits.list', { from: '2026-12-04' })).items).toEqual([]);
    expect((await core.call<{ items: PastVisitSummary[] }>('pastVisits.list', { status: 'archived' })).items).toEqual([]);
  });

  it('holds the plan, guests, check-ins and outs, checklists, feedback, changes and the audit trail', async () => {
    await core.signInAs('manager');
    const f = await file();
    expect(f.plan.guests.map((g) => g.name)).toEqual(['赵敏']);
    expect(f.visits).toEqual([expect.objectContaining({ name: '赵敏', host: '王芳', status: 'checked_out', checkInAt: '2026-12-03T10:00', checkOutAt: '2026-12-03T10:02' })]);
    expect(f.checklists.lists.length).toBeGreaterThan(0);
    expect(f.feedbackRequests.length).toBeGreaterThan(0);
    expect(f.changes.map((c) => c.status).sort()).toEqual(['approved', 'approved', 'approved', 'pending', 'rejected']);
    expect(f.audit.map((e) => e.action)).toEqual(expect.arrayContaining(['plan.create', 'plan.transition', 'visit.checkOut', 'pastVisit.changeApprove']));
    expect(f).toMatchObject({ mayRequestChange: true, mayReopen: true });
  });
});

describe("the file's documents", () => {
  /** Filed as the archive files them (rows of db/schema/archive.ts): one internal, one confidential, on the plan and on its visit. */
  function fileDocuments(): void {
    const at = '2026-12-03T02:00:00.000Z';
    const stamp = `'${at}', '${at}', 'dev'`;
    core.sqlite.exec(`
      INSERT INTO document_classes (id, created_at, updated_at, device_id, name_zh, name_en, retention_years, default_security) VALUES ('c1', ${stamp}, '接待记录', 'Visit records', 5, 'internal');
      INSERT INTO document_blobs (content_hash, stored_name, size, kind, text_status, created_at) VALUES ('${'a'.repeat(64)}', 'n1', 1234, 'pdf', 'extracted', '${at}'), ('${'b'.repeat(64)}', 'n2', 99, 'pdf', 'withheld', '${at}');
      INSERT INTO documents (id, created_at, updated_at, device_id, code, title, class_id, security, doc_date, plan_id, visit_id) VALUES
        ('d1', ${stamp}, 'AR-261203-001', '会议纪要', 'c1', 'internal', '2026-12-03', '${past.planId}', NULL),
        ('d2', ${stamp}, 'AR-261203-002', '报价单（机密）', 'c1', 'confidential', '2026-12-03', NULL, '${past.visitId}');
      INSERT INTO document_versions (id, created_at, updated_at, device_id, document_id, version_no, status, content_hash, file_name, submitted_by_name) VALUES
        ('v1', ${stamp}, 'd1', 1, 'approved', '${'a'.repeat(64)}', '纪要.pdf', '王芳'),
        ('v2', ${stamp}, 'd2', 1, 'approved', '${'b'.repeat(64)}', '报价.pdf', '王芳');
    `);
  }

  it('lists the documents of the plan and its visits with versions and hashes; confidential ones only for who may see them', async () => {
    fileDocuments();
    await core.signInAs('manager');
    expect((await file()).documents).toEqual([
      expect.objectContaining({ code: 'AR-261203-001', title: '会议纪要', className: { zh: '接待记录', en: 'Visit records' }, versions: [expect.objectContaining({ versionNo: 1, size: 1234, contentHash: 'a'.repeat(64) })] }),
      expect.objectContaining({ code: 'AR-261203-002', security: 'confidential' }),
    ]);
    await core.signInAs('receptionist');
    const seen = JSON.stringify(await file());
    expect(seen).toContain('会议纪要');
    expect(seen).not.toContain('报价单');
    expect(seen).not.toContain('b'.repeat(64));
    // …nor the audit trail, which is for those who read the log.
    expect((await file()).audit).toEqual([]);
  });
});
