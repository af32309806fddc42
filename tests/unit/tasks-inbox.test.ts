import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../contract';
import type { Task } from '../../contract/tasks';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { seedCallBack, seedFeedbackRequest, seedFollowup, seedIncident } from '../helpers/task-seed';

/*
 * The task inbox per role, on a real database: a receptionist's own
 * incidents, her role's queue, her call-backs, feedback requests, follow-up
 * steps and checklist items; a manager's red alerts and team view; an
 * auditor's empty inbox. Rows are written straight into the tables (the
 * inbox reads tables, whichever service writes them). Thursday 3 December 2026, 09:00.
 * The incidents are at the top tier, so those overdue stay with their owner
 * (escalation, which runs before every read, has no tier to move them to).
 */
let clock = new Date('2026-12-03T09:00:00');
let core: TestCore;
const ids: Record<string, string> = {};
const names: Record<string, string> = {};
type Mine = Output<'tasks', 'mine'>;

const as = async (role: 'receptionist' | 'manager' | 'auditor' | 'coordinator') => {
  await core.signInAs(role);
};
const mine = (input: object = {}) => core.call<Mine>('tasks.mine', input);
const titles = (tasks: Task[]) => tasks.map((t) => t.title.replace(/^IN-\d{6}-\d{3} /, ''));

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  for (const role of ['receptionist', 'manager', 'auditor', 'coordinator'] as const) await core.signInAs(role);
  await core.call('session.signOut', {});
  await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
  for (const u of (await core.call<{ items: { id: string; login: string; name: string }[] }>('users.list', {})).items) {
    ids[u.login] = u.id;
    names[u.login] = u.name;
  }
  const client = await core.call<{ id: string }>('clients.create', { name: '腾讯', tier: 'key' });
  ids.client = client.id;
  const r = ids.receptionist1!;
  const rn = names.receptionist1!;
  const c = ids.coordinator1!;
  const s = core.sqlite;
  ids.own = seedIncident(s, { title: '空调坏了', deadlineAt: '2026-12-03T08:00', ownerUserId: r, ownerName: rn, tier: 'critical', contactName: '王先生', clientId: client.id });
  ids.queue = seedIncident(s, { title: '访客咨询停车', deadlineAt: '2026-12-03T12:00', ownerRole: 'receptionist', tier: 'critical' });
  seedIncident(s, { title: '别人的问题', deadlineAt: '2026-12-04T09:00', ownerUserId: c, ownerName: '协调员', involved: [r], tier: 'critical' });
  ids.escalated = seedIncident(s, { title: '升级的投诉', deadlineAt: '2026-12-04T09:00', ownerUserId: c, ownerName: '协调员', involved: [r, c], escalations: 1, tier: 'critical' });
  ids.red = seedIncident(s, { title: '差评：接待不周', deadlineAt: '2026-12-05T09:00', ownerUserId: c, ownerName: '协调员', source: 'feedback', tier: 'critical' });
  seedIncident(s, { title: '已解决的', deadlineAt: null, ownerUserId: r, ownerName: rn, status: 'resolved' });
  seedIncident(s, { title: '远期的', deadlineAt: '2027-02-01T09:00', ownerUserId: r, ownerName: rn, tier: 'critical' });
  ids.callBack = seedCallBack(s, { incidentId: ids.own, ownerUserId: r, ownerName: rn, dueAt: '2026-12-03T18:00' });
  seedCallBack(s, { incidentId: ids.own, ownerUserId: r, ownerName: rn, dueAt: '2026-12-02T18:00', status: 'reached' });
  seedFeedbackRequest(s, { code: 'K7M2PQ', ownerUserId: r, ownerName: rn, dueAt: '2026-12-04T10:00', clientId: client.id });
  seedFeedbackRequest(s, { code: 'K7M2PR', ownerUserId: r, ownerName: rn, dueAt: '2027-01-30T10:00' });
  seedFeedbackRequest(s, { code: 'K7M2PS', ownerUserId: r, ownerName: rn, dueAt: '2026-12-01T10:00', status: 'answered' });
  seedFollowup(s, {
    clientId: client.id,
    title: '腾讯跟进',
    steps: [
      { title: '首次联系', ownerUserId: r, ownerName: rn, dueDay: '2026-12-02' },
      { title: '方案提交', ownerUserId: r, ownerName: rn, dueDay: '2026-12-05' },
      { title: '已完成的一步', ownerUserId: r, ownerName: rn, dueDay: '2026-12-01', status: 'done' },
    ],
  });
  seedFollowup(s, { clientId: client.id, title: '取消的跟进', status: 'cancelled', steps: [{ title: '取消的步骤', ownerUserId: r, ownerName: rn, dueDay: '2026-12-03' }] });
  // A confirmed plan's checklist: one item given to the receptionist by name, due at 10:00 today.
  const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', level: 'vip', arrivalAt: '2026-12-03T14:00', departureAt: '2026-12-03T17:00', expectedHeadcount: 2 });
  const guest = await core.call<{ id: string }>('people.create', { name: '王芳', phone: '13700137000', confirmNew: true });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true }] });
  await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
  ids.plan = plan.id;
  ids.item = s.prepare(`SELECT id FROM checklist_items WHERE plan_id = ? ORDER BY position LIMIT 1`).pluck().get(plan.id) as string;
  s.prepare(`UPDATE checklist_items SET assignee_name = ?, due_at = '2026-12-03T10:00', status = 'open' WHERE id = ?`).run(rn, ids.item);
  // Everyone else's checklist items are unassigned, so only hers shows.
  s.prepare(`UPDATE checklist_items SET assignee_name = '' WHERE plan_id = ? AND id <> ?`).run(plan.id, ids.item);
}, 60_000);
afterAll(() => core.cleanup());

describe('a receptionist’s inbox', () => {
  it('holds her incidents, her role’s queue, escalations she was in, call-backs, feedback requests, follow-up steps and checklist items, overdue first, then today, then by due time', async () => {
    await as('receptionist');
    const { tasks, counts, more } = await mine();
    expect(tasks.map((t) => [t.kind, t.overdue, t.dueToday])).toEqual([
      ['followupStep', true, false],
      ['incident', true, false],
      ['checklistItem', false, true],
      ['incident', false, true],
      ['callBack', false, true],
      ['escalation', false, false],
      ['feedbackRequest', false, false],
      ['followupStep', false, false],
    ]);
    expect(titles(tasks)).toEqual(['首次联系', '空调坏了', JSON.stringify({ zh: JSON.parse(tasks[2]!.title).zh, en: JSON.parse(tasks[2]!.title).en }), '访客咨询停车', '空调坏了', '升级的投诉', '腾讯', '方案提交']);
    expect(counts).toEqual({ overdue: 2, today: 3, open: 8 });
    expect(more).toBe(false);
    const own = tasks[1]!;
    expect(own).toMatchObject({ key: `incident:${ids.own}`, detail: '王先生 · 腾讯', priority: 0, allDay: false, link: { screen: 'incident', id: ids.own } });
    expect(tasks[0]).toMatchObject({ allDay: true, dueAt: '2026-12-02T23:59', detail: '腾讯 · 腾讯跟进' });
    expect(tasks[2]).toMatchObject({ link: { screen: 'plan', id: ids.plan }, detail: '华为来访', dueAt: '2026-12-03T10:00' });
    expect(tasks[3]).toMatchObject({ ownerUserId: null, ownerName: 'receptionist' });
    expect(tasks[4]).toMatchObject({ kind: 'callBack', link: { screen: 'incident', id: ids.own } });
    expect(tasks[5]).toMatchObject({ escalated: true, link: { screen: 'incident', id: ids.escalated } });
    expect(tasks[6]).toMatchObject({ title: '腾讯', detail: 'K7M2PQ', link: { screen: 'feedback' } });
  });

  it('looks ahead only to its horizon, keeping everything overdue; the header count is the list counted', async () => {
    await as('receptionist');
    const today = await mine({ horizonDays: 0 });
    // An escalation is news, not a deadline: it shows whatever the horizon.
    expect(today.tasks.map((t) => t.kind)).toEqual(['followupStep', 'incident', 'checklistItem', 'incident', 'callBack', 'escalation']);
    const wide = await mine({ horizonDays: 90 });
    expect(titles(wide.tasks)).toContain('远期的');
    expect(wide.tasks.some((t) => t.detail.includes('K7M2PR'))).toBe(true);
    const count = await core.call('tasks.count', {});
    expect(count).toEqual((await mine()).counts);
    const page = await mine({ limit: 3 });
    expect(page).toMatchObject({ more: true, counts: { overdue: 2, today: 3, open: 8 } });
    expect(page.tasks).toHaveLength(3);
  });

  it('moves with the clock: tomorrow, today’s tasks are overdue', async () => {
    clock = new Date('2026-12-04T09:30:00');
    try {
      await as('receptionist');
      const { counts, tasks } = await mine();
      expect(counts).toMatchObject({ overdue: 6, today: 1 });
      expect(tasks.find((t) => t.dueToday)?.kind).toBe('feedbackRequest');
    } finally {
      clock = new Date('2026-12-03T09:00:00');
    }
  });
});

describe('a manager and an auditor', () => {
  it('a manager sees red alerts (whoever owns them), not the receptionists’ queue', async () => {
    await as('manager');
    const { tasks } = await mine();
    expect(tasks.map((t) => [t.kind, t.refId])).toEqual([['redAlert', ids.red]]);
    expect(tasks[0]).toMatchObject({ priority: 0, ownerName: '协调员' });
  });

  it('a manager’s team view lists everyone with counts, queues as rows of their own, and one person’s tasks', async () => {
    await as('manager');
    const team = await core.call<Output<'tasks', 'team'>>('tasks.team', {});
    const row = (name: string) => team.people.find((p) => p.name === name);
    expect(row(names.receptionist1!)).toEqual({ userId: ids.receptionist1, name: names.receptionist1, counts: { overdue: 2, today: 2, open: 6 } });
    expect(row('receptionist')).toEqual({ userId: null, name: 'receptionist', counts: { overdue: 0, today: 1, open: 1 } });
    expect(row(names.coordinator1!)?.counts).toEqual({ overdue: 0, today: 0, open: 3 });
    expect(row(names.auditor1!)?.counts).toEqual({ overdue: 0, today: 0, open: 0 });
    expect(team.people[0]!.userId).toBe(ids.receptionist1);
    // Each task once, under its owner: no escalation or red-alert copies.
    expect(new Set(team.tasks.map((t) => t.kind))).toEqual(new Set(['incident', 'callBack', 'feedbackRequest', 'followupStep', 'checklistItem']));
    const hers = await core.call<Output<'tasks', 'team'>>('tasks.team', { ownerUserId: ids.receptionist1 });
    expect(hers.tasks.map((t) => t.kind)).toEqual(['followupStep', 'incident', 'checklistItem', 'callBack', 'feedbackRequest', 'followupStep']);
    expect(hers.tasks.find((t) => t.kind === 'checklistItem')?.ownerUserId).toBe(ids.receptionist1);
  });

  it('a receptionist may not open the team view; an auditor has nothing to do', async () => {
    await as('receptionist');
    expect(await core.dispatch('tasks.team', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await as('auditor');
    expect(await mine()).toEqual({ tasks: [], counts: { overdue: 0, today: 0, open: 0 }, more: false });
    expect(await core.call('tasks.count', {})).toEqual({ overdue: 0, today: 0, open: 0 });
  });

  it('lists active staff with their roles for the pickers', async () => {
    await as('receptionist');
    const staff = await core.call<{ id: string; name: string; roles: string[] }[]>('tasks.staff', {});
    expect(staff.find((s) => s.id === ids.receptionist1)).toEqual({ id: ids.receptionist1, name: names.receptionist1, roles: ['receptionist'] });
    core.sqlite.prepare('UPDATE users SET active = 0 WHERE id = ?').run(ids.auditor1);
    try {
      expect((await core.call<{ id: string }[]>('tasks.staff', {})).some((s) => s.id === ids.auditor1)).toBe(false);
    } finally {
      core.sqlite.prepare('UPDATE users SET active = 1 WHERE id = ?').run(ids.auditor1);
    }
  });
});

describe('escalation before the read', () => {
  it('an overdue incident escalates as the inbox is read: it leaves her own tasks for the next tier’s queue and stays in her inbox as an escalation', async () => {
    await as('receptionist');
    // Dispatched to her, so she is among those involved (incidents.dispatch adds the owner).
    const id = seedIncident(core.sqlite, { title: '门禁失灵', deadlineAt: '2026-12-03T07:00', ownerUserId: ids.receptionist1!, ownerName: names.receptionist1!, tier: 'ordinary', involved: [ids.receptionist1!] });
    const mineNow = (await mine()).tasks.filter((t) => t.refId === id);
    expect(mineNow.map((t) => [t.kind, t.escalated])).toEqual([['escalation', true]]);
    await as('manager');
    // The urgent tier's rule: the managers' queue.
    expect((await mine()).tasks.find((t) => t.refId === id)).toMatchObject({ kind: 'incident', ownerUserId: null, ownerName: 'manager', escalated: true });
  });
});

describe('care reminders', () => {
  it('a birthday of a key client’s person is the account manager’s task from its lead days on, due at the end of the day; done, it leaves', async () => {
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
    const client = await core.call<{ id: string }>('clients.create', { name: '阿里巴巴', tier: 'key', accountManagerUserId: ids.receptionist1 });
    await core.call('people.create', { name: '马云', clientId: client.id, birthday: '1964-12-05', confirmNew: true });
    await as('receptionist');
    const care = (await mine()).tasks.filter((t) => t.kind === 'care' && t.title === '马云');
    expect(care).toHaveLength(1);
    expect(care[0]).toMatchObject({ allDay: true, dueAt: '2026-12-05T23:59', overdue: false, detail: '阿里巴巴', priority: 1, link: { screen: 'care' } });
    expect(care[0]!.refId).toMatch(/^birthday:.+:2026-12-05$/);
    await core.call('followups.careDone', { key: care[0]!.refId, note: '已送花' });
    expect((await mine()).tasks.some((t) => t.kind === 'care' && t.title === '马云')).toBe(false);
  });
});
