import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupStatus, SnapshotView } from '../../contract/backup';
import type { DestructionRecord } from '../../contract/retention';
import type { VisitSummary } from '../../contract/visits';
import { verifyAuditChain } from '../../main/audit/audit-log';
import { signInUser } from '../helpers/retention-seed';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * A snapshot taken before a destruction still holds what it destroyed; when
 * it is restored, the destructions recorded after it are carried out again at
 * the first start, and their records kept.
 */

const cores: TestCore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

let clock = new Date('2020-03-10T09:00:00');
const now = () => clock;

async function open(dataDir: string, setUp: boolean): Promise<TestCore> {
  const core = await makeTestCore({ dataDir, setUp, now });
  cores.push(core);
  return core;
}

async function jump(core: TestCore, at: string) {
  clock = new Date(at);
  await core.dispatch('session.unlock', { password: ADMIN.password });
}

async function snapshot(core: TestCore): Promise<SnapshotView> {
  await core.call('backup.run', {});
  let status!: BackupStatus;
  await vi.waitFor(
    async () => {
      status = await core.call<BackupStatus>('backup.status', {});
      expect(status.running).toBeNull();
    },
    { timeout: 60_000, interval: 50 },
  );
  return status.last!;
}

describe('retention: restoring an older snapshot', () => {
  it('carries out again the destructions recorded after the snapshot, and keeps their records', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rd-retention-restore-'));
    dirs.push(dataDir);
    const core = await open(dataDir, true);
    const personId = (await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name: '司马相如', phone: '13611112222', idNumber: residentId('110105', '19880808', '512') })).personId;
    await jump(core, '2026-11-27T09:00:00');
    const taken = await snapshot(core);
    await jump(core, '2026-11-27T10:00:00');
    await signInUser(core, 'mgra', ['manager']);
    const asked = await core.call<DestructionRecord>('retention.request', { items: [{ kind: 'person', id: personId }], reason: '期满' });
    await signInUser(core, 'mgrb', ['manager']);
    await core.call('retention.approve', { id: asked.id });
    await signInUser(core, 'mgrc', ['manager']);
    expect((await core.call<DestructionRecord>('retention.approve', { id: asked.id })).status).toBe('done');

    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    await core.call('backup.restore', { id: taken.id, confirm: true });
    cores.splice(cores.indexOf(core), 1);
    await core.close();
    const restored = await open(dataDir, false);
    if ((await restored.call<{ phase: string }>('session.status', {})).phase === 'sealed') await restored.call('session.unseal', { passphrase: core.recovery });
    await restored.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });

    expect(restored.sqlite.prepare('SELECT name, phone, id_number_enc FROM people WHERE id = ?').get(personId)).toEqual({ name: '已销毁', phone: '', id_number_enc: null });
    const record = await restored.call<DestructionRecord>('retention.get', { id: asked.id });
    expect(record).toMatchObject({ code: asked.code, status: 'done', approvals: [{ name: 'mgrb 经理' }, { name: 'mgrc 经理' }] });
    expect(restored.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'destruction.reapply'").pluck().get()).toBe(1);
    expect(verifyAuditChain(restored.context({ operatorId: 'x', operatorName: 'x', roles: ['admin'] }).db)).toBeNull();
    const file = join(dataDir, 'reception.sqlite3');
    const bytes = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from('司马相如'))).toBe(false);
    expect(bytes.includes(Buffer.from('13611112222'))).toBe(false);
  });
});
