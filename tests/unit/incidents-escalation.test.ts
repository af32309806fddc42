import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentRules } from '../../contract/incidents';
import { DEFAULT_INCIDENT_RULES } from '../../contract/incidents';
import { SYSTEM } from '../../main/core/context';
import { escalateDue } from '../../main/services/incidents';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Escalation with a fake clock: an overdue incident goes to the next tier's
 * owner by itself, each new limit counted from the deadline that was missed,
 * so a desk that was off for days ends where one that stayed awake would.
 */

const dirs: string[] = [];
const cores: TestCore[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Desk {
  core: TestCore;
  at: (local: string) => Promise<void>;
  /** Sets the clock without touching the session. */
  clock: (at: Date) => void;
}

/** A desk on its own folder, with a settable local clock (unlocked again after each jump past the idle lock). */
async function desk(dataDir: string, start: string, opts: { setUp?: boolean; recovery?: string } = {}): Promise<Desk> {
  let clock = new Date(start);
  const core = await makeTestCore({ dataDir, now: () => clock, setUp: opts.setUp });
  cores.push(core);
  if (opts.recovery) {
    await core.call('session.unseal', { passphrase: opts.recovery });
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  }
  return {
    core,
    clock: (at) => (clock = at),
    at: async (local) => {
      clock = new Date(local);
      await core.dispatch('session.unlock', { password: ADMIN.password });
    },
  };
}

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'reception-escalation-'));
  dirs.push(d);
  return d;
}

const userId = (core: TestCore, login: string) => core.sqlite.prepare('SELECT id FROM users WHERE login = ?').pluck().get(login) as string;

/** Rules with a named urgent owner (the manager) and the default queues around it; returns the manager's id. */
async function setUp(d: Desk): Promise<{ manager: string; desk: string }> {
  await d.core.signInAs('manager');
  await d.core.signInAs('receptionist');
  await d.core.call('session.signOut', {});
  await d.core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
  const manager = userId(d.core, 'manager1');
  const rules: IncidentRules = { ...DEFAULT_INCIDENT_RULES, tiers: DEFAULT_INCIDENT_RULES.tiers.map((t) => (t.tier === 'urgent' ? { ...t, ownerUserId: manager } : t)) };
  await d.core.call('incidents.saveRules', rules);
  return { manager, desk: userId(d.core, 'receptionist1') };
}

/** What escalation decides, without the instants of who-did-what. */
function outcome(i: IncidentDetail) {
  return {
    tier: i.tier,
    status: i.status,
    escalations: i.escalations,
    ownerUserId: i.ownerUserId,
    ownerRole: i.ownerRole,
    deadlineAt: i.deadlineAt,
    overdue: i.overdue,
    involvedNames: i.involvedNames,
    escalated: i.timeline.filter((e) => e.kind === 'escalated').map((e) => [e.value, e.text, e.byName]),
  };
}

const limitFrom = (core: TestCore, id: string) => core.sqlite.prepare('SELECT limit_from FROM incidents WHERE id = ?').pluck().get(id);

describe('escalation', () => {
  it('moves tier by tier as deadlines pass, across midnight and a weekend, keeping everyone involved', async () => {
    const d = await desk(folder(), '2026-11-27T17:00:00');
    const { desk: deskUser } = await setUp(d);
    // Friday 17:00: 8 working hours are one hour today and seven on Monday.
    const i = await d.core.call<IncidentDetail>('incidents.record', { category: 'complaint', title: '投诉：等候时间过长', ownerUserId: deskUser });
    expect(i.deadlineAt).toBe('2026-11-30T16:00');
    await d.at('2026-11-29T23:59:00');
    expect(outcome(await d.core.call<IncidentDetail>('incidents.get', { id: i.id }))).toMatchObject({ tier: 'ordinary', escalations: 0 });
    // Monday 16:00: to the urgent tier's named owner, 4 clock hours from the missed deadline.
    await d.at('2026-11-30T16:00:00');
    expect(outcome(await d.core.call<IncidentDetail>('incidents.get', { id: i.id }))).toMatchObject({
      tier: 'urgent',
      escalations: 1,
      ownerUserId: userId(d.core, 'manager1'),
      deadlineAt: '2026-11-30T20:00',
      overdue: false,
      involvedNames: ['系统管理员', 'receptionist 用户', 'manager 用户'],
    });
    expect(limitFrom(d.core, i.id)).toBe('2026-11-30T16:00');
    // Across midnight, nobody looking: the critical tier's queue (administrators), one hour from 20:00; then it stays overdue.
    await d.at('2026-12-01T00:30:00');
    const top = await d.core.call<IncidentDetail>('incidents.get', { id: i.id });
    expect(outcome(top)).toMatchObject({ tier: 'critical', escalations: 2, ownerUserId: null, ownerRole: 'admin', deadlineAt: '2026-11-30T21:00', overdue: true });
    expect(outcome(top).escalated).toEqual([
      ['urgent', 'manager 用户', '系统 / system'],
      ['critical', '', '系统 / system'],
    ]);
    await d.at('2026-12-02T09:00:00');
    expect(outcome(await d.core.call<IncidentDetail>('incidents.get', { id: i.id }))).toEqual(outcome(top));
    const entries = d.core.sqlite.prepare("SELECT actor FROM audit_log WHERE action = 'incident.escalate'").pluck().all();
    expect(entries).toEqual(['system', 'system']);
  });

  it('after a restart days later, escalates through every tier exactly as a desk that stayed awake', async () => {
    // Thursday 17:00: the ordinary limit ends Friday 16:00, urgent 20:00, critical 21:00.
    const start = '2026-11-26T17:00:00';
    const awake = await desk(folder(), start);
    await setUp(awake);
    const a = await awake.core.call<IncidentDetail>('incidents.record', { category: 'complaint', title: '车辆未按时到达' });
    // Awake: the timer's work every quarter of an hour for three days, as the app itself (the minute timer's context).
    const system = awake.core.context(SYSTEM);
    for (let q = 1; q <= 3 * 24 * 4; q++) {
      awake.clock(new Date(new Date(start).getTime() + q * 15 * 60_000));
      escalateDue(system);
    }
    await awake.at('2026-11-29T17:00:00');
    const awakeEnd = outcome(await awake.core.call<IncidentDetail>('incidents.get', { id: a.id }));

    const dataDir = folder();
    const first = await desk(dataDir, start);
    await setUp(first);
    const recovery = first.core.recovery;
    const s = await first.core.call<IncidentDetail>('incidents.record', { category: 'complaint', title: '车辆未按时到达' });
    await first.core.close();
    // Three days later the desk starts again; it escalates as soon as its data opens, before anyone reads.
    const again = await desk(dataDir, '2026-11-29T17:00:00', { setUp: false, recovery });
    const row = again.core.sqlite.prepare('SELECT tier, escalations, limit_from, deadline_at FROM incidents WHERE id = ?').get(s.id);
    expect(row).toEqual({ tier: 'critical', escalations: 2, limit_from: '2026-11-27T20:00', deadline_at: '2026-11-27T21:00' });
    expect(outcome(await again.core.call<IncidentDetail>('incidents.get', { id: s.id }))).toEqual(awakeEnd);
    expect(awakeEnd).toMatchObject({ tier: 'critical', escalations: 2, deadlineAt: '2026-11-27T21:00', overdue: true });
  });

  it('does not touch resolved incidents, and writes nothing when nothing is due', async () => {
    const d = await desk(folder(), '2026-11-26T10:00:00');
    const i = await d.core.call<IncidentDetail>('incidents.record', { category: 'enquiry', title: '咨询停车', tier: 'urgent' });
    await d.core.call('incidents.resolve', { id: i.id, resolution: '已告知', rootCause: 'information' });
    const audits = () => d.core.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
    await d.at('2026-11-28T10:00:00');
    const before = audits();
    await d.core.call('incidents.list', { filter: 'all' });
    expect(audits()).toBe(before);
    expect((await d.core.call<IncidentDetail>('incidents.get', { id: i.id })).tier).toBe('urgent');
  });
});
