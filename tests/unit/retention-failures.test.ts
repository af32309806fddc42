import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DestructionRecord } from '../../contract/retention';
import type { VisitSummary } from '../../contract/visits';
import { insertClass, insertDocument, storeFile } from '../helpers/archive-rows';
import { signInUser } from '../helpers/retention-seed';
import { ADMIN, makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/* A destruction that cannot be carried out, and a file that will not go: the record says so, nothing is half done. */

let core: TestCore;
let clock = new Date('2020-03-10T09:00:00');
beforeEach(async () => {
  clock = new Date('2020-03-10T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

async function jump(at: string) {
  clock = new Date(at);
  await core.dispatch('session.unlock', { password: ADMIN.password });
}

describe('retention: failures', () => {
  it('an item no longer expired at the second approval fails the destruction, changing nothing; approving again retries it', async () => {
    const personId = (await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN })).personId;
    await jump('2026-11-27T09:00:00');
    await signInUser(core, 'mgra', ['manager']);
    const asked = await core.call<DestructionRecord>('retention.request', { items: [{ kind: 'person', id: personId }], reason: '期满' });
    await signInUser(core, 'mgrb', ['manager']);
    await core.call('retention.approve', { id: asked.id });
    // Meanwhile the period grew: the person is kept again.
    await core.call('retention.saveRules', { personalDataYears: 10 });
    await signInUser(core, 'mgrc', ['manager']);
    const failed = await core.call<DestructionRecord>('retention.approve', { id: asked.id });
    expect(failed).toMatchObject({ status: 'failed', failure: 'notExpired: 2020', approvals: [{ name: 'mgrb 经理' }, { name: 'mgrc 经理' }], executedAt: null, canDecide: true });
    expect(core.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(personId)).toBe('张伟');
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'destruction.failed'").pluck().get()).toBe(1);

    await core.call('retention.saveRules', { personalDataYears: 3 });
    // Any manager but the requester may retry (the two approvals stand).
    const done = await core.call<DestructionRecord>('retention.approve', { id: asked.id });
    expect(done).toMatchObject({ status: 'done', failure: '', approvals: [{ name: 'mgrb 经理' }, { name: 'mgrc 经理' }] });
    expect(core.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(personId)).toBe('已销毁');
  });

  it('a stored file that cannot be removed is marked in the record; the rows are gone', async () => {
    const classId = insertClass(core.sqlite, '合同', 1);
    // The store tells kinds by content: a one-pixel PNG is the smallest file it takes.
    const stored = await storeFile(core, PNG, 'a.png');
    const doc = insertDocument(core.sqlite, { code: 'AR-200310-001', title: '旧合同', classId, docDate: '2020-03-10', retainUntil: '2021-03-10', versions: [stored] });
    // Where the file was, a folder: overwriting it fails.
    const path = join(core.dataDir, 'documents', stored.storedName.slice(0, 2), stored.storedName);
    rmSync(path);
    mkdirSync(path);
    await jump('2026-11-27T09:00:00');
    await signInUser(core, 'mgra', ['manager']);
    const asked = await core.call<DestructionRecord>('retention.request', { items: [{ kind: 'document', id: doc.id }], reason: '期满' });
    await signInUser(core, 'mgrb', ['manager']);
    await core.call('retention.approve', { id: asked.id });
    await signInUser(core, 'mgrc', ['manager']);
    const done = await core.call<DestructionRecord>('retention.approve', { id: asked.id });
    expect(done).toMatchObject({ status: 'done', failure: 'filesNotRemoved: 1' });
    expect(done.items[0]!.files).toEqual([expect.objectContaining({ removed: false })]);
    expect(core.sqlite.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(0);
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'destruction.files'").pluck().get()).toBe(1);
  });
});

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
