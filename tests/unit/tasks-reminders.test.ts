import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reminder } from '../../contract/tasks';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { seedFollowup, seedIncident } from '../helpers/task-seed';

/*
 * Reminders are computed from the database and marked shown per user, task
 * and stage: each shows once, across a restart (a new core on the same
 * folder) and a clock set back and forward; the in-app and the system
 * channel are marked apart; marks of finished tasks are pruned after 30 days.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'reception-reminders-'));
let clock = new Date('2026-12-03T09:00:00');
const now = () => clock;
let core: TestCore;
let recovery = '';
const ids: Record<string, string> = {};

const take = () => core.call<Reminder[]>('tasks.reminders', {});
const summary = (rs: Reminder[]) => rs.map((r) => `${r.stage}:${r.task.title.replace(/^IN-\d{6}-\d{3} /, '')}`).sort();
const at = async (when: string) => {
  clock = new Date(when);
  // A jump in time locks the desk for idleness: the user signs in again, as she would.
  await core.signInAs('receptionist');
};

beforeAll(async () => {
  core = await makeTestCore({ dataDir, now });
  recovery = core.recovery;
  await core.signInAs('receptionist');
  await core.signInAs('manager');
  await core.signInAs('coordinator');
  await core.call('session.signOut', {});
  await core.call('session.signIn', { login: 'admin', password: 'Admin-pass-1' });
  for (const u of (await core.call<{ items: { id: string; login: string; name: string }[] }>('users.list', {})).items) ids[u.login] = u.id;
  const client = await core.call<{ id: string }>('clients.create', { name: '腾讯', tier: 'key' });
  const r = ids.receptionist1!;
  ids.late = seedIncident(core.sqlite, { title: '空调坏了', deadlineAt: '2026-12-03T08:00', ownerUserId: r, ownerName: '前台', tier: 'critical' });
  seedIncident(core.sqlite, { title: '快到期', deadlineAt: '2026-12-03T10:30', ownerUserId: r, ownerName: '前台', tier: 'critical' });
  seedIncident(core.sqlite, { title: '下午的', deadlineAt: '2026-12-03T16:00', ownerUserId: r, ownerName: '前台', tier: 'critical' });
  seedIncident(core.sqlite, { title: '差评', deadlineAt: '2026-12-06T09:00', ownerUserId: ids.coordinator1!, ownerName: '协调', source: 'feedback', tier: 'critical' });
  const f = seedFollowup(core.sqlite, { clientId: client.id, title: '跟进', steps: [{ title: '明天联系', ownerUserId: r, ownerName: '前台', dueDay: '2026-12-04' }] });
  ids.step = f.stepIds[0]!;
}, 60_000);
afterAll(async () => {
  await core.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('reminders', () => {
  it('shows what is overdue and due within two hours once', async () => {
    await at('2026-12-03T09:00:00');
    expect(summary(await take())).toEqual(['dueSoon:快到期', 'overdue:空调坏了']);
    expect(await take()).toEqual([]);
  });

  it('shows nothing again after a restart, and goes on from where it was', async () => {
    await core.close();
    core = await makeTestCore({ dataDir, now, setUp: false });
    await core.call('session.unseal', { passphrase: recovery });
    await at('2026-12-03T09:05:00');
    expect(await take()).toEqual([]);
    await at('2026-12-03T14:30:00');
    expect(summary(await take())).toEqual(['dueSoon:下午的', 'overdue:快到期']);
  });

  it('shows nothing again when the clock is set back and forward (a passed stage counts as shown)', async () => {
    await at('2026-12-03T07:00:00');
    expect(await take()).toEqual([]);
    await at('2026-12-03T14:31:00');
    expect(await take()).toEqual([]);
    // An all-day step is "due soon" on its day, overdue the day after.
    await at('2026-12-04T08:00:00');
    expect(summary(await take())).toEqual(['dueSoon:明天联系', 'overdue:下午的']);
  });

  it('reminds again when a task moves to another time (a postponed step)', async () => {
    core.sqlite.prepare(`UPDATE followup_steps SET due_day = '2026-12-05' WHERE id = ?`).run(ids.step);
    await at('2026-12-05T08:00:00');
    expect(summary(await take())).toEqual(['dueSoon:明天联系']);
  });

  it('a manager is alerted to a red alert once; the system channel (Electron) is marked apart', async () => {
    await core.signInAs('manager');
    expect(summary(await take())).toEqual(['alert:差评']);
    expect(await take()).toEqual([]);
    const { systemReminders } = await import('../../main/app');
    expect(summary(systemReminders(core).reminders)).toEqual(['alert:差评']);
    expect(systemReminders(core).reminders).toEqual([]);
    // Nothing for a user who must first change their password, nor on a locked desk; what waits is raised after.
    const me = core.runtime.session.current()!;
    seedIncident(core.sqlite, { title: '又一个差评', deadlineAt: '2026-12-06T09:00', ownerUserId: ids.coordinator1!, ownerName: '协调', source: 'feedback', tier: 'critical' });
    core.runtime.session.update({ ...me, mustChangePassword: true });
    expect(systemReminders(core)).toMatchObject({ reminders: [] });
    core.runtime.session.update(me);
    await core.call('session.lock', {});
    expect(systemReminders(core)).toMatchObject({ reminders: [] });
    await core.signInAs('manager');
    expect(summary(systemReminders(core).reminders)).toEqual(['alert:又一个差评']);
  });

  it('prunes the marks of finished tasks after 30 days, keeps those of open ones', async () => {
    const marks = () => core.sqlite.prepare('SELECT task_key FROM reminder_marks WHERE user_id = ?').pluck().all(ids.receptionist1) as string[];
    core.sqlite.prepare(`UPDATE incidents SET status = 'resolved', deadline_at = NULL WHERE id = ?`).run(ids.late);
    await at('2026-12-20T08:00:00');
    await take();
    expect(marks().some((k) => k.startsWith(`incident:${ids.late}@`))).toBe(true);
    await at('2027-01-10T08:00:00');
    await take();
    const left = marks();
    expect(left.some((k) => k.startsWith(`incident:${ids.late}@`))).toBe(false);
    // Still open (overdue since December): kept, so it is not shown again.
    expect(left.some((k) => k.includes('2026-12-03T16:00'))).toBe(true);
  });
});

describe('alerts that land in a queue', () => {
  it('a red alert in the managers’ queue is a red alert to them, not a plain queue task; an incident escalated to a user is news to them', async () => {
    await core.signInAs('manager');
    const red = seedIncident(core.sqlite, { title: '差评进经理队列', deadlineAt: '2027-01-12T09:00', ownerRole: 'manager', source: 'feedback', tier: 'critical' });
    const tasks = (await core.call<{ tasks: { kind: string; refId: string }[] }>('tasks.mine', {})).tasks.filter((t) => t.refId === red);
    expect(tasks.map((t) => t.kind)).toEqual(['redAlert']);
    expect(summary(await take()).filter((s) => s.includes('差评进经理队列'))).toEqual(['alert:差评进经理队列']);
    seedIncident(core.sqlite, { title: '升级给经理', deadlineAt: '2027-01-10T20:00', ownerUserId: ids.manager1!, ownerName: '经理', escalations: 1, tier: 'critical' });
    expect(summary(await take())).toEqual(['alert:升级给经理']);
    expect(await take()).toEqual([]);
  });
});
