import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, findChannel } from '../../contract';
import type { SessionStatus } from '../../contract/session';
import { users } from '../../db/schema';
import { toSessionUser } from '../../main/services/users/user-rows';
import { insertItem, insertList, insertTemplate, seedPlan } from '../helpers/quality-seed';
import { ADMIN, makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/**
 * A signed-out or locked desk changes no stored data: every channel that needs
 * no role is called in both states, with inputs that would change something if
 * they could, and every table but the audit log — and every file beside the
 * database — must read the same afterwards.
 */
let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore();
  // Something in the tables to compare: a visit and a second user.
  await core.call('users.create', { login: 'liming', name: '李明', roles: ['receptionist'], password: 'First-pass-1' });
}, 60_000);
afterAll(() => core.cleanup());

const SETUP = { siteName: '另一个园区', locale: 'en', adminLogin: 'root', adminName: '新管理员', adminPassword: 'Root-pass-1', recoveryPassphrase: 'AAAA-BBBB' };

/** What to send each public or session channel: the inputs most likely to write, and the empty one. */
const INPUTS: Record<string, unknown[]> = {
  'session.status': [{}],
  'session.unseal': [{ passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' }],
  'session.signIn': [{ login: ADMIN.login, password: 'wrong-pass-1' }, { login: 'liming', password: 'wrong-pass-1' }, { login: 'ghost', password: 'wrong-pass-1' }, {}],
  'session.signOut': [{}],
  'session.lock': [{}],
  'session.unlock': [{ password: 'wrong-pass-1' }, {}],
  'session.touch': [{}],
  'session.setLocale': [{ locale: 'en' }, { locale: 'zh-CN' }, { locale: 'en' }],
  'session.changePassword': [{ current: ADMIN.password, next: 'Changed-pass-9' }],
  'setup.recoveryPassphrase': [{}],
  'setup.complete': [SETUP],
  'setup.findBackups': [{ folder: '/nonexistent/backups', recoveryPassphrase: 'AAAA-BBBB' }],
  'setup.restore': [{ folder: '/nonexistent/backups', snapshotId: '20261128T000000000Z-abcdef', recoveryPassphrase: 'AAAA-BBBB' }],
  'setup.chooseFolder': [{}],
};

function tableDigests(): Record<string, string> {
  const { sqlite } = core;
  // audit_actions and audit_actors are the log's own indexes of its actions and actors (kept by triggers on audit_log): they move with the log.
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'audit_actions', 'audit_actors') ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(
    tables.map((t) => {
      const rows = sqlite.prepare(`SELECT * FROM "${t.replaceAll('"', '""')}"`).raw().all();
      return [t, createHash('sha256').update(JSON.stringify(rows, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).digest('hex')];
    }),
  );
}

/** Every file in the data folder but the database itself (checked table by table above). */
function fileDigests(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      // The audit seal follows the audit log, which the refused calls do write (main/audit/seal.ts).
      else if (!/reception\.sqlite3(-wal|-shm)?$/.test(name) && name !== 'audit-seal.json') out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(core.dataDir);
  return out;
}

const noRole = channelNames().filter((n) => ['public', 'session'].includes(findChannel(n)!.permission));

async function signedOut() {
  core.runtime.session.signOut();
}
/** Signed in as the administrator straight in the runtime (a sign-in through the channel is a write of its own), then locked. */
async function locked() {
  const { db } = core.context(core.runtime.session.current() ?? { operatorId: '', operatorName: '', roles: [] });
  core.runtime.session.signIn(toSessionUser(db.select().from(users).where(eq(users.login, ADMIN.login)).get()!), new Date());
  core.runtime.session.lock();
}

describe('a desk nobody has opened stores nothing', () => {
  it('has inputs for every channel that needs no role', () => {
    expect(noRole.slice().sort()).toEqual(Object.keys(INPUTS).sort());
  });

  it.each([
    ['signed out', signedOut],
    ['locked', locked],
  ] as const)('%s: every public and session channel leaves every table but the audit log as it was', async (_state, enter) => {
    await enter();
    const tables = tableDigests();
    const files = fileDigests();
    const auditBefore = (await auditCount());
    let calls = 0;
    for (const name of noRole) {
      for (const input of INPUTS[name]!) {
        await enter();
        await core.dispatch(name, input);
        calls++;
      }
    }
    await enter();
    expect(calls).toBeGreaterThan(noRole.length);
    expect(tableDigests()).toEqual(tables);
    expect(fileDigests()).toEqual(files);
    // The failures themselves are the audit trail.
    expect(await auditCount()).toBeGreaterThan(auditBefore);
  }, 60_000);

  it('a language chosen while signed out changes the screens, not the stored setting; signed in it is stored and audited', async () => {
    core.runtime.session.signOut();
    const chosen = await core.call<SessionStatus>('session.setLocale', { locale: 'en' });
    expect(chosen).toMatchObject({ phase: 'signedOut', locale: 'en' });
    const signedIn = await core.call<SessionStatus>('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    // Still English for this run: the choice carries on to the signed-in screens ...
    expect(signedIn.locale).toBe('en');
    // ... but the site's setting is what it was.
    expect(await core.call('settings.get', {})).toMatchObject({ locale: 'zh-CN' });
    await core.call('session.setLocale', { locale: 'en' });
    expect(await core.call('settings.get', {})).toMatchObject({ locale: 'en' });
    const { entries } = await core.call<{ entries: { actor: string; detail: unknown }[] }>('audit.list', { action: 'settings.locale' });
    expect(entries).toEqual([expect.objectContaining({ actor: ADMIN.name, detail: { locale: 'en' } })]);
  });
});

/**
 * The quality and checklist-print channels need a role: a signed-out or
 * locked desk calling them (with inputs that would write: an inspection, the
 * emergency plan, a drill, a hand-off that stamps its items, a roll call)
 * is refused before the service, and nothing is stored, no file saved.
 */
describe('quality and checklist prints on a desk nobody has opened', () => {
  let inputs: Record<string, unknown>;
  beforeAll(async () => {
    core.runtime.session.signOut();
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const planId = await seedPlan(core, { title: '华为来访', status: 'confirmed', arrivalAt: '2026-12-10T09:00', departureAt: '2026-12-10T17:00' });
    const list = insertList(core.sqlite, { planId, templateId: null, name: '场地与设备' });
    insertItem(core.sqlite, { planId, listId: list, text: '投影仪调试', dueAt: '2026-12-10T08:00', department: 'it' });
    const template = insertTemplate(core.sqlite, { name: '设施检查', kind: 'inspection', sections: [{ title: '设施', items: ['照明'] }] });
    await core.call('visits.checkIn', { ...WALK_IN, name: '在场访客', phone: '13800000009' });
    const drill = await core.call<{ id: string }>('quality.saveDrill', { heldAt: '2026-11-02T15:00', scenario: 'fire', participants: ['王芳'] });
    const plan = { contacts: [], assemblyPoint: '东门', spareRoom: '', spareVehicle: '', procedures: '' };
    inputs = {
      'quality.inspections': {},
      'quality.recordInspection': { templateId: template.id, inspectedAt: '2026-11-01T10:00', results: [{ itemId: template.itemIds[0], result: 'pass' }] },
      'quality.completeness': { from: '2026-12-01', to: '2026-12-31' },
      'quality.compliance': { from: '2026-12-01', to: '2026-12-31', by: 'person' },
      'quality.emergencyPlan': {},
      'quality.saveEmergencyPlan': { planId: null, plan },
      'quality.drills': {},
      'quality.saveDrill': { id: drill.id, heldAt: '2026-11-03T15:00', scenario: 'medical', participants: ['李娜'] },
      'print.checklist': { planId, locale: 'zh-CN', printerId: 'pdf' },
      'print.handoff': { planId, department: 'it', locale: 'zh-CN', printerId: 'pdf' },
      'print.rollCall': { locale: 'zh-CN', printerId: 'pdf' },
    };
    // Each would succeed signed in (so a refusal below is the session's, not the input's).
    for (const [name, input] of Object.entries(inputs)) expect(await core.dispatch(name, input), name).toMatchObject({ ok: true });
  }, 60_000);

  it('has inputs for every quality channel and every checklist print', () => {
    const covered = channelNames().filter((n) => n.startsWith('quality.') || ['print.checklist', 'print.handoff', 'print.rollCall'].includes(n));
    expect(covered.sort()).toEqual(Object.keys(inputs).sort());
  });

  it.each([
    ['signed out', signedOut, 'UNAUTHORIZED'],
    ['locked', locked, 'LOCKED'],
  ] as const)('%s: each is refused and nothing is stored', async (_state, enter, code) => {
    await enter();
    const tables = tableDigests();
    const files = fileDigests();
    for (const [name, input] of Object.entries(inputs)) {
      await enter();
      expect(await core.dispatch(name, input), name).toMatchObject({ ok: false, error: { code } });
    }
    expect(tableDigests()).toEqual(tables);
    expect(fileDigests()).toEqual(files);
  });
});

async function auditCount(): Promise<number> {
  const { sqlite } = core;
  return sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}
