import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistTemplate, ItemRow, PlanChecklists } from '../../contract/checklists';
import type { PlanDetail } from '../../contract/plans';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

let now = new Date('2026-12-02T09:00:00');
let core: TestCore;
beforeEach(async () => {
  now = new Date('2026-12-02T09:00:00');
  core = await makeTestCore({ now: () => now });
});
afterEach(() => core.cleanup());

const VISIT = { title: '华为高管来访', arrivalAt: '2026-12-03T09:30', departureAt: '2026-12-03T17:00', expectedHeadcount: 3 };

async function confirmedPlan(extra: object = {}): Promise<PlanDetail> {
  const plan = await core.call<PlanDetail>('plans.create', { ...VISIT, ...extra });
  const guest = await core.call<{ id: string }>('people.create', { name: `王总${Math.random()}`.slice(0, 8), phone: `1380000${String(Math.floor(Math.random() * 9999)).padStart(4, '0')}`, confirmNew: true });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true }] });
  return core.call<PlanDetail>('plans.transition', { id: plan.id, to: 'confirmed' });
}
/** Moves the clock; past the idle time the desk locks, so it is unlocked again (with the signed-in user's password). */
async function jump(at: string, password = ADMIN.password) {
  now = new Date(at);
  await core.dispatch('session.unlock', { password });
}
const editable = ({ builtIn: _b, updatedAt: _u, ...t }: ChecklistTemplate) => t;
const listsOf = (planId: string) => core.call<PlanChecklists>('checklists.forPlan', { planId });
const listNames = async (planId: string) => (await listsOf(planId)).lists.map((l) => l.name.zh);

describe('templates', () => {
  it('ship built-ins in Chinese and English, seeded once, and keep a manager’s edits', async () => {
    const templates = await core.call<ChecklistTemplate[]>('checklists.templates', {});
    expect(templates.map((t) => t.name.zh)).toEqual(expect.arrayContaining(['场地与设备', '安全与保密', '氛围与标识', '应急预案', '人员分工', '接待执行', '访后跟进', '服务规范检查', '设施检查', '应急演练检查']));
    for (const t of templates) {
      expect(t.builtIn).toBe(true);
      expect(t.name.en).not.toBe('');
      for (const s of t.sections) for (const i of s.items) expect(i.text.en, i.text.zh).not.toBe('');
    }
    const venue = templates.find((t) => t.name.zh === '场地与设备')!;
    const edited = await core.call<ChecklistTemplate>('checklists.saveTemplate', {
      ...editable(venue),
      name: { zh: '场地与设备（总部）', en: 'Venue (HQ)' },
      sections: [...venue.sections, { title: { zh: '新增', en: '' }, items: [{ text: { zh: '检查门禁卡', en: '' } }] }],
    });
    expect(edited.id).toBe(venue.id);
    expect(edited.sections.at(-1)!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(edited.sections.at(-1)!.items[0]).toMatchObject({ required: true, department: 'reception', due: { anchor: 'arrival', offsetMinutes: 0 } });
    // Kept ids stay.
    expect(edited.sections[0]!.items.map((i) => i.id)).toEqual(venue.sections[0]!.items.map((i) => i.id));
    // A template switched off is not brought back; reading again seeds nothing.
    const signage = templates.find((t) => t.name.zh === '氛围与标识')!;
    await core.call('checklists.saveTemplate', { ...editable(signage), active: false });
    const again = await core.call<ChecklistTemplate[]>('checklists.templates', { includeInactive: true });
    expect(again).toHaveLength(templates.length);
    expect(again.find((t) => t.id === venue.id)!.name.zh).toBe('场地与设备（总部）');
    expect(again.find((t) => t.id === signage.id)!.active).toBe(false);
    expect((await core.call<ChecklistTemplate[]>('checklists.templates', {})).some((t) => t.id === signage.id)).toBe(false);
    const seeds = core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'checklist.template.seed'").pluck().get();
    expect(seeds).toBe(1);
  });

  it('refuses an id used twice in one template', async () => {
    const id = '01900000-0000-7000-8000-000000000001';
    const result = await core.dispatch('checklists.saveTemplate', {
      name: { zh: '重复', en: '' },
      kind: 'preparation',
      sections: [{ title: { zh: '一', en: '' }, items: [{ id, text: { zh: 'a', en: '' } }, { id, text: { zh: 'b', en: '' } }] }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'sections.0.items.1.id', message: 'checklist.duplicateId' }] } });
  });
});

describe('lists on a plan', () => {
  it('are created on confirmation from the templates matching level, visit type and client tier', async () => {
    const normal = await confirmedPlan({ level: 'normal' });
    expect(await listNames(normal.id)).toEqual(['场地与设备', '安全与保密', '人员分工', '接待执行', '访后跟进']);
    const vip = await confirmedPlan({ level: 'vip' });
    expect(await listNames(vip.id)).toEqual(['场地与设备', '安全与保密', '氛围与标识', '应急预案', '贵宾礼遇', '人员分工', '接待执行', '访后跟进']);
    // A manager's template for training visits of key clients only.
    const client = await core.call<{ id: string }>('clients.create', { name: '腾讯', tier: 'key' });
    await core.call('checklists.saveTemplate', {
      name: { zh: '培训物料', en: 'Training kit' },
      kind: 'preparation',
      visitTypes: ['training'],
      clientTiers: ['key'],
      sections: [{ title: { zh: '物料', en: '' }, items: [{ text: { zh: '培训手册', en: '' }, due: { anchor: 'arrival', offsetMinutes: -1440 } }] }],
    });
    const training = await confirmedPlan({ visitType: 'training', clientId: client.id });
    // Level left out: the client's tier.
    expect(training.level).toBe('key');
    expect(await listNames(training.id)).toContain('培训物料');
    expect(await listNames((await confirmedPlan({ visitType: 'training' })).id)).not.toContain('培训物料');
    expect(await listNames((await confirmedPlan({ clientId: client.id })).id)).not.toContain('培训物料');
    // The transition's audit entry counts the lists.
    const entry = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'plan.transition' ORDER BY rowid DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({ to: 'confirmed', checklists: 7 });
  });

  it('are copied once: back to draft and confirmed again adds nothing', async () => {
    const plan = await confirmedPlan({ level: 'key' });
    const before = await listsOf(plan.id);
    await core.call('plans.transition', { id: plan.id, to: 'draft' });
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    const after = await listsOf(plan.id);
    expect(after.lists.map((l) => l.id)).toEqual(before.lists.map((l) => l.id));
    expect(after.progress.total).toBe(before.progress.total);
  });

  it('carry due times from the plan, and move with it while done items stay done', async () => {
    const plan = await confirmedPlan({ level: 'key' });
    const lists = await listsOf(plan.id);
    const all = lists.lists.flatMap((l) => l.items);
    const banner = all.find((i) => i.text.zh.startsWith('欢迎横幅'))!;
    const seeOff = all.find((i) => i.text.zh.startsWith('送别来宾'))!;
    expect(banner.dueAt).toBe('2026-12-02T09:30');
    expect(seeOff.dueAt).toBe('2026-12-03T17:00');
    await core.call('checklists.setStatus', { itemIds: [banner.id], status: 'done', note: '已挂' });
    const moved = await core.call<PlanDetail>('plans.update', { id: plan.id, arrivalAt: '2026-12-04T14:00', departureAt: '2026-12-04T18:00' });
    expect(moved.arrivalAt).toBe('2026-12-04T14:00');
    const items = (await listsOf(plan.id)).lists.flatMap((l) => l.items);
    expect(items.find((i) => i.id === banner.id)).toMatchObject({ dueAt: '2026-12-03T14:00', status: 'done', note: '已挂', statusByName: '系统管理员' });
    expect(items.find((i) => i.id === seeOff.id)!.dueAt).toBe('2026-12-04T18:00');
    const entry = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'plan.update' ORDER BY rowid DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(entry).itemsRetimed).toBe(items.length);
  });

  it('give duty items to the team member in the role, following the team, unless named by hand', async () => {
    const plan = await confirmedPlan({ level: 'key' });
    const member = (role: string, primaryName: string) => ({ role, customLabel: '', primaryName, primaryPhone: '', backupName: '', backupPhone: '' });
    await core.call('plans.setTeam', { planId: plan.id, members: [member('greeter', '王芳'), member('presenter', '李娜')] });
    let items = (await listsOf(plan.id)).lists.flatMap((l) => l.items);
    expect(items.filter((i) => i.role === 'greeter').every((i) => i.assigneeName === '王芳')).toBe(true);
    expect(items.filter((i) => i.role === 'presenter').every((i) => i.assigneeName === '李娜')).toBe(true);
    expect(items.filter((i) => i.role === 'logistics').every((i) => i.assigneeName === '')).toBe(true);
    const byHand = items.find((i) => i.role === 'greeter')!;
    await core.call('checklists.updateItem', { id: byHand.id, assigneeName: '赵敏' });
    await core.call('plans.setTeam', { planId: plan.id, members: [member('greeter', '陈晨')] });
    items = (await listsOf(plan.id)).lists.flatMap((l) => l.items);
    expect(items.find((i) => i.id === byHand.id)!.assigneeName).toBe('赵敏');
    expect(items.filter((i) => i.role === 'greeter' && i.id !== byHand.id).every((i) => i.assigneeName === '陈晨')).toBe(true);
    expect(items.filter((i) => i.role === 'presenter').every((i) => i.assigneeName === '')).toBe(true);
    // '' gives it back to the role.
    await core.call('checklists.updateItem', { id: byHand.id, assigneeName: '' });
    expect((await listsOf(plan.id)).lists.flatMap((l) => l.items).find((i) => i.id === byHand.id)!.assigneeName).toBe('陈晨');
  });
});

describe('ticking', () => {
  it('stamps who and when, needs a note for a problem, and refuses a closed plan (but not its follow-up)', async () => {
    const plan = await confirmedPlan({ level: 'normal' });
    const items = (await listsOf(plan.id)).lists.flatMap((l) => l.items);
    const [first] = items;
    expect(await core.dispatch('checklists.setStatus', { itemIds: [first!.id], status: 'problem', note: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'note', message: 'checklist.problemNote' }] },
    });
    expect(await core.call('checklists.setStatus', { itemIds: [first!.id], status: 'problem', note: '投影仪坏了' })).toEqual({ updated: 1 });
    let item = (await listsOf(plan.id)).lists.flatMap((l) => l.items).find((i) => i.id === first!.id)!;
    expect(item).toMatchObject({ status: 'problem', note: '投影仪坏了', statusByName: '系统管理员', statusAt: now.toISOString() });
    await core.call('checklists.setStatus', { itemIds: [first!.id], status: 'open' });
    item = (await listsOf(plan.id)).lists.flatMap((l) => l.items).find((i) => i.id === first!.id)!;
    expect(item).toMatchObject({ status: 'open', note: '投影仪坏了' });
    expect(await core.dispatch('checklists.setStatus', { itemIds: ['01900000-0000-7000-8000-000000000009'], status: 'done' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // Started with an override, then completed: the preparation is history, the follow-up is not.
    await core.call('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
    await core.call('plans.transition', { id: plan.id, to: 'completed' });
    const lists = (await listsOf(plan.id)).lists;
    const prep = lists.find((l) => l.kind === 'preparation')!.items[1]!;
    const after = lists.find((l) => l.kind === 'after')!.items[0]!;
    expect(await core.dispatch('checklists.setStatus', { itemIds: [prep.id], status: 'done' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'planClosed' } } });
    expect(await core.dispatch('checklists.setStatus', { itemIds: [prep.id, after.id], status: 'done' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.call('checklists.setStatus', { itemIds: [after.id], status: 'done' })).toEqual({ updated: 1 });
    await core.call('plans.transition', { id: plan.id, to: 'archived' });
    expect(await core.dispatch('checklists.setStatus', { itemIds: [after.id], status: 'open' })).toMatchObject({ ok: false, error: { details: { reason: 'planClosed' } } });
  });

  it('is open to every desk role but the auditor', async () => {
    const plan = await confirmedPlan({ level: 'normal' });
    const [item] = (await listsOf(plan.id)).lists.flatMap((l) => l.items);
    for (const role of ['receptionist', 'coordinator', 'manager'] as const) {
      await core.signInAs(role);
      expect(await core.call('checklists.setStatus', { itemIds: [item!.id], status: 'done' })).toEqual({ updated: 1 });
    }
    await core.signInAs('auditor');
    expect((await core.call<PlanChecklists>('checklists.forPlan', { planId: plan.id })).lists.length).toBeGreaterThan(0);
    expect(await core.dispatch('checklists.setStatus', { itemIds: [item!.id], status: 'open' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('receptionist');
    expect(await core.dispatch('checklists.addItem', { checklistId: item!.checklistId, section: { zh: '加', en: '' }, text: { zh: '新', en: '' }, required: true, department: 'reception', role: null, due: { anchor: 'arrival', offsetMinutes: 0 }, assigneeName: '' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('due and overdue', () => {
  it('surface on the desk by the injected clock, and leave when ticked', async () => {
    const plan = await confirmedPlan({ level: 'normal' });
    // 09:00 the day before: the 24-hours-before items (due 09:30 today) are due soon, nothing is late.
    let due = await core.call<{ overdue: number; dueSoon: number; items: ItemRow[] }>('checklists.due', {});
    expect(due.overdue).toBe(0);
    expect(due.dueSoon).toBeGreaterThan(0);
    expect(due.items.every((i) => i.dueSoon && i.dueAt === '2026-12-02T09:30' && i.planTitle === VISIT.title)).toBe(true);
    await jump('2026-12-02T10:00:00');
    due = await core.call('checklists.due', { limit: 50 });
    const lateIds = due.items.filter((i) => i.overdue).map((i) => i.id);
    expect(due.overdue).toBe(lateIds.length);
    expect(due.overdue).toBeGreaterThan(0);
    const summary = (await core.call<{ items: { id: string; checklist: { overdue: number } }[] }>('plans.list', {})).items.find((p) => p.id === plan.id)!;
    expect(summary.checklist.overdue).toBe(due.overdue);
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).checklist.overdue).toBe(due.overdue);
    await core.call('checklists.setStatus', { itemIds: lateIds, status: 'na' });
    expect((await core.call<{ overdue: number }>('checklists.due', {})).overdue).toBe(0);
    // A cancelled plan's open items are nobody's work any more.
    await jump('2026-12-03T16:00:00');
    expect((await core.call<{ overdue: number }>('checklists.due', {})).overdue).toBeGreaterThan(0);
    await core.call('plans.transition', { id: plan.id, to: 'cancelled', reason: '客户改期' });
    expect(await core.call('checklists.due', {})).toMatchObject({ overdue: 0, dueSoon: 0, items: [] });
  });

  it('filter the checklist screen by plan, department, person and due time', async () => {
    const plan = await confirmedPlan({ level: 'key' });
    await jump('2026-12-03T09:00:00');
    const items = (input: object) => core.call<{ items: ItemRow[]; more: boolean; plans: Record<string, { total: number }> }>('checklists.items', input);
    const all = await items({ due: 'all' });
    expect(all.items.length).toBe(all.plans[plan.id]!.total);
    expect((await items({ department: 'it', due: 'all' })).items.every((i) => i.department === 'it')).toBe(true);
    const overdue = await items({ due: 'overdue' });
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    const paged = await items({ due: 'all', limit: 3 });
    expect(paged).toMatchObject({ more: true });
    expect(paged.items).toHaveLength(3);
    // Ordered by due time.
    const dues = all.items.map((i) => i.dueAt ?? '~');
    expect(dues).toEqual([...dues].sort());
    const member = { role: 'greeter', customLabel: '', primaryName: 'admin 用户', primaryPhone: '', backupName: '', backupPhone: '' };
    await core.signInAs('admin');
    await core.call('plans.setTeam', { planId: plan.id, members: [member] });
    const mine = await items({ mine: true, due: 'all' });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.role === 'greeter' && i.assigneeName === 'admin 用户')).toBe(true);
    // Plans of other days are not listed by default (from today on).
    await jump('2026-12-05T09:00:00', 'admin-Pass-1');
    expect((await items({ due: 'all' })).items).toEqual([]);
    expect((await items({ due: 'all', planId: plan.id })).items.length).toBe(all.items.length);
  });
});
