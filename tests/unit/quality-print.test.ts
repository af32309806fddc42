import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistJob, HandoffJob, PrintJobPayload, RollCallJob } from '../../contract/print';
import { insertItem, insertList, seedPlan } from '../helpers/quality-seed';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * The checklist, hand-off and roll-call prints on a real database. Only the
 * print engine is a stand-in; it reads each job through `print.job` while
 * "rendering", as the print route does, so the payload checked here is what
 * reaches the paper (tests/e2e/quality-print.spec.ts reads the real PDFs).
 */
let core: TestCore;
let payloads: PrintJobPayload[];
let now: Date;
let planId: string;

beforeEach(async () => {
  now = new Date('2026-12-10T08:00:00');
  core = await makeTestCore({ now: () => now });
  payloads = [];
  const render = core.engine.renderPdf.bind(core.engine);
  core.engine.renderPdf = async (jobId, page) => {
    const job = await core.dispatch('print.job', { jobId });
    if (!job.ok) throw new Error(`print.job failed: ${JSON.stringify(job.error)}`);
    payloads.push(job.value as PrintJobPayload);
    return render(jobId, page);
  };
  planId = await seedPlan(core, {
    title: '华为高管来访',
    status: 'confirmed',
    arrivalAt: '2026-12-10T09:30',
    departureAt: '2026-12-10T17:00',
    purpose: '合作',
    guests: [{ name: '张总', phone: '13900000001' }],
    greeter: '王芳',
  });
  const s = core.sqlite;
  const prep = insertList(s, { planId, templateId: null, name: '场地与设备' });
  const safe = insertList(s, { planId, templateId: null, name: '安全与保密', position: 1 });
  insertItem(s, { planId, listId: prep, text: '投影仪调试', section: '设备', dueAt: '2026-12-10T09:00', department: 'it', assignee: '周杰', position: 0 });
  insertItem(s, { planId, listId: prep, text: '茶水准备', section: '茶歇', dueAt: '2026-12-10T09:00', department: 'catering', status: 'done', tickedAt: '2026-12-10T07:50', by: '李娜', position: 1 });
  insertItem(s, { planId, listId: prep, text: '网络测试', section: '设备', dueAt: '2026-12-09T16:00', department: 'it', required: false, note: '访客网络', position: 2 });
  insertItem(s, { planId, listId: safe, text: '消防通道畅通', section: '安全', dueAt: '2026-12-10T08:30', department: 'security', position: 0 });
  insertItem(s, { planId, listId: safe, text: '敏感资料上锁', section: '保密', dueAt: '2026-12-10T08:30', department: 'reception', position: 1 });
});
afterEach(() => core.cleanup());

describe('the checklist print', () => {
  it("holds one plan's lists in order, ticked ones marked, required ones flagged", async () => {
    const result = await core.call<{ items: number; outcome: string }>('print.checklist', { planId, locale: 'zh-CN', printerId: 'pdf' });
    expect(result).toMatchObject({ items: 5, outcome: 'saved' });
    const job = payloads[0] as ChecklistJob;
    expect(job).toMatchObject({ kind: 'checklist', day: null, department: null, printedAt: '2026-12-10T08:00' });
    expect(job.lists.map((l) => [l.listName.zh, l.planTitle, l.items.map((i) => i.text.zh)])).toEqual([
      ['场地与设备', '华为高管来访', ['投影仪调试', '茶水准备', '网络测试']],
      ['安全与保密', '华为高管来访', ['消防通道畅通', '敏感资料上锁']],
    ]);
    expect(job.lists[0]!.items[0]).toEqual({
      section: { zh: '设备', en: 'Preparation' },
      text: { zh: '投影仪调试', en: '投影仪调试 (en)' },
      required: true,
      department: 'it',
      assigneeName: '周杰',
      dueAt: '2026-12-10T09:00',
      status: 'open',
      note: '',
    });
    expect(job.lists[0]!.items.map((i) => [i.status, i.required])).toEqual([['open', true], ['done', true], ['open', false]]);
  });

  it("one day's open items, optionally one department's", async () => {
    await core.call('print.checklist', { day: '2026-12-10', locale: 'en', printerId: 'pdf' });
    const day = payloads[0] as ChecklistJob;
    // The done one and the one due the day before are left out.
    expect(day.lists.flatMap((l) => l.items.map((i) => i.text.zh))).toEqual(['投影仪调试', '消防通道畅通', '敏感资料上锁']);
    await core.call('print.checklist', { day: '2026-12-10', department: 'security', locale: 'zh-CN', printerId: 'pdf' });
    const security = payloads[1] as ChecklistJob;
    expect(security).toMatchObject({ day: '2026-12-10', department: 'security' });
    expect(security.lists.flatMap((l) => l.items.map((i) => i.text.zh))).toEqual(['消防通道畅通']);
    expect(await core.dispatch('print.checklist', { locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the hand-off sheet', () => {
  it("holds one department's items with the greeter to return it to, and marks them handed off with the audit entry", async () => {
    await core.signInAs('receptionist');
    now = new Date('2026-12-10T08:05:00');
    expect(await core.call('print.handoff', { planId, department: 'it', locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ items: 2, outcome: 'saved' });
    const job = payloads[0] as HandoffJob;
    expect(job).toMatchObject({
      kind: 'handoff',
      department: 'it',
      visit: { title: '华为高管来访', arrivalAt: '2026-12-10T09:30', headcount: 1 },
      contact: { name: '王芳', phone: '13812345678' },
    });
    expect(job.items.map((i) => i.text.zh)).toEqual(['投影仪调试', '网络测试']);
    const stamped = core.sqlite.prepare('SELECT department, handed_off_at AS at FROM checklist_items WHERE handed_off_at IS NOT NULL').all() as { department: string; at: string }[];
    expect(stamped.map((r) => r.department)).toEqual(['it', 'it']);
    const entry = core.sqlite.prepare("SELECT at, actor, entity_id AS entityId, detail FROM audit_log WHERE action = 'checklist.handOff'").get() as { at: string; actor: string; entityId: string; detail: string };
    expect(entry).toMatchObject({ actor: 'receptionist 用户', entityId: planId });
    expect(JSON.parse(entry.detail)).toMatchObject({ department: 'it', checklistItems: 2, contact: '王芳' });
    expect(stamped[0]!.at).toBe(entry.at);
  });

  it('hands nothing off when the sheet cannot be printed, and refuses a department with no items or the desk itself', async () => {
    core.engine.printers.length = 0;
    expect(await core.dispatch('print.handoff', { planId, department: 'it', locale: 'zh-CN', printerId: 'Brother-QL-820NWB' })).toMatchObject({ ok: false, error: { code: 'PRINTER_UNAVAILABLE' } });
    expect(core.sqlite.prepare('SELECT count(*) FROM checklist_items WHERE handed_off_at IS NOT NULL').pluck().get()).toBe(0);
    expect(await core.dispatch('print.handoff', { planId, department: 'cleaning', locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('print.handoff', { planId, department: 'reception', locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'checklist.handOff'").pluck().get()).toBe(0);
  });

  it('names the operator to return it to when the plan has no greeter', async () => {
    await core.call('plans.setTeam', { planId, members: [] });
    await core.call('print.handoff', { planId, department: 'security', locale: 'en', printerId: 'pdf' });
    expect((payloads[0] as HandoffJob).contact).toEqual({ name: '系统管理员', phone: '' });
  });
});

describe('the roll call', () => {
  it('lists everyone on site now, with host, arrival, badge and plan, nobody who left; the assembly point is the site plan’s', async () => {
    await core.call('quality.saveEmergencyPlan', { planId: null, plan: { contacts: [], assemblyPoint: '东门广场', spareRoom: '', spareVehicle: '', procedures: '' } });
    now = new Date('2026-12-09T16:00:00');
    const yesterday = await core.call<{ id: string; badgeNo: string }>('visits.checkIn', { ...WALK_IN, name: '王五', phone: '13800000005', host: '赵六' });
    now = new Date('2026-12-10T09:40:00');
    const here = await core.call<{ id: string; badgeNo: string }>('visits.checkIn', { ...WALK_IN, name: '张伟', phone: '13800000001' });
    const gone = await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, name: '已离开', phone: '13800000002' });
    await core.call('visits.checkOut', { visitId: gone.id });
    const [guest] = (await core.call<{ guests: { personId: string }[] }>('plans.get', { id: planId })).guests;
    core.sqlite.prepare("UPDATE visit_plans SET status = 'in_progress' WHERE id = ?").run(planId);
    const planned = await core.call<{ visits: { id: string; badgeNo: string }[] }>('visits.checkInPlanned', { planId, personIds: [guest!.personId], privacyAck: true });

    await core.signInAs('receptionist');
    now = new Date('2026-12-10T10:15:00');
    expect(await core.call('print.rollCall', { locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ people: 3, outcome: 'saved' });
    const job = payloads[0] as RollCallJob;
    expect(job).toMatchObject({ kind: 'rollCall', assemblyPoint: '东门广场', printedAt: '2026-12-10T10:15' });
    expect(job.people).toEqual(
      expect.arrayContaining([
        { name: '王五', company: WALK_IN.company, host: '赵六', arrivedAt: '2026-12-09T16:00', badgeNo: yesterday.badgeNo, planTitle: null },
        { name: '张伟', company: WALK_IN.company, host: WALK_IN.host, arrivedAt: '2026-12-10T09:40', badgeNo: here.badgeNo, planTitle: null },
        expect.objectContaining({ name: '张总', badgeNo: planned.visits[0]!.badgeNo, planTitle: '华为高管来访' }),
      ]),
    );
    expect(job.people.map((p) => p.name)).not.toContain('已离开');
    const entry = core.sqlite.prepare("SELECT actor, detail FROM audit_log WHERE action = 'visit.rollCall'").get() as { actor: string; detail: string };
    expect(entry.actor).toBe('receptionist 用户');
    expect(JSON.parse(entry.detail)).toMatchObject({ onSite: 3, badgeNos: expect.arrayContaining([here.badgeNo, yesterday.badgeNo]) });
  });

  it('is printed by whoever prints badges; an auditor may not read who is on site', async () => {
    await core.signInAs('auditor');
    expect(await core.dispatch('print.rollCall', { locale: 'zh-CN', printerId: 'pdf' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
