import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../contract/quality';
import { insertItem, insertList, seedPlan } from '../helpers/quality-seed';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * The record-completeness audit on a known set: each kind of finding on the
 * record built to have it, none on the records built complete, nothing
 * outside the day range or on drafts and cancelled visits.
 */
let core: TestCore;
let now = new Date('2026-12-09T10:00:00');
const ids: Record<string, string> = {};
const visits: Record<string, string> = {};

const FULL = { purpose: '合作洽谈', guests: [{ name: '张总', phone: '13900000001' }, { name: '李工', phone: '' }], greeter: '王芳' };

beforeAll(async () => {
  core = await makeTestCore({ now: () => now });
  const day = (d: string) => ({ arrivalAt: `2026-12-${d}T09:00`, departureAt: `2026-12-${d}T17:00` });
  ids.complete = await seedPlan(core, { title: '完整的来访', status: 'confirmed', ...day('10'), ...FULL });
  ids.bare = await seedPlan(core, { title: '缺资料的来访', status: 'confirmed', arrivalAt: '2026-12-10T14:00' });
  ids.noLead = await seedPlan(core, { title: '没有带队的来访', status: 'in_progress', ...day('09'), ...FULL, noLead: true, guests: [{ name: '赵工', phone: '' }] });
  ids.done = await seedPlan(core, { title: '已完成未跟进', status: 'completed', ...day('08'), ...FULL });
  ids.doneClean = await seedPlan(core, { title: '已完成已跟进', status: 'completed', ...day('08'), ...FULL });
  ids.draft = await seedPlan(core, { title: '草稿', status: 'draft', ...day('10') });
  ids.cancelled = await seedPlan(core, { title: '已取消', status: 'cancelled', ...day('10') });
  ids.outside = await seedPlan(core, { title: '范围外的来访', status: 'confirmed', ...day('20') });

  const s = core.sqlite;
  const after = insertList(s, { planId: ids.done, templateId: null, name: '访后跟进', kind: 'after' });
  const item = (planId: string, listId: string, o: Partial<Parameters<typeof insertItem>[1]>) => insertItem(s, { planId, listId, text: '项', dueAt: '2026-12-09T17:00', ...o });
  item(ids.done, after, { text: '发送满意度调查', check: 'feedbackRequest' });
  item(ids.done, after, { text: '24 小时内回访', check: 'callBack', status: 'done', tickedAt: '2026-12-09T09:00' });
  item(ids.done, after, { text: '资料归档', check: 'filing', status: 'problem', note: '缺签到表' });
  item(ids.done, after, { text: '撤场检查', required: true });
  item(ids.done, after, { text: '整理照片', required: false });
  const clean = insertList(s, { planId: ids.doneClean, templateId: null, name: '访后跟进', kind: 'after' });
  item(ids.doneClean, clean, { text: '发送满意度调查', check: 'feedbackRequest', status: 'done', tickedAt: '2026-12-08T18:00' });
  item(ids.doneClean, clean, { text: '资料归档', check: 'filing', status: 'na', tickedAt: '2026-12-08T18:00' });
  item(ids.doneClean, clean, { text: '撤场检查', status: 'done', tickedAt: '2026-12-08T18:00' });
  // Taken off the list: never a finding.
  item(ids.doneClean, clean, { text: '已删除', check: 'filing', deleted: true });

  // Walk-ins: one checked in on the 8th and never checked out, one checked out, one still here today.
  now = new Date('2026-12-08T09:00:00');
  visits.left = (await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, name: '未签离', phone: '13800000001' })).id;
  visits.out = (await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, name: '已签离', phone: '13800000002' })).id;
  await core.call('visits.checkOut', { visitId: visits.out });
  now = new Date('2026-12-09T10:00:00');
  visits.today = (await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, name: '今天在场', phone: '13800000003' })).id;
});
afterAll(() => core.cleanup());

const audit = (from: string, to: string) => core.call<{ findings: Finding[]; plansChecked: number; visitsChecked: number }>('quality.completeness', { from, to });

describe('the completeness audit', () => {
  it('finds each kind on the record built to have it, and names where to fix it', async () => {
    const { findings, plansChecked, visitsChecked } = await audit('2026-12-07', '2026-12-13');
    const by = (planId: string | null, kind: string) => findings.filter((f) => f.planId === planId && f.kind === kind);
    expect(by(ids.bare!, 'missingRequiredData')).toEqual([
      { kind: 'missingRequiredData', planId: ids.bare, visitId: null, title: '缺资料的来访', at: '2026-12-10T14:00', missing: ['times', 'guests', 'greeter', 'purpose'], openItems: 0 },
    ]);
    expect(by(ids.noLead!, 'missingRequiredData')[0]!.missing).toEqual(['leadGuest', 'guestPhone']);
    expect(by(ids.done!, 'missingFeedback')[0]).toMatchObject({ openItems: 1, title: '已完成未跟进' });
    expect(by(ids.done!, 'unfiled')[0]).toMatchObject({ openItems: 1 });
    expect(by(ids.done!, 'requiredItemsOpen')[0]).toMatchObject({ openItems: 1 });
    expect(findings.filter((f) => f.kind === 'missingCheckOut')).toEqual([
      { kind: 'missingCheckOut', planId: null, visitId: visits.left, title: expect.stringMatching(/^未签离 · /), at: '2026-12-08T09:00', missing: [], openItems: 0 },
    ]);
    // Nothing on the complete ones, the draft, the cancelled visit, or outside the range.
    for (const id of [ids.complete, ids.doneClean, ids.draft, ids.cancelled, ids.outside]) expect(findings.filter((f) => f.planId === id)).toEqual([]);
    expect(findings).toHaveLength(6);
    expect(plansChecked).toBe(5);
    expect(visitsChecked).toBe(3);
  });

  it('looks only at the days asked for', async () => {
    const { findings, plansChecked, visitsChecked } = await audit('2026-12-10', '2026-12-10');
    expect(findings.map((f) => [f.kind, f.title])).toEqual([['missingRequiredData', '缺资料的来访']]);
    expect(plansChecked).toBe(2);
    expect(visitsChecked).toBe(0);
  });

  it('closes a finding once the record is fixed', async () => {
    now = new Date('2026-12-09T11:00:00');
    await core.call('visits.checkOut', { visitId: visits.left });
    core.sqlite.prepare("UPDATE checklist_items SET status = 'done' WHERE plan_id = ? AND item_check = 'filing'").run(ids.done);
    const { findings } = await audit('2026-12-07', '2026-12-13');
    expect(findings.map((f) => f.kind).sort()).toEqual(['missingFeedback', 'missingRequiredData', 'missingRequiredData', 'requiredItemsOpen']);
  });

  it('refuses a reversed range', async () => {
    expect(await core.dispatch('quality.completeness', { from: '2026-12-10', to: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
