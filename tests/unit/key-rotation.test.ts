import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyStatus } from '../../contract/keys';
import type { VisitorSummary } from '../../contract/visitors';
import { ROTATION_BATCH, rotateBatch } from '../../main/services/keys/key-rotation';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.cleanup();
  core = undefined;
});

const COUNT = ROTATION_BATCH * 2 + 37;

async function seed(c: TestCore): Promise<string[]> {
  const sqlite = c.sqlite;
  const ids: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const v = await c.call<{ id: string; personId: string }>('visits.checkIn', { ...WALK_IN, name: `访客${i}`, phone: '', idType: 'passport', idNumber: `E${String(10_000_000 + i)}` });
    sqlite.prepare("UPDATE visits SET status = 'checked_out' WHERE id = ?").run(v.id);
    ids.push(v.personId);
  }
  return ids;
}

function prefixes(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, 'reception.sqlite3'), { readonly: true });
  const rows = db.prepare("SELECT substr(id_number_enc, 1, 3) AS p, COUNT(*) AS n FROM people WHERE id_number_enc IS NOT NULL GROUP BY p").all() as { p: string; n: number }[];
  db.close();
  return Object.fromEntries(rows.map((r) => [r.p, r.n]));
}

describe('data key rotation', () => {
  it('needs the recovery passphrase and the admin role', async () => {
    core = await makeTestCore();
    expect(await core.dispatch('keys.rotate', { recoveryPassphrase: 'AAAA-BBBB' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await core.signInAs('manager');
    expect(await core.dispatch('keys.rotate', { recoveryPassphrase: core.recovery })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('re-seals every value in the background while the desk keeps working, then destroys the old key', async () => {
    core = await makeTestCore();
    const ids = await seed(core);
    const started = await core.call<KeyStatus>('keys.rotate', { recoveryPassphrase: core.recovery });
    expect(started).toMatchObject({ currentKeyId: 2, rotating: true, total: COUNT });
    expect(started.done).toBeLessThan(COUNT);
    // Mid-rotation: a returning visitor is still found by ID number, new values use the new key.
    const [found] = await core.call<VisitorSummary[]>('visitors.search', { query: `E${10_000_000 + COUNT - 1}` });
    expect(found?.id).toBe(ids[COUNT - 1]);
    await core.call('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await core.runtime.rotation;
    expect(await core.call<KeyStatus>('keys.status', {})).toMatchObject({ currentKeyId: 2, rotating: false, done: COUNT + 1, total: COUNT + 1 });
    expect(prefixes(core.dataDir)).toEqual({ 'k2:': COUNT + 1 });
    expect(Object.keys(JSON.parse(readFileSync(join(core.dataDir, 'data-key.json'), 'utf8')).keys)).toEqual(['2']);
    expect((await core.call<{ idNumber: string }>('visitors.revealId', { personId: ids[7], reason: '核对身份' })).idNumber).toBe('E10000007');
    expect((await core.call<VisitorSummary[]>('visitors.search', { query: 'E10000007' }))[0]?.id).toBe(ids[7]);
  });

  it('resumes after a crash mid-rotation, and opens with the recovery passphrase on a new start', async () => {
    const first = await makeTestCore();
    await seed(first);
    // Rotate by hand, one batch, then "crash": no clean stop, the old key is still in the file.
    first.runtime.openWith(await first.runtime.keys.addKey(first.recovery));
    rotateBatch(first.context(first.runtime.session.current()!));
    expect(prefixes(first.dataDir)).toEqual({ 'k1:': COUNT - ROTATION_BATCH, 'k2:': ROTATION_BATCH });
    await first.close();

    core = await makeTestCore({ dataDir: first.dataDir, setUp: false });
    core.recovery = first.recovery;
    expect(core.runtime.rotation).toBeNull(); // sealed: nothing can run yet
    await core.call('session.unseal', { passphrase: first.recovery });
    await core.runtime.rotation;
    expect(prefixes(core.dataDir)).toEqual({ 'k2:': COUNT });
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    expect((await core.call<{ entries: unknown[] }>('audit.list', { action: 'keys.rotateDone' })).entries).toHaveLength(1);
  });
});
