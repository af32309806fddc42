import { afterEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../contract/session';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.cleanup();
  core = undefined;
});

const status = (c: TestCore) => c.call<SessionStatus>('session.status', {});

describe('first run', () => {
  it('starts in setup, refuses the desk, and needs the recovery passphrase typed back', async () => {
    core = await makeTestCore({ setUp: false });
    expect(await status(core)).toMatchObject({ phase: 'setup', user: null, permissions: [] });
    expect(await core.dispatch('visits.list', { scope: 'on_site' })).toMatchObject({ ok: false, error: { code: 'SETUP_REQUIRED' } });
    const { passphrase } = await core.call<{ passphrase: string }>('setup.recoveryPassphrase', {});
    expect((await core.call<{ passphrase: string }>('setup.recoveryPassphrase', {})).passphrase).toBe(passphrase);
    const input = { siteName: '总部前台', locale: 'zh-CN', adminLogin: 'Admin', adminName: '王芳', adminPassword: 'Admin-pass-1' };
    expect(await core.dispatch('setup.complete', { ...input, recoveryPassphrase: 'ABCD-EFGH' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'recoveryPassphrase', message: 'recovery.mismatch' }] },
    });
    expect(await status(core)).toMatchObject({ phase: 'setup' });
    const weak = await core.dispatch('setup.complete', { ...input, adminPassword: 'short', recoveryPassphrase: passphrase });
    expect(weak.ok ? [] : weak.error.issues).toContainEqual({ path: 'adminPassword', message: 'password.tooShort' });
    const done = await core.call<SessionStatus>('setup.complete', { ...input, recoveryPassphrase: passphrase.toLowerCase() });
    expect(done).toMatchObject({ phase: 'signedIn', siteName: '总部前台', user: { login: 'admin', name: '王芳', roles: ['admin'] } });
    expect(done.permissions).toContain('users.manage');
    expect(await core.dispatch('setup.complete', { ...input, recoveryPassphrase: passphrase })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('a PC with no keychain', () => {
  it('starts sealed and opens only with the recovery passphrase', async () => {
    const first = await makeTestCore();
    const v = await first.call<{ visitorId: string }>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await first.close();
    core = await makeTestCore({ dataDir: first.dataDir, setUp: false });
    core.recovery = first.recovery;
    expect(await status(core)).toMatchObject({ phase: 'sealed', keyProtection: 'passphrase' });
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'SEALED' } });
    expect(await core.dispatch('session.unseal', { passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await core.call<SessionStatus>('session.unseal', { passphrase: first.recovery })).toMatchObject({ phase: 'signedOut' });
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const shown = await core.call<{ idNumber: string }>('visitors.revealId', { visitorId: v.visitorId, reason: '核对身份' });
    expect(shown.idNumber).toBe(residentId());
  });
});

describe('sign-in', () => {
  it('says the same for a wrong password and an unknown login, and shuts after five failures with a growing wait', async () => {
    let clock = new Date('2026-11-27T09:00:00');
    core = await makeTestCore({ now: () => clock });
    await core.call('session.signOut', {});
    const wrong = await core.dispatch('session.signIn', { login: ADMIN.login, password: 'nope-1234' });
    const unknown = await core.dispatch('session.signIn', { login: 'ghost', password: 'nope-1234' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    for (let i = 0; i < 3; i++) await core.dispatch('session.signIn', { login: 'ADMIN', password: 'nope-1234' });
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: 'nope-1234' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', details: { retryAfterSeconds: 30 } },
    });
    // Even the right password waits.
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    clock = new Date(clock.getTime() + 31_000);
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: 'nope-1234' })).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', details: { retryAfterSeconds: 60 } },
    });
    clock = new Date(clock.getTime() + 61_000);
    expect(await core.call<SessionStatus>('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ phase: 'signedIn' });
    const { entries } = await core.call<{ entries: { action: string; detail: Record<string, unknown> }[] }>('audit.list', { action: 'session.signInFailed' });
    // One for the unknown login, six for the administrator (a refusal while shut is not a new attempt).
    expect(entries).toHaveLength(7);
    expect(JSON.stringify(entries)).not.toContain('nope-1234');
  });

  it('locks on demand and after idle time; only the password unlocks', async () => {
    let clock = new Date('2026-11-27T09:00:00');
    core = await makeTestCore({ now: () => clock });
    await core.call('session.lock', {});
    expect(await core.dispatch('visits.list', { scope: 'on_site' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await status(core)).toMatchObject({ phase: 'locked', permissions: [], user: { login: 'admin' } });
    expect(await core.dispatch('session.unlock', { password: 'wrong-123' })).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    expect(await core.call<SessionStatus>('session.unlock', { password: ADMIN.password })).toMatchObject({ phase: 'signedIn' });

    // Background refreshes do not keep the desk awake; a touch (user input) does.
    clock = new Date(clock.getTime() + 9 * 60_000);
    await core.call('visits.list', { scope: 'on_site' });
    await core.call('session.touch', {});
    clock = new Date(clock.getTime() + 9 * 60_000);
    await core.call('visits.list', { scope: 'on_site' });
    clock = new Date(clock.getTime() + 2 * 60_000);
    expect(await core.dispatch('visits.list', { scope: 'on_site' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await core.call('session.unlock', { password: ADMIN.password });
    const { entries } = await core.call<{ entries: { detail: { lockedAt: string } }[] }>('audit.list', { action: 'session.idleLock' });
    expect(entries).toHaveLength(1);
  });

  it('changes a password only with the current one', async () => {
    core = await makeTestCore();
    expect(await core.dispatch('session.changePassword', { current: 'wrong', next: 'New-pass-22' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'current', message: 'password.wrongCurrent' }] },
    });
    expect(await core.dispatch('session.changePassword', { current: ADMIN.password, next: 'weakpassword' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'next', message: 'password.weak' }] },
    });
    await core.call('session.changePassword', { current: ADMIN.password, next: 'New-pass-22' });
    await core.call('session.signOut', {});
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    expect(await core.call<SessionStatus>('session.signIn', { login: ADMIN.login, password: 'New-pass-22' })).toMatchObject({ phase: 'signedIn' });
  });
});
