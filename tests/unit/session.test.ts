import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../../contract/session';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/** A seam on the password hash: every answer to a sign-in must have spent one scrypt, whoever asked. */
const scrypt = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../main/security/scrypt', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../main/security/scrypt')>();
  return {
    ...real,
    scryptKey: (...args: Parameters<typeof real.scryptKey>) => {
      scrypt.calls++;
      return real.scryptKey(...args);
    },
  };
});

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
    const v = await first.call<{ personId: string }>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await first.close();
    core = await makeTestCore({ dataDir: first.dataDir, setUp: false });
    core.recovery = first.recovery;
    expect(await status(core)).toMatchObject({ phase: 'sealed', keyProtection: 'passphrase' });
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'SEALED' } });
    expect(await core.dispatch('session.unseal', { passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await core.call<SessionStatus>('session.unseal', { passphrase: first.recovery })).toMatchObject({ phase: 'signedOut' });
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const shown = await core.call<{ idNumber: string }>('visitors.revealId', { personId: v.personId, reason: '核对身份' });
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

describe('sign-in tells no one which logins exist', () => {
  /** One call, with the scrypt work it did and how long it took. */
  async function attempt(channel: string, input: object) {
    const before = scrypt.calls;
    const started = performance.now();
    const result = await core!.dispatch(channel, input);
    return { result, scrypts: scrypt.calls - before, ms: performance.now() - started };
  }
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  it('a shut account and a login that does not exist answer the same, after the same password work', async () => {
    const clock = new Date('2026-11-27T09:00:00');
    core = await makeTestCore({ now: () => clock });
    await core.call('users.create', { login: 'liming', name: '李明', roles: ['receptionist'], password: 'First-pass-1' });
    await core.call('users.update', { id: (await core.call<{ items: { id: string; login: string }[] }>('users.list', {})).items.find((u) => u.login === 'liming')!.id, active: false });
    await core.call('session.signOut', {});
    // Warm the stand-in hash an unknown login is checked against.
    await attempt('session.signIn', { login: 'warm-up', password: 'nope-1234' });

    const logins = [ADMIN.login, 'ghost', 'liming'];
    for (let i = 1; i <= 5; i++) {
      const answers = [];
      for (const login of logins) {
        const a = await attempt('session.signIn', { login, password: 'nope-1234' });
        expect(a.scrypts, `${login}, try ${i}`).toBe(1);
        answers.push(a.result);
      }
      // Same code, same keys, same details for the account, the unknown name and the disabled account.
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      expect(answers[0]).toMatchObject({ ok: false, error: { code: i < 5 ? 'INVALID_CREDENTIALS' : 'ACCOUNT_LOCKED' } });
    }
    expect((await core.dispatch('session.signIn', { login: 'ghost', password: 'nope-1234' }))).toEqual({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', message: expect.any(String), details: { retryAfterSeconds: 30 } },
    });

    // While shut, every answer still costs the check (the right password too), and the times match.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      const k = await attempt('session.signIn', { login: ADMIN.login, password: ADMIN.password });
      const u = await attempt('session.signIn', { login: 'ghost', password: 'nope-1234' });
      expect([k.scrypts, u.scrypts]).toEqual([1, 1]);
      expect(k.result).toEqual(u.result);
      known.push(k.ms);
      unknown.push(u.ms);
    }
    // Both are one scrypt each (about 0.1 s); answering without it would be a hundred times faster.
    expect(median(known)).toBeGreaterThan(median(unknown) / 3);
    expect(median(unknown)).toBeGreaterThan(median(known) / 3);
  }, 60_000);

  it('unlocking counts failures the same way and spends the same work when shut', async () => {
    const clock = new Date('2026-11-27T09:00:00');
    core = await makeTestCore({ now: () => clock });
    await core.call('session.lock', {});
    for (let i = 1; i <= 5; i++) {
      const a = await attempt('session.unlock', { password: 'wrong-123' });
      expect(a.scrypts).toBe(1);
      expect(a.result).toMatchObject({ ok: false, error: { code: i < 5 ? 'INVALID_CREDENTIALS' : 'ACCOUNT_LOCKED' } });
    }
    const shut = await attempt('session.unlock', { password: ADMIN.password });
    expect(shut).toMatchObject({ scrypts: 1, result: { ok: false, error: { code: 'ACCOUNT_LOCKED', details: { retryAfterSeconds: 30 } } } });
    // Unlock and sign-in share one count per login.
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
  }, 60_000);
});
