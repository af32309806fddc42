import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentRules, IncidentSummary } from '../../contract/incidents';
import { DEFAULT_INCIDENT_RULES } from '../../contract/incidents';
import { raiseIncident } from '../../main/services/incidents';
import { ANONYMOUS } from '../../main/core/context';
import type { Role } from '../../main/security/roles';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/** A settable clock: the desk's local time. */
let clock = new Date('2026-11-26T10:00:00');
let core: TestCore;
/** Who is signed in, for unlocking after the clock jumped past the idle lock. */
let password = ADMIN.password;
async function setClock(local: string) {
  clock = new Date(local);
  await core.dispatch('session.unlock', { password });
}
async function signInAs(role: Role) {
  await core.signInAs(role);
  password = `${role}-Pass-1`;
}
beforeEach(async () => {
  clock = new Date('2026-11-26T10:00:00');
  password = ADMIN.password;
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

const COMPLAINT = { category: 'complaint', title: '会议室空调不制冷', description: '客户反映会议室太热', contactName: '陈先生', contactPhone: '13800001111' };
const record = (extra: object = {}) => core.call<IncidentDetail>('incidents.record', { ...COMPLAINT, ...extra });
const userId = (login: string) => core.sqlite.prepare('SELECT id FROM users WHERE login = ?').pluck().get(login) as string;
const auditCount = (action: string) => core.sqlite.prepare('SELECT COUNT(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;

describe('recording an incident', () => {
  it('numbers it by day, sets the ordinary tier’s working-hours deadline and queues it for the tier’s role', async () => {
    const a = await record();
    const b = await record({ title: '停车场指引不清' });
    expect(a.code).toBe('IN-261126-001');
    expect(b.code).toBe('IN-261126-002');
    expect(a).toMatchObject({ status: 'received', tier: 'ordinary', ownerUserId: null, ownerRole: 'receptionist', deadlineAt: '2026-11-26T18:00', overdue: false, reporterName: '系统管理员' });
    expect(a.timeline.map((e) => e.kind)).toEqual(['status']);
    expect(a.moves).toEqual(['classified', 'dispatched', 'resolved']);
    expect(auditCount('incident.record')).toBe(2);
    await setClock('2026-11-27T08:00:00');
    expect((await record()).code).toBe('IN-261127-001');
  });

  it('counts each tier’s limit: working hours over the National Day week and its 调休 Saturday, clock hours across midnight', async () => {
    await setClock('2026-09-30T15:00:00');
    expect((await record()).deadlineAt).toBe('2026-10-08T14:00');
    await setClock('2026-10-09T16:00:00');
    expect((await record()).deadlineAt).toBe('2026-10-10T15:00');
    await setClock('2026-10-09T22:30:00');
    expect((await record({ tier: 'urgent' })).deadlineAt).toBe('2026-10-10T02:30');
    expect((await record({ tier: 'critical' })).deadlineAt).toBe('2026-10-09T23:30');
  });

  it('dispatches at once to a named owner, fills links from a plan and refuses links that do not exist', async () => {
    await signInAs('manager');
    const manager = userId('manager1');
    const client = await core.call<{ id: string }>('clients.create', { name: '华为', tier: 'vip', accountManagerUserId: manager });
    const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', clientId: client.id, arrivalAt: '2026-11-26T14:00', departureAt: '2026-11-26T17:00', expectedHeadcount: 2 });
    const i = await record({ planId: plan.id, ownerUserId: manager, tier: 'urgent' });
    expect(i).toMatchObject({ status: 'dispatched', ownerUserId: manager, ownerName: 'manager 用户', clientId: client.id, clientName: '华为', clientTier: 'vip', planTitle: '华为来访', deadlineAt: '2026-11-26T14:00' });
    expect(await core.dispatch('incidents.record', { ...COMPLAINT, planId: '01900000-0000-7000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('incidents.record', { ...COMPLAINT, source: 'feedback' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the closed loop', () => {
  it('refuses moves out of order and records each step, by whom and when', async () => {
    const i = await record();
    expect(await core.dispatch('incidents.archive', { id: i.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'incidentStatus' } } });
    expect(await core.dispatch('incidents.review', { id: i.id, outcome: 'accept', note: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const classified = await core.call<IncidentDetail>('incidents.classify', { id: i.id, category: 'equipment', tier: 'urgent', note: '设备问题' });
    // Counted again from when it was received, with the urgent tier's 4 clock hours.
    expect(classified).toMatchObject({ status: 'classified', category: 'equipment', tier: 'urgent', deadlineAt: '2026-11-26T14:00' });
    await signInAs('receptionist');
    const desk = userId('receptionist1');
    const dispatched = await core.call<IncidentDetail>('incidents.dispatch', { id: i.id, ownerUserId: desk });
    expect(dispatched).toMatchObject({ status: 'dispatched', ownerName: 'receptionist 用户', deadlineAt: '2026-11-26T14:00' });
    // A receptionist may not review.
    expect(dispatched.moves).toEqual(['resolved']);
    await setClock('2026-11-26T11:30:00');
    const resolved = await core.call<IncidentDetail>('incidents.resolve', { id: i.id, resolution: '更换空调滤网', rootCause: 'facility', rootCauseNote: '' });
    expect(resolved).toMatchObject({ status: 'resolved', deadlineAt: null, rootCause: 'facility', moves: [] });
    expect(await core.dispatch('incidents.resolve', { id: i.id, resolution: '再次', rootCause: 'facility' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('incidents.review', { id: i.id, outcome: 'accept', note: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signInAs('manager');
    const reviewed = await core.call<IncidentDetail>('incidents.review', { id: i.id, outcome: 'accept', note: '处理及时' });
    expect(reviewed.moves).toEqual(['archived', 'dispatched']);
    const archived = await core.call<IncidentDetail>('incidents.archive', { id: i.id });
    expect(archived.status).toBe('archived');
    expect(await core.dispatch('incidents.addNote', { id: i.id, text: '补充' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'incidentStatus' } } });
    expect(archived.timeline.filter((e) => e.kind === 'status').map((e) => [e.value, e.byName])).toEqual([
      ['received', '系统管理员'],
      ['dispatched', 'receptionist 用户'],
      ['resolved', 'receptionist 用户'],
      ['reviewed', 'manager 用户'],
      ['archived', 'manager 用户'],
    ]);
    expect(archived.involvedNames).toEqual(['系统管理员', 'receptionist 用户', 'manager 用户']);
  });

  it('reopens on review with a new limit from now and withdraws the open call-back', async () => {
    const i = await record({ tier: 'urgent' });
    await setClock('2026-11-26T12:00:00');
    await core.call('incidents.resolve', { id: i.id, resolution: '已调整', rootCause: 'service' });
    await setClock('2026-11-26T15:00:00');
    const reopened = await core.call<IncidentDetail>('incidents.review', { id: i.id, outcome: 'reopen', note: '客户仍不满意' });
    expect(reopened).toMatchObject({ status: 'dispatched', deadlineAt: '2026-11-26T19:00', callBacks: [], callBackStatus: null });
  });

  it('keeps notes and contacts on the timeline, and the writer becomes involved', async () => {
    const i = await record();
    await signInAs('coordinator');
    await core.call('incidents.addNote', { id: i.id, text: '已联系物业' });
    const after = await core.call<IncidentDetail>('incidents.logContact', { id: i.id, channel: 'phone', text: '告知客户预计下午修好' });
    expect(after.timeline.slice(1).map((e) => [e.kind, e.value, e.text])).toEqual([
      ['note', '', '已联系物业'],
      ['contact', 'phone', '告知客户预计下午修好'],
    ]);
    expect(after.involvedNames).toContain('coordinator 用户');
  });
});

describe('the call-back after resolution', () => {
  it('is due within callBackHours of the resolution for the owner; reached needs a score; not reached stays open', async () => {
    await signInAs('receptionist');
    const desk = userId('receptionist1');
    const i = await record({ ownerUserId: desk });
    await setClock('2026-11-26T16:20:00');
    const resolved = await core.call<IncidentDetail>('incidents.resolve', { id: i.id, resolution: '已更换', rootCause: 'facility' });
    const [cb] = resolved.callBacks;
    expect(cb).toMatchObject({ ownerUserId: desk, dueAt: '2026-11-27T16:20', status: 'open', attempts: 0, overdue: false });
    expect(resolved.callBackStatus).toBe('open');
    expect(await core.dispatch('incidents.logCallBack', { callBackId: cb!.id, reached: true, comment: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'score', message: 'incident.callBackScore' }] } });
    const missed = await core.call<IncidentDetail>('incidents.logCallBack', { callBackId: cb!.id, reached: false, comment: '无人接听' });
    expect(missed.callBacks[0]).toMatchObject({ status: 'open', attempts: 1, doneAt: null });
    await setClock('2026-11-27T17:00:00');
    expect((await core.call<IncidentDetail>('incidents.get', { id: i.id })).callBacks[0]!.overdue).toBe(true);
    const reached = await core.call<IncidentDetail>('incidents.logCallBack', { callBackId: cb!.id, reached: true, score: 4, comment: '满意' });
    expect(reached.callBacks[0]).toMatchObject({ status: 'reached', attempts: 2, score: 4, comment: '满意', doneByName: 'receptionist 用户' });
    expect(reached.timeline.filter((e) => e.kind === 'callBack').map((e) => e.value)).toEqual(['notReached', 'reached']);
    expect(await core.dispatch('incidents.logCallBack', { callBackId: cb!.id, reached: false, comment: '' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'callBackClosed' } } });
  });

  it('goes to whoever resolved it from the queue, and closes as unreachable when given up', async () => {
    const i = await record({ tier: 'critical' });
    const resolved = await core.call<IncidentDetail>('incidents.resolve', { id: i.id, resolution: '现场处理', rootCause: 'visitor' });
    expect(resolved.callBacks[0]).toMatchObject({ ownerName: '系统管理员' });
    const given = await core.call<IncidentDetail>('incidents.logCallBack', { callBackId: resolved.callBacks[0]!.id, reached: false, giveUp: true, comment: '电话停机' });
    expect(given.callBacks[0]).toMatchObject({ status: 'unreachable', attempts: 1 });
  });
});

describe('analysis', () => {
  it('counts a known week by category, root cause, client and day', async () => {
    const client = await core.call<{ id: string }>('clients.create', { name: '腾讯', tier: 'key' });
    const a = await record({ clientId: client.id });
    await record({ category: 'enquiry', tier: 'critical' });
    await setClock('2026-11-27T09:30:00');
    const c = await record({ clientId: client.id, tier: 'urgent' });
    await setClock('2026-11-27T10:00:00');
    await core.call('incidents.resolve', { id: a.id, resolution: '处理', rootCause: 'facility' });
    await setClock('2026-11-27T15:00:00');
    const late = await core.call<IncidentDetail>('incidents.resolve', { id: c.id, resolution: '处理', rootCause: 'service' });
    await core.call('incidents.logCallBack', { callBackId: late.callBacks[0]!.id, reached: true, score: 2, comment: '' });
    const by = (groupBy: string) => core.call<{ rows: { key: string; label: string; count: number; complaints: number; critical: number; escalated: number; late: number; avgResolveMinutes: number | null; avgCallBackScore: number | null }[]; total: { count: number; late: number } }>('incidents.analysis', { from: '2026-11-23', to: '2026-11-29', groupBy });
    const categories = await by('category');
    expect(categories.rows.map((r) => [r.key, r.count, r.complaints])).toEqual([
      ['complaint', 2, 2],
      ['enquiry', 1, 0],
    ]);
    // All three late and critical: the critical enquiry (1 hour from 10:00) is still open; the first complaint escalated overnight
    // (ordinary to 18:00, urgent to 22:00, critical to 23:00) before its resolution; the urgent one escalated at 13:30 and 14:30.
    expect(categories.total).toMatchObject({ count: 3, late: 3, escalated: 2, critical: 3 });
    const clients = await by('client');
    expect(clients.rows.map((r) => [r.key, r.label, r.count, r.avgCallBackScore])).toEqual([
      [client.id, '腾讯', 2, 2],
      ['', '', 1, null],
    ]);
    const causes = await by('rootCause');
    expect(causes.rows.find((r) => r.key === 'facility')).toMatchObject({ count: 1, avgResolveMinutes: 24 * 60 });
    expect((await by('day')).rows.map((r) => [r.key, r.count])).toEqual([
      ['2026-11-26', 2],
      ['2026-11-27', 1],
    ]);
    expect((await by('week')).rows.map((r) => [r.key, r.count])).toEqual([['2026-11-23', 3]]);
  });
});

describe('the list', () => {
  it('filters, pages by key and finds by code, title and pinyin', async () => {
    for (let n = 0; n < 5; n++) {
      await setClock(`2026-11-26T1${n}:00:00`);
      await record({ title: n === 2 ? '前台打印机卡纸' : `空调问题 ${n}` });
    }
    const first = await core.call<{ items: IncidentSummary[]; nextCursor: string | null }>('incidents.list', { filter: 'all', limit: 2 });
    expect(first.items.map((i) => i.code)).toEqual(['IN-261126-005', 'IN-261126-004']);
    const second = await core.call<{ items: IncidentSummary[]; nextCursor: string | null }>('incidents.list', { filter: 'all', limit: 2, cursor: first.nextCursor });
    expect(second.items.map((i) => i.code)).toEqual(['IN-261126-003', 'IN-261126-002']);
    const third = await core.call<{ items: IncidentSummary[]; nextCursor: string | null }>('incidents.list', { filter: 'all', limit: 2, cursor: second.nextCursor });
    expect(third).toMatchObject({ items: [{ code: 'IN-261126-001' }], nextCursor: null });
    const found = (query: string) => core.call<{ items: IncidentSummary[] }>('incidents.list', { filter: 'all', query }).then((r) => r.items.map((i) => i.title));
    expect(await found('打印机')).toEqual(['前台打印机卡纸']);
    expect(await found('qiantaidayin')).toEqual(['前台打印机卡纸']);
    expect(await found('qtdyj')).toEqual(['前台打印机卡纸']);
    expect(await found('IN-261126-003')).toEqual(['前台打印机卡纸']);
    expect(await core.dispatch('incidents.list', { filter: 'all', cursor: 'nonsense' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Overdue: the first one's 8 working hours from 10:00 ran out at 18:00; it escalated to urgent (22:00) and critical (23:00),
    // which is past too; three more escalated this morning (at 10:00, 11:00 and 12:00) and their urgent 4 hours still run.
    await setClock('2026-11-27T12:00:00');
    const overdue = await core.call<{ items: IncidentSummary[] }>('incidents.list', { filter: 'overdue' });
    expect(overdue.items.map((i) => [i.code, i.tier, i.escalations, i.overdue])).toEqual([['IN-261126-001', 'critical', 2, true]]);
    const open = await core.call<{ items: IncidentSummary[] }>('incidents.list', { filter: 'open', tier: 'urgent' });
    expect(open.items.map((i) => i.code)).toEqual(['IN-261126-004', 'IN-261126-003', 'IN-261126-002']);
  });
});

describe('raiseIncident inside another domain’s write', () => {
  it('rolls back with it when that write fails', async () => {
    const ctx = core.context({ ...ANONYMOUS, operatorId: 'system', operatorName: 'system' });
    expect(() =>
      ctx.write(
        (tx) => {
          raiseIncident(tx, ctx, { category: 'complaint', tier: 'urgent', title: '低分反馈', source: 'feedback' });
          throw new Error('the feedback write failed after raising');
        },
        () => ({ action: 'feedback.submit', entity: 'feedback', entityId: null, detail: {} }),
      ),
    ).toThrow('the feedback write failed');
    expect(core.sqlite.prepare('SELECT COUNT(*) FROM incidents').pluck().get()).toBe(0);
    expect(core.sqlite.prepare('SELECT COUNT(*) FROM incident_events').pluck().get()).toBe(0);
    const raised = ctx.write(
      (tx) => raiseIncident(tx, ctx, { category: 'complaint', tier: 'urgent', title: '低分反馈', source: 'feedback', feedbackResponseId: 'r1' }),
      () => ({ action: 'feedback.submit', entity: 'feedback', entityId: null, detail: {} }),
    );
    const detail = await core.call<IncidentDetail>('incidents.get', { id: raised.id });
    expect(detail).toMatchObject({ source: 'feedback', tier: 'urgent', ownerRole: 'manager', reporterName: '系统 / system', feedbackResponseId: 'r1' });
  });
});

describe('rules', () => {
  it('are saved by a manager, previewed, and refuse a missing tier', async () => {
    const rules: IncidentRules = { ...DEFAULT_INCIDENT_RULES, workDay: { start: '08:30', end: '17:30' }, callBackHours: 12 };
    await core.call('incidents.saveRules', rules);
    expect(await core.call('incidents.rules', {})).toEqual(rules);
    await setClock('2026-11-27T17:00:00');
    expect(await core.call('incidents.previewDeadline', { tier: 'ordinary' })).toEqual({ deadlineAt: '2026-11-30T16:00', holidayDataUntil: 2026 });
    expect(await core.dispatch('incidents.saveRules', { ...rules, tiers: rules.tiers.slice(0, 2) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.dispatch('incidents.saveRules', { ...rules, tiers: rules.tiers.map((t, i) => (i === 1 ? { ...t, ownerUserId: '01900000-0000-7000-8000-000000000000' } : t)) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'tiers.1.ownerUserId', message: 'user.inactive' }] },
    });
    await signInAs('receptionist');
    expect(await core.dispatch('incidents.saveRules', rules)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
