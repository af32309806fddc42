import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, findChannel } from '../../contract';
import { PrintJobStore } from '../../main/print/job-store';
import { appHandlers } from '../../main/router/app-handlers';
import { createRouter } from '../../main/router/router';
import { ROLE_PERMISSIONS, ROLES, type Role } from '../../main/security/roles';
import { makeTestCore, type TestCore } from '../helpers/test-core';

let core: TestCore;
beforeAll(async () => (core = await makeTestCore()));
afterAll(() => core.cleanup());

function routerFor(role: Role | null) {
  return createRouter({
    handlers: appHandlers(new PrintJobStore()),
    session: () => (role ? { operatorId: role, operatorName: role, roles: [role] } : null),
    context: core.context,
    logError: () => {},
  });
}

describe.each(ROLES)('role %s', (role) => {
  it.each(channelNames())('%s follows the permission table', async (name) => {
    const allowed = ROLE_PERMISSIONS[role].includes(findChannel(name)!.permission);
    const result = await routerFor(role)(name, {});
    if (allowed) expect(result.ok || result.error.code !== 'FORBIDDEN').toBe(true);
    else expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('no session', () => {
  it.each(channelNames())('%s is refused', async (name) => {
    expect(await routerFor(null)(name, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});
