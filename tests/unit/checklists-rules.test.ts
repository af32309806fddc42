import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistTemplate, PlanChecklists } from '../../contract/checklists';
import type { LevelRules, PlanDetail } from '../../contract/plans';
import { DEFAULT_LEVEL_RULES } from '../../contract/plans';
import { makeTestCore, type TestCore } from '../helpers/test-core';

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-12-02T09:00:00') })));
afterEach(() => core.cleanup());

const VISIT = { title: '华为高管来访', arrivalAt: '2026-12-03T09:30', departureAt: '2026-12-03T17:00', expectedHeadcount: 3 };
let phone = 0;

async function confirmedPlan(extra: object = {}): Promise<PlanDetail> {
  const plan = await core.call<PlanDetail>('plans.create', { ...VISIT, ...extra });
  const guest = await core.call<{ id: string }>('people.create', { name: '王总', phone: `1380000${String(++phone).padStart(4, '0')}`, confirmNew: true });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true }] });
  return core.call<PlanDetail>('plans.transition', { id: plan.id, to: 'confirmed' });
}
const listsOf = (planId: string) => core.call<PlanChecklists>('checklists.forPlan', { planId });
const lastAudit = (action: string) => JSON.parse(core.sqlite.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY rowid DESC LIMIT 1').pluck().get(action) as string) as Record<string, unknown>;

describe('starting a visit with required items open', () => {
  it('is refused; a coordinator cannot override, a manager can with a reason, and the log says so', async () => {
    await core.signInAs('coordinator');
    const plan = await confirmedPlan({ level: 'normal' });
    const { progress } = await listsOf(plan.id);
    expect(progress.requiredOpenBeforeStart).toBeGreaterThan(0);
    const open = progress.requiredOpenBeforeStart;
    expect(await core.dispatch('plans.transition', { id: plan.id, to: 'in_progress' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'checklistOpen', open } } });
    expect(await core.dispatch('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('manager');
    // The contract asks a reason of an override, whoever calls.
    expect(await core.dispatch('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'reason', message: 'plan.overrideReason' }] },
    });
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).status).toBe('confirmed');
    const started = await core.call<PlanDetail>('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾提前到达' });
    expect(started.status).toBe('in_progress');
    expect(lastAudit('plan.transition')).toMatchObject({ to: 'in_progress', override: true, openItems: open, reason: '来宾提前到达' });
  });

  it('goes ahead without an override once the required items due by the arrival are ticked (optional and later ones may stay open)', async () => {
    await core.signInAs('coordinator');
    const plan = await confirmedPlan({ level: 'normal' });
    const items = (await listsOf(plan.id)).lists.flatMap((l) => l.items);
    const blocking = items.filter((i) => i.required && i.dueAt! <= plan.arrivalAt!);
    expect(blocking.length).toBeLessThan(items.length);
    await core.call('checklists.setStatus', { itemIds: blocking.slice(1).map((i) => i.id), status: 'done' });
    // A problem still blocks.
    await core.call('checklists.setStatus', { itemIds: [blocking[0]!.id], status: 'problem', note: '投影仪坏了' });
    expect(await core.dispatch('plans.transition', { id: plan.id, to: 'in_progress' })).toMatchObject({ ok: false, error: { details: { reason: 'checklistOpen', open: 1 } } });
    await core.call('checklists.setStatus', { itemIds: [blocking[0]!.id], status: 'na', note: '改用大屏' });
    expect((await core.call<PlanDetail>('plans.transition', { id: plan.id, to: 'in_progress' })).status).toBe('in_progress');
    expect(lastAudit('plan.transition')).not.toHaveProperty('override');
  });
});

describe('materials', () => {
  it('come from the matching templates with quantities from the headcount, and follow it unless set by hand', async () => {
    const plan = await confirmedPlan({ level: 'vip', expectedHeadcount: 3 });
    const quantities = async () => Object.fromEntries((await listsOf(plan.id)).materials.map((m) => [m.kind, m.quantity]));
    expect(await quantities()).toEqual({ room: 1, teaBreak: 3, printed: 5, gift: 3 });
    await core.call('plans.update', { id: plan.id, expectedHeadcount: 10 });
    expect(await quantities()).toEqual({ room: 1, teaBreak: 10, printed: 12, gift: 10 });
    const { materials } = await listsOf(plan.id);
    const saved = await core.call<PlanChecklists>('checklists.saveMaterials', {
      planId: plan.id,
      materials: [
        ...materials.map((m) => ({ id: m.id, kind: m.kind, name: m.name, perGuest: m.perGuest, fixed: m.fixed, quantityOverride: m.kind === 'gift' ? 6 : null, ready: m.kind === 'room' })),
        { kind: 'stationery', name: '笔记本', perGuest: 0.5, fixed: 0 },
      ],
    });
    expect(saved.materials.map((m) => m.id).slice(0, 4)).toEqual(materials.map((m) => m.id));
    expect(Object.fromEntries(saved.materials.map((m) => [m.kind, m.quantity]))).toEqual({ room: 1, teaBreak: 10, printed: 12, gift: 6, stationery: 5 });
    expect(saved.materials.find((m) => m.kind === 'room')!.ready).toBe(true);
    // 1.1 a guest for 100 guests is 110, not 111 (1.1 × 100 is 110.00000000000001 in floating point).
    await core.call('plans.update', { id: plan.id, expectedHeadcount: 100 });
    await core.call('checklists.saveMaterials', { planId: plan.id, materials: [{ kind: 'other', name: '胸花', perGuest: 1.1, fixed: 0 }] });
    expect((await listsOf(plan.id)).materials).toEqual([expect.objectContaining({ name: '胸花', quantity: 110 })]);
  });
});

describe('level rules', () => {
  it('are a manager’s to change and drive the plan’s warnings', async () => {
    expect(await core.call('checklists.levelRules', {})).toEqual(DEFAULT_LEVEL_RULES);
    const plan = await confirmedPlan({ level: 'normal', expectedHeadcount: 1 });
    const member = (role: string, primaryName: string, backupName = '') => ({ role, customLabel: '', primaryName, primaryPhone: '', backupName, backupPhone: '' });
    let detail = await core.call<PlanDetail>('plans.setTeam', { planId: plan.id, members: [member('greeter', '王芳', '李娜'), member('logistics', '赵敏')] });
    expect(detail.warnings).toEqual([]);
    const rules: LevelRules = { ...DEFAULT_LEVEL_RULES, normal: { standInRoles: ['greeter', 'logistics'], minStaff: 3, rehearsal: true, spareRoom: true, spareVehicle: false } };
    await core.signInAs('coordinator');
    expect(await core.dispatch('checklists.saveLevelRules', rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.signInAs('manager');
    expect(await core.call('checklists.saveLevelRules', rules)).toEqual(rules);
    detail = await core.call<PlanDetail>('plans.get', { id: plan.id });
    expect(detail.levelRule).toEqual(rules.normal);
    expect(detail.warnings).toEqual(['roleWithoutBackup', 'tooFewStaff', 'noRehearsal', 'noSpareRoom']);
    // Plans listed and detailed by another level keep theirs.
    expect((await core.call<PlanDetail>('plans.get', { id: (await confirmedPlan({ level: 'key' })).id })).levelRule).toEqual(DEFAULT_LEVEL_RULES.key);
    expect((await listsOf(plan.id)).rehearsalRequired).toBe(true);
    const saved = await core.call<PlanChecklists>('checklists.saveRehearsal', { planId: plan.id, rehearsal: { at: '2026-12-02T15:00', place: '展厅', attendees: ['王芳', '赵敏'], notes: '', held: false } });
    expect(saved.rehearsal).toEqual({ at: '2026-12-02T15:00', place: '展厅', attendees: ['王芳', '赵敏'], notes: '', held: false });
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).warnings).not.toContain('noRehearsal');
    // Cleared and set again: the plan's one row is reused.
    await core.call('checklists.saveRehearsal', { planId: plan.id, rehearsal: null });
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).warnings).toContain('noRehearsal');
    expect((await core.call<PlanChecklists>('checklists.saveRehearsal', { planId: plan.id, rehearsal: { at: '2026-12-02T16:00', place: '', attendees: [], notes: '', held: true } })).rehearsal).toMatchObject({ held: true });
    expect(lastAudit('checklist.levelRules')).toMatchObject({ after: { normal: { minStaff: 3 } }, before: { normal: { minStaff: 1 } } });
  });

  it('keep the rules of a level that still read when another does not', async () => {
    core.sqlite.prepare("INSERT INTO settings (key, value, updated_at, device_id) VALUES ('levelRules', ?, '2026-12-01T00:00:00.000Z', 'x')").run(JSON.stringify({ vip: { minStaff: 'many' }, key: { ...DEFAULT_LEVEL_RULES.key, minStaff: 5 } }));
    expect(await core.call('checklists.levelRules', {})).toEqual({ ...DEFAULT_LEVEL_RULES, key: { ...DEFAULT_LEVEL_RULES.key, minStaff: 5 } });
  });
});

describe('a plan whose level, type or client changes', () => {
  it('gets the newly matching lists, and loses the ones no longer matching only if nobody worked on them', async () => {
    const plan = await confirmedPlan({ level: 'key' });
    const names = async () => (await listsOf(plan.id)).lists.map((l) => l.name.zh);
    expect(await names()).not.toContain('贵宾礼遇');
    await core.call('plans.update', { id: plan.id, level: 'vip' });
    expect(await names()).toContain('贵宾礼遇');
    expect(lastAudit('plan.update')).toMatchObject({ checklistsAdded: 1, checklistsRemoved: 0 });
    await core.call('plans.update', { id: plan.id, level: 'key' });
    expect(await names()).not.toContain('贵宾礼遇');
    // Back to VIP, one item ticked, then key again: that list stays.
    await core.call('plans.update', { id: plan.id, level: 'vip' });
    const courtesy = (await listsOf(plan.id)).lists.find((l) => l.name.zh === '贵宾礼遇')!;
    await core.call('checklists.setStatus', { itemIds: [courtesy.items[0]!.id], status: 'done' });
    await core.call('plans.update', { id: plan.id, level: 'normal' });
    const after = await names();
    expect(after).toContain('贵宾礼遇');
    expect(after).not.toContain('氛围与标识');
    expect(after).not.toContain('应急预案');
  });

  it('keeps a list added by hand from a template that never matched', async () => {
    const plan = await confirmedPlan({ level: 'normal' });
    const templates = await core.call<ChecklistTemplate[]>('checklists.templates', {});
    const emergency = templates.find((t) => t.name.zh === '应急预案')!;
    const added = await core.call<PlanChecklists>('checklists.addFromTemplate', { planId: plan.id, templateId: emergency.id });
    expect(added.lists.map((l) => l.name.zh)).toContain('应急预案');
    await core.call('plans.update', { id: plan.id, visitType: 'tour' });
    expect((await listsOf(plan.id)).lists.map((l) => l.name.zh)).toContain('应急预案');
    const inspection = templates.find((t) => t.kind === 'inspection')!;
    expect(await core.dispatch('checklists.addFromTemplate', { planId: plan.id, templateId: inspection.id })).toMatchObject({ ok: false, error: { details: { reason: 'inspectionTemplate' } } });
  });

  it('does not copy lists onto a plan that is only a draft', async () => {
    const plan = await core.call<PlanDetail>('plans.create', { ...VISIT, level: 'key' });
    await core.call('plans.update', { id: plan.id, level: 'vip', visitType: 'meeting' });
    expect((await listsOf(plan.id)).lists).toEqual([]);
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).checklist).toEqual({ total: 0, open: 0, overdue: 0, dueSoon: 0 });
  });
});

describe('editing items on a plan', () => {
  it('adds, edits (due time from the plan) and removes items; a closed plan refuses', async () => {
    const plan = await confirmedPlan({ level: 'normal' });
    const [list] = (await listsOf(plan.id)).lists;
    let lists = await core.call<PlanChecklists>('checklists.addItem', {
      checklistId: list!.id,
      section: { zh: '补充', en: 'Extra' },
      text: { zh: '备用翻页笔', en: 'Spare clicker' },
      required: true,
      department: 'it',
      role: 'presenter',
      due: { anchor: 'departure', offsetMinutes: -60 },
      assigneeName: '',
    });
    const item = lists.lists[0]!.items.at(-1)!;
    expect(item).toMatchObject({ text: { zh: '备用翻页笔' }, dueAt: '2026-12-03T16:00', department: 'it', assigneeName: '', status: 'open' });
    lists = await core.call<PlanChecklists>('checklists.updateItem', { id: item.id, due: { anchor: 'arrival', offsetMinutes: -30 }, required: false });
    expect(lists.lists[0]!.items.find((i) => i.id === item.id)).toMatchObject({ dueAt: '2026-12-03T09:00', required: false });
    lists = await core.call<PlanChecklists>('checklists.removeItem', { id: item.id });
    expect(lists.lists[0]!.items.some((i) => i.id === item.id)).toBe(false);
    expect(await core.dispatch('checklists.removeItem', { id: item.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await core.call('plans.transition', { id: plan.id, to: 'cancelled', reason: '改期' });
    expect(await core.dispatch('checklists.updateItem', { id: list!.items[0]!.id, required: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'planClosed' } } });
  });
});

describe('guests checked in at the door of a plan with required items open', () => {
  it('come in (nobody is turned away for a checklist), the plan starts, and the log names what was still open', async () => {
    core.cleanup();
    core = await makeTestCore({ now: () => new Date('2026-12-03T09:20:00') });
    await core.signInAs('coordinator');
    const plan = await confirmedPlan({ level: 'normal' });
    const open = (await listsOf(plan.id)).progress.requiredOpenBeforeStart;
    expect(open).toBeGreaterThan(0);
    const guest = plan.guests.length > 0 ? plan.guests[0]! : (await core.call<PlanDetail>('plans.get', { id: plan.id })).guests[0]!;
    const result = await core.call<{ guests: { outcome: string }[] }>('visits.checkInPlanned', { planId: plan.id, personIds: [guest.personId], privacyAck: true });
    expect(result.guests.map((g) => g.outcome)).toEqual(['checkedIn']);
    expect((await core.call<PlanDetail>('plans.get', { id: plan.id })).status).toBe('in_progress');
    expect(lastAudit('visit.checkInPlanned')).toMatchObject({ planStarted: true, openItems: open });
  });
});
