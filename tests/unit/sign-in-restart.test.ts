import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN, makeTestCore } from '../helpers/test-core';

/**
 * Lock-outs are counted in memory (a failed sign-in writes nothing but its audit
 * entry), and read back from that audit trail at start: closing and opening
 * the app must not reopen a login that failed attempts have shut.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'reception-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let clock = new Date('2026-11-27T09:00:00Z');
const now = () => clock;

describe('a restart keeps lock-outs', () => {
  it('a shut login, known or not, is still shut after the app starts again, and opens when its wait is over', async () => {
    const first = await makeTestCore({ dataDir, now });
    const recovery = first.recovery;
    await first.call('session.signOut', {});
    for (let i = 0; i < 5; i++) {
      await first.dispatch('session.signIn', { login: ADMIN.login, password: 'Wrong-pass-1' });
      await first.dispatch('session.signIn', { login: 'nobody', password: 'Wrong-pass-1' });
    }
    await first.close();

    const again = await makeTestCore({ dataDir, now, setUp: false });
    try {
      await again.call('session.unseal', { passphrase: recovery });
      const locked = { ok: false, error: { code: 'ACCOUNT_LOCKED', details: { retryAfterSeconds: 30 } } };
      expect(await again.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject(locked);
      expect(await again.dispatch('session.signIn', { login: 'nobody', password: 'Wrong-pass-1' })).toMatchObject(locked);
      clock = new Date(clock.getTime() + 31_000);
      expect(await again.dispatch('session.signIn', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ ok: true });
    } finally {
      await again.close();
    }
  });

  it('a success since the failures opens the login; a day-old failure is forgotten', async () => {
    const startAt = async (at: Date) => {
      const core = await makeTestCore({ dataDir, now: () => at, setUp: false });
      const limiter = core.runtime.signInLimiter;
      const state = { size: limiter.size, admin: limiter.retryAfterSeconds(ADMIN.login, at), nobody: limiter.retryAfterSeconds('nobody', at) };
      await core.close();
      return state;
    };
    // Admin signed in after its failures; "nobody" never did (its wait is counted from its last failure).
    expect(await startAt(new Date(clock.getTime() + 1000))).toEqual({ size: 1, admin: 0, nobody: 0 });
    expect(await startAt(new Date(clock.getTime() + 25 * 3600_000))).toEqual({ size: 0, admin: 0, nobody: 0 });
  });
});
