import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupDetail, FollowupTemplate } from '../../contract/followups';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { makeClient, makePerson, makeUser } from '../helpers/followups-seed';
import { capturedStatements, type Ran } from '../helpers/statements';

/*
 * Care reminders and the follow-up list are read on every visit to the inbox:
 * birthdays by the month-day index of people (never the whole directory),
 * milestones by theirs, steps and sequences by their own indexes. The SQL
 * is the one the service really runs (caught at prepare, with its parameters).
 */
let core: TestCore;
let followupId = '';
let clientId = '';
beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-12-20T09:00:00') });
  const li = await makeUser(core, 'lina', '李娜');
  const client = await makeClient(core, '华为技术有限公司', 'vip', li);
  clientId = client.id;
  await makePerson(core, '张伟', client.id, '1980-01-02');
  await core.call('followups.saveMilestone', { clientId: client.id, title: '签约纪念日', date: '2020-12-28' });
  const template = (await core.call<FollowupTemplate[]>('followups.templates', {}))[0]!;
  followupId = (await core.call<FollowupDetail>('followups.create', { clientId: client.id, templateId: template.id })).id;
});
afterAll(() => core.cleanup());

/** Tables that grow with the years (or with the directory). */
const GROWING = ['people', 'clients', 'client_milestones', 'followup_plans', 'followup_steps', 'followup_events', 'care_marks', 'users'];

const planOf = (r: Ran) => (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((s) => s.detail);
const reads = async (during: () => Promise<unknown>) => (await capturedStatements(core.sqlite, during)).filter((r) => /^\s*select\b/i.test(r.sql));
const scans = (steps: string[]) => steps.filter((d) => new RegExp(`^SCAN (${GROWING.join('|')})\\b`).test(d.replace(/^SCAN (\w+) AS \w+/, 'SCAN $1')) && !/USING (COVERING )?INDEX/.test(d));

describe('follow-up reads use their indexes', () => {
  it('care reminders read birthdays and milestones by month-day, across the new year', async () => {
    const ran = await reads(() => core.call('followups.care', { from: '2026-12-20', to: '2027-01-05', mine: false }));
    const plans = ran.map((r) => ({ sql: r.sql, steps: planOf(r) }));
    const birthdays = plans.filter((p) => /p\.birthday/.test(p.sql));
    expect(birthdays).toHaveLength(2);
    for (const p of birthdays) expect(p.steps.join('\n')).toMatch(/people_birthday_month_day/);
    const milestones = plans.filter((p) => /client_milestones/.test(p.sql));
    expect(milestones.length).toBeGreaterThan(0);
    for (const p of milestones) expect(p.steps.join('\n')).toMatch(/client_milestones_month_day/);
    for (const p of plans) expect(scans(p.steps), `${p.sql}\n${p.steps.join('\n')}`).toEqual([]);
  });

  it('one account manager’s reminders read by their clients', async () => {
    const ran = await reads(() => core.call('followups.care', { from: '2026-12-20', to: '2027-01-05', mine: true }));
    for (const r of ran) expect(scans(planOf(r)), r.sql).toEqual([]);
  });

  it('the list, a sequence and a client’s milestones read by index', async () => {
    const ran = await reads(async () => {
      for (const filter of ['active', 'overdue', 'mine']) await core.call('followups.list', { filter });
      await core.call('followups.list', { clientId, filter: 'active' });
      await core.call('followups.get', { id: followupId });
      await core.call('followups.milestones', { clientId });
    });
    expect(ran.length).toBeGreaterThan(5);
    for (const r of ran) expect(scans(planOf(r)), `${r.sql}\n${planOf(r).join('\n')}`).toEqual([]);
  });

  it('would read the whole directory for birthdays without the month-day index', async () => {
    const ran = (await reads(() => core.call('followups.care', { from: '2026-12-20', to: '2027-01-05', mine: false }))).filter((r) => /p\.birthday/.test(r.sql));
    core.sqlite.exec('BEGIN');
    try {
      core.sqlite.exec('DROP INDEX people_birthday_month_day');
      expect(ran.some((r) => planOf(r).some((d) => /^SCAN (people|p)\b/.test(d)) || planOf(r).some((d) => /^SCAN c\b|^SCAN clients/.test(d)))).toBe(true);
    } finally {
      core.sqlite.exec('ROLLBACK');
    }
  });
});
