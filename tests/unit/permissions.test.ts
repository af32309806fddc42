import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, findChannel } from '../../contract';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../main/security/roles';
import { getUser, toSessionUser } from '../../main/services/users/user-rows';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/**
 * Every channel with every role, through the real gate and router, against the
 * one permission table. Allowed calls get past the gate (their {} input then
 * fails validation or runs); refused ones get FORBIDDEN and nothing else.
 */
let core: TestCore;
const userIds = new Map<Role, string>();
beforeAll(async () => {
  core = await makeTestCore();
  for (const role of ROLES) {
    await core.signInAs(role);
    userIds.set(role, core.runtime.session.current()!.operatorId);
  }
});
afterAll(() => core.cleanup());

function actAs(role: Role) {
  const { db } = core.context(core.runtime.session.current() ?? { operatorId: '', operatorName: '', roles: [] });
  core.runtime.session.signIn(toSessionUser(getUser(db, userIds.get(role)!)), new Date());
}

describe.each(ROLES)('role %s', (role) => {
  it.each(channelNames())('%s follows the permission table', async (name) => {
    actAs(role);
    const { permission } = findChannel(name)!;
    const allowed = permission === 'public' || permission === 'session' || ROLE_PERMISSIONS[role].includes(permission);
    const result = await core.dispatch(name, {});
    if (allowed) expect(result.ok || result.error.code !== 'FORBIDDEN').toBe(true);
    else expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the desk refuses everything but public channels', () => {
  const guarded = channelNames().filter((n) => findChannel(n)!.permission !== 'public');

  it.each(guarded)('%s when signed out', async (name) => {
    core.runtime.session.signOut();
    expect(await core.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it.each(guarded)('%s when locked', async (name) => {
    actAs('admin');
    core.runtime.session.lock();
    expect(await core.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
