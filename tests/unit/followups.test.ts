import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientDetail } from '../../contract/clients';
import type { FollowupDetail, FollowupSummary, FollowupTemplate } from '../../contract/followups';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { makeClient, makeUser } from '../helpers/followups-seed';

let core: TestCore;
let clock = new Date('2026-12-01T09:00:00');
beforeEach(async () => {
  clock = new Date('2026-12-01T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

const standard = async () => (await core.call<FollowupTemplate[]>('followups.templates', {})).find((t) => t.name.zh === '客户跟进标准流程')!;
const days = (f: FollowupDetail) => f.steps.map((s) => [s.seq, s.title, s.dueDay, s.status]);

async function started(tier: 'vip' | 'key' | 'normal' = 'vip', extra: object = {}) {
  const manager = await makeUser(core, `am${Math.random().toString(36).slice(2, 8)}`, '李娜');
  const client = await makeClient(core, `客户${Math.random().toString(36).slice(2, 8)}`, tier, manager);
  const template = await standard();
  const f = await core.call<FollowupDetail>('followups.create', { clientId: client.id, templateId: template.id, startDay: '2026-12-01', ...extra });
  return { manager, client, f };
}

describe('follow-up sequences', () => {
  it('seeds the built-in templates once and starts a sequence with due days from the start day, owned by the account manager', async () => {
    const templates = await core.call<FollowupTemplate[]>('followups.templates', {});
    expect(templates.map((t) => t.name.zh)).toEqual(['客户跟进标准流程', '访后回访']);
    await core.call('followups.templates', {});
    expect(core.sqlite.prepare(`SELECT COUNT(*) FROM audit_log WHERE action = 'followup.template.seed'`).pluck().get()).toBe(1);
    const { manager, f } = await started();
    expect(days(f)).toEqual([
      [1, '首次联系', '2026-12-02', 'open'],
      [2, '需求确认', '2026-12-04', 'open'],
      [3, '方案提交', '2026-12-08', 'open'],
      [4, '商务洽谈', '2026-12-15', 'open'],
    ]);
    expect(f).toMatchObject({ title: '客户跟进标准流程', status: 'active', ownerUserId: manager, ownerName: '李娜', stepsDone: 0, stepsTotal: 4, nextStep: { title: '首次联系' } });
    expect(f.steps.every((s) => s.ownerUserId === manager)).toBe(true);
    expect(f.history).toMatchObject([{ action: 'created' }]);
  });

  it('postpones one step and, by default, every later open step by as many days', async () => {
    const { f } = await started();
    const moved = await core.call<FollowupDetail>('followups.stepPostpone', { stepId: f.steps[1]!.id, toDay: '2026-12-07', reason: '客户出差' });
    expect(days(moved).map((d) => d[2])).toEqual(['2026-12-02', '2026-12-07', '2026-12-11', '2026-12-18']);
    expect(moved.steps[1]).toMatchObject({ plannedDay: '2026-12-04', postponements: 1 });
    expect(moved.history[0]).toMatchObject({ action: 'postponed', stepTitle: '需求确认', text: expect.stringContaining('客户出差') });
  });

  it('postpones only the step when later steps are to stay', async () => {
    const { f } = await started();
    const moved = await core.call<FollowupDetail>('followups.stepPostpone', { stepId: f.steps[1]!.id, toDay: '2026-12-07', reason: '客户出差', shiftLater: false });
    expect(days(moved).map((d) => d[2])).toEqual(['2026-12-02', '2026-12-07', '2026-12-08', '2026-12-15']);
    expect(moved.steps[2]).toMatchObject({ plannedDay: null, postponements: 0 });
  });

  it('refuses a postponement to the same or an earlier day, or into the past', async () => {
    const { f } = await started();
    for (const toDay of ['2026-12-04', '2026-12-03']) {
      expect(await core.dispatch('followups.stepPostpone', { stepId: f.steps[1]!.id, toDay, reason: '改期' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'toDay', message: 'followup.postponeDay' }] },
      });
    }
    // An overdue step (due 11-23 of a sequence started 11-20): a day after its own but before today is still the past.
    const late = (await started('vip', { startDay: '2026-11-20' })).f;
    expect(await core.dispatch('followups.stepPostpone', { stepId: late.steps[1]!.id, toDay: '2026-11-25', reason: '改期' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await core.call<FollowupDetail>('followups.stepPostpone', { stepId: late.steps[1]!.id, toDay: '2026-12-01', reason: '今天补做' })).steps[1]!.dueDay).toBe('2026-12-01');
  });

  it('skips a step only with a reason', async () => {
    const { f } = await started();
    for (const reason of ['', '   ']) {
      expect(await core.dispatch('followups.stepSkip', { stepId: f.steps[0]!.id, reason })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason' }] } });
    }
    const skipped = await core.call<FollowupDetail>('followups.stepSkip', { stepId: f.steps[0]!.id, reason: '客户主动来电' });
    expect(skipped.steps[0]).toMatchObject({ status: 'skipped', outcome: '客户主动来电' });
    expect(await core.dispatch('followups.stepDone', { stepId: f.steps[0]!.id, outcome: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('adds a step after another and renumbers the later ones; at the end without one', async () => {
    const { f } = await started();
    const added = await core.call<FollowupDetail>('followups.stepAdd', { planId: f.id, afterStepId: f.steps[1]!.id, title: '技术交流', dueDay: '2026-12-05' });
    expect(days(added).map((d) => [d[0], d[1]])).toEqual([
      [1, '首次联系'],
      [2, '需求确认'],
      [3, '技术交流'],
      [4, '方案提交'],
      [5, '商务洽谈'],
    ]);
    expect(added.steps[2]).toMatchObject({ ownerName: '李娜', dueDay: '2026-12-05' });
    const last = await core.call<FollowupDetail>('followups.stepAdd', { planId: f.id, title: '签约', dueDay: '2026-12-30' });
    expect(last.steps.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(last.steps[5]!.title).toBe('签约');
  });

  it('closes the sequence when no step is open, and opens it again when a step is added', async () => {
    const { f } = await started();
    let now = f;
    for (const [i, s] of f.steps.entries()) {
      now = i === 2 ? await core.call<FollowupDetail>('followups.stepSkip', { stepId: s.id, reason: '合并到洽谈' }) : await core.call<FollowupDetail>('followups.stepDone', { stepId: s.id, outcome: `完成${i}` });
      expect(now.status).toBe(i === 3 ? 'done' : 'active');
    }
    expect(now).toMatchObject({ stepsDone: 4, nextStep: null, overdue: false });
    expect(now.steps[0]).toMatchObject({ status: 'done', outcome: '完成0', doneByName: '系统管理员' });
    expect(now.history[0]!.action).toBe('completed');
    const again = await core.call<FollowupDetail>('followups.stepAdd', { planId: f.id, title: '签约回访', dueDay: '2026-12-31' });
    expect(again.status).toBe('active');
  });

  it('lists by client tier, then urgency, then the next due day; overdue marked', async () => {
    const normal = await started('normal');
    const vipLow = await started('vip', { urgency: 'low' });
    const vipHigh = await started('vip', { urgency: 'high', startDay: '2026-12-05' });
    const key = await started('key', { urgency: 'high' });
    const vipLater = await started('vip', { urgency: 'high', startDay: '2026-12-09' });
    const vipSooner = await started('vip', { urgency: 'high', startDay: '2026-11-20' });
    const list = await core.call<FollowupSummary[]>('followups.list', {});
    expect(list.map((f) => f.id)).toEqual([vipSooner.f.id, vipHigh.f.id, vipLater.f.id, vipLow.f.id, key.f.id, normal.f.id]);
    expect(list[0]).toMatchObject({ overdue: true, nextStep: { overdue: true, dueDay: '2026-11-21' } });
    expect(list[1]!.overdue).toBe(false);
    const overdue = await core.call<FollowupSummary[]>('followups.list', { filter: 'overdue' });
    expect(overdue.map((f) => f.id)).toEqual([vipSooner.f.id]);
    const byClient = await core.call<FollowupSummary[]>('followups.list', { clientId: key.client.id });
    expect(byClient.map((f) => f.id)).toEqual([key.f.id]);
    const byOwner = await core.call<FollowupSummary[]>('followups.list', { ownerUserId: normal.manager, filter: 'all' });
    expect(byOwner.map((f) => f.id)).toEqual([normal.f.id]);
  });

  it('finds a sequence by its client name in pinyin', async () => {
    const manager = await makeUser(core, 'lina', '李娜');
    const huawei = await makeClient(core, '华为技术有限公司', 'vip', manager);
    await makeClient(core, '中国银行', 'key', manager);
    const f = await core.call<FollowupDetail>('followups.create', { clientId: huawei.id, templateId: (await standard()).id });
    const found = await core.call<FollowupSummary[]>('followups.list', { query: 'huawei', filter: 'all' });
    expect(found.map((x) => x.id)).toEqual([f.id]);
  });

  it('cancels a sequence, and a new owner takes over the open steps', async () => {
    const { f } = await started();
    const other = await makeUser(core, 'wangfang', '王芳');
    const handed = await core.call<FollowupDetail>('followups.update', { id: f.id, ownerUserId: other, urgency: 'high' });
    expect(handed.steps.map((s) => s.ownerName)).toEqual(['王芳', '王芳', '王芳', '王芳']);
    const cancelled = await core.call<FollowupDetail>('followups.update', { id: f.id, status: 'cancelled' });
    expect(cancelled.status).toBe('cancelled');
    expect((await core.call<FollowupSummary[]>('followups.list', {})).map((x) => x.id)).not.toContain(f.id);
    expect(await core.dispatch('followups.stepDone', { stepId: f.steps[0]!.id, outcome: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses an owner who is not an active user', async () => {
    const { client } = await started();
    const gone = await makeUser(core, 'gone', '离职员工');
    await core.call('users.update', { id: gone, active: false });
    expect(await core.dispatch('followups.create', { clientId: client.id, templateId: (await standard()).id, ownerUserId: gone })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'ownerUserId', message: 'followup.ownerUnknown' }] },
    });
  });
});

describe('VIP clients need an account manager who is a user', () => {
  it('refuses a VIP without one, on create and on update to VIP', async () => {
    expect(await core.dispatch('clients.create', { name: '华为', tier: 'vip', accountManager: '李娜' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'accountManagerUserId', message: 'client.vipManager' }] },
    });
    const plain = await core.call<ClientDetail>('clients.create', { name: '华为', tier: 'key' });
    expect(await core.dispatch('clients.update', { id: plain.id, tier: 'vip' })).toMatchObject({ ok: false, error: { issues: [{ message: 'client.vipManager' }] } });
  });

  it('fills the account manager name from the user and keeps a VIP from losing them', async () => {
    const li = await makeUser(core, 'lina', '李娜');
    const vip = await core.call<ClientDetail>('clients.create', { name: '华为', tier: 'vip', accountManager: '随便写', accountManagerUserId: li });
    expect(vip).toMatchObject({ accountManager: '李娜', accountManagerUserId: li });
    expect(await core.dispatch('clients.update', { id: vip.id, accountManagerUserId: null })).toMatchObject({ ok: false, error: { issues: [{ message: 'client.vipManager' }] } });
    const key = await core.call<ClientDetail>('clients.update', { id: vip.id, tier: 'key', accountManagerUserId: null, accountManager: '王芳' });
    expect(key).toMatchObject({ tier: 'key', accountManager: '王芳', accountManagerUserId: null });
    const audit = core.sqlite.prepare(`SELECT detail FROM audit_log WHERE action = 'client.update' ORDER BY rowid DESC LIMIT 1`).pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ before: { accountManager: '李娜', tier: 'vip' }, after: { accountManager: '王芳', tier: 'key' } });
  });

  it('refuses a user who does not exist or is switched off', async () => {
    const gone = await makeUser(core, 'gone', '离职员工');
    await core.call('users.update', { id: gone, active: false });
    for (const id of [gone, '01900000-0000-7000-8000-000000000000']) {
      expect(await core.dispatch('clients.create', { name: `客户${id.slice(0, 4)}`, tier: 'vip', accountManagerUserId: id })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'accountManagerUserId', message: 'client.managerUnknown' }] },
      });
    }
  });
});

describe('the follow-up sheet', () => {
  it('prints one sequence, a client’s active ones or mine as an A4 PDF, audited', async () => {
    const { client, f } = await started();
    await started('key');
    const one = await core.call<{ outcome: string; pages: number; followups: number }>('print.followups', { id: f.id, locale: 'zh-CN', printerId: 'pdf' });
    expect(one).toMatchObject({ outcome: 'saved', followups: 1 });
    expect(core.engine.rendered.at(-1)).toEqual({ widthMm: 210, heightMm: 297 });
    expect((await core.call<{ followups: number }>('print.followups', { clientId: client.id, locale: 'en', printerId: 'pdf' })).followups).toBe(1);
    // Nothing of mine (the administrator owns none): refused, nothing rendered.
    const rendered = core.engine.rendered.length;
    expect(await core.dispatch('print.followups', { mine: true, locale: 'en', printerId: 'pdf' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.engine.rendered).toHaveLength(rendered);
    expect(await core.dispatch('print.followups', { locale: 'en', printerId: 'pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const audit = core.sqlite.prepare(`SELECT detail FROM audit_log WHERE action = 'followup.print' ORDER BY rowid`).pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d) as { followups: number })).toMatchObject([{ followups: 1 }, { followups: 1 }]);
  });
});
