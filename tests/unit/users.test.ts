import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../contract/session';
import type { UserSummary } from '../../contract/users';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

let core: TestCore;
beforeEach(async () => (core = await makeTestCore()));
afterEach(() => core.cleanup());

const create = (input: object) => core.call<UserSummary>('users.create', { login: 'liming', name: '李明', department: '前台', roles: ['receptionist'], password: 'First-pass-1', ...input });

describe('accounts', () => {
  it('creates staff who must change the first password, and never shows a hash', async () => {
    const user = await create({});
    expect(user).toMatchObject({ login: 'liming', roles: ['receptionist'], active: true, mustChangePassword: true });
    expect(JSON.stringify(await core.call('users.list', {}))).not.toMatch(/scrypt|passwordHash|First-pass/);
    expect(await core.dispatch('users.create', { login: 'LiMing', name: '另一个', roles: ['auditor'], password: 'First-pass-1' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'loginTaken' } },
    });
    await core.call('session.signOut', {});
    const signedIn = await core.call<SessionStatus>('session.signIn', { login: 'liming', password: 'First-pass-1' });
    expect(signedIn).toMatchObject({ user: { mustChangePassword: true } });
    expect(signedIn.permissions).not.toContain('users.manage');
  });

  it('keeps at least one active administrator', async () => {
    const [admin] = (await core.call<{ items: UserSummary[] }>('users.list', {})).items;
    expect(await core.dispatch('users.update', { id: admin!.id, active: false })).toMatchObject({ ok: false, error: { details: { reason: 'lastAdmin' } } });
    expect(await core.dispatch('users.update', { id: admin!.id, roles: ['manager'] })).toMatchObject({ ok: false, error: { details: { reason: 'lastAdmin' } } });
    expect((await core.call<{ items: UserSummary[] }>('users.list', {})).items[0]).toMatchObject({ active: true, roles: ['admin'] });
    const second = await create({ login: 'zhao', roles: ['admin'] });
    const demoted = await core.call<UserSummary>('users.update', { id: admin!.id, roles: ['manager', 'auditor'] });
    expect(demoted.roles).toEqual(['manager', 'auditor']);
    // The desk session follows its own account's change at once.
    expect(await core.dispatch('users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(second.roles).toEqual(['admin']);
  });

  it('resets a password and lifts a lock-out; the reset is audited without the password', async () => {
    const user = await create({});
    await core.call('session.signOut', {});
    for (let i = 0; i < 5; i++) await core.dispatch('session.signIn', { login: 'liming', password: 'wrong-pass-1' });
    expect(await core.dispatch('session.signIn', { login: 'liming', password: 'First-pass-1' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const lockedUntil = (await core.call<{ items: UserSummary[] }>('users.list', {})).items.find((u) => u.id === user.id)?.lockedUntil;
    // The fifth failure shuts the account for 30 s.
    expect(new Date(lockedUntil!).getTime() - Date.now()).toBeGreaterThan(20_000);
    expect(new Date(lockedUntil!).getTime() - Date.now()).toBeLessThanOrEqual(30_000);
    await core.call('users.resetPassword', { id: user.id, password: 'Reset-pass-9' });
    expect((await core.call<{ items: UserSummary[] }>('users.list', {})).items.find((u) => u.id === user.id)).toMatchObject({ lockedUntil: null, mustChangePassword: true });
    await core.call('session.signOut', {});
    expect(await core.call<SessionStatus>('session.signIn', { login: 'liming', password: 'Reset-pass-9' })).toMatchObject({ phase: 'signedIn' });
    const log = JSON.stringify(core.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(log).not.toContain('Reset-pass-9');
    expect(log).toContain('user.resetPassword');
  });

  it('shows the permission table the router enforces', async () => {
    const table = await core.call<{ grants: Record<string, string[]>; permissions: string[] }>('users.permissionTable', {});
    expect(table.grants.receptionist).toContain('visitors.register');
    expect(table.grants.receptionist).not.toContain('sensitive.reveal');
    expect(table.grants.auditor).toEqual(expect.arrayContaining(['audit.view', 'audit.export']));
    expect(table.permissions).not.toContain('public');
  });
});
