import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DestructionRecord } from '../../contract/retention';
import type { VisitSummary } from '../../contract/visits';
import { signInUser } from '../helpers/retention-seed';
import { ADMIN, makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
let clock = new Date('2020-03-10T09:00:00');
beforeEach(async () => {
  clock = new Date('2020-03-10T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

/** A walk-in who came in 2020, expired by 2026 (three years' period). */
async function expiredPerson(name = '张伟', phone = '13800138000'): Promise<string> {
  const id = (await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name, phone })).personId;
  clock = new Date('2026-11-27T09:00:00');
  await core.dispatch('session.unlock', { password: ADMIN.password });
  return id;
}

const request = (personId: string) => core.call<DestructionRecord>('retention.request', { items: [{ kind: 'person', id: personId }], reason: '个人信息保存期满' });
const approve = (id: string) => core.dispatch('retention.approve', { id });
const reasonOf = (r: Awaited<ReturnType<typeof approve>>) => (r.ok ? 'ok' : `${r.error.code}:${String(r.error.details?.reason ?? '')}`);

describe('retention: two approvals by two different managers', () => {
  it('the requester cannot approve; one manager cannot approve twice; a non-manager cannot; the second manager carries it out', async () => {
    const personId = await expiredPerson();
    await signInUser(core, 'mgra', ['manager']);
    const asked = await request(personId);
    expect(asked).toMatchObject({ status: 'pending', requestedBy: 'mgra 经理', approvals: [], canDecide: false });
    expect(asked.code).toMatch(/^DS-261127-001$/);
    expect(asked.items).toEqual([expect.objectContaining({ kind: 'person', label: '2020', current: '张伟' })]);
    expect(reasonOf(await approve(asked.id))).toBe('CONFLICT:ownDestruction');

    await signInUser(core, 'coord', ['coordinator']);
    expect(reasonOf(await approve(asked.id))).toBe('FORBIDDEN:');

    await signInUser(core, 'mgrb', ['manager']);
    const once = (await approve(asked.id)) as { ok: true; value: DestructionRecord };
    expect(once.value).toMatchObject({ status: 'pending', approvals: [{ name: 'mgrb 经理' }], canDecide: false });
    expect(core.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(personId)).toBe('张伟');
    expect(reasonOf(await approve(asked.id))).toBe('CONFLICT:alreadyApproved');

    await signInUser(core, 'mgrc', ['manager']);
    const done = (await approve(asked.id)) as { ok: true; value: DestructionRecord };
    expect(done.value).toMatchObject({ status: 'done', approvals: [{ name: 'mgrb 经理' }, { name: 'mgrc 经理' }], canDecide: false });
    expect(done.value.executedAt).not.toBeNull();
    expect(done.value.items[0]).toMatchObject({ label: '2020', current: null, rows: { people: 1, visits: 1 } });
    expect(core.sqlite.prepare('SELECT name, phone, company, id_number_enc, id_number_index FROM people WHERE id = ?').get(personId)).toEqual({
      name: '已销毁',
      phone: '',
      company: '',
      id_number_enc: null,
      id_number_index: null,
    });
    expect(core.sqlite.prepare('SELECT visitor_name, visitor_phone, visitor_company FROM visits WHERE person_id = ?').get(personId)).toEqual({ visitor_name: '已销毁', visitor_phone: '', visitor_company: '' });
    // Closed: nobody approves it again, and it is no longer expired.
    expect(reasonOf(await approve(asked.id))).toBe('CONFLICT:destructionClosed');
    expect((await core.call<{ items: unknown[] }>('retention.expired', { kind: 'person' })).items).toEqual([]);
  });

  it('refuses an item that is not expired, or already in a pending request', async () => {
    const personId = await expiredPerson();
    const fresh = (await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name: '李雷', phone: '13900000001' })).personId;
    await signInUser(core, 'mgra', ['manager']);
    const notExpired = await core.dispatch('retention.request', { items: [{ kind: 'person', id: personId }, { kind: 'person', id: fresh }], reason: '试试' });
    expect(notExpired.ok ? null : notExpired.error.issues).toEqual([{ path: 'items.1.id', message: 'destruction.notExpired' }]);
    expect(core.sqlite.prepare('SELECT COUNT(*) FROM destruction_requests').pluck().get()).toBe(0);
    const first = await request(personId);
    const again = await core.dispatch('retention.request', { items: [{ kind: 'person', id: personId }], reason: '再来一次' });
    expect(again.ok ? 'ok' : `${again.error.code}:${String(again.error.details?.reason)}`).toBe('CONFLICT:alreadyRequested');
    const listed = await core.call<{ items: { id: string; pendingCode: string | null }[] }>('retention.expired', { kind: 'person' });
    expect(listed.items).toEqual([expect.objectContaining({ id: personId, pendingCode: first.code })]);
  });

  it('a rejection needs a note and closes the request; the items can be asked for again', async () => {
    const personId = await expiredPerson();
    await signInUser(core, 'mgra', ['manager']);
    const asked = await request(personId);
    await signInUser(core, 'mgrb', ['manager']);
    expect((await core.dispatch('retention.reject', { id: asked.id, note: ' ' })).ok).toBe(false);
    const rejected = await core.call<DestructionRecord>('retention.reject', { id: asked.id, note: '还在诉讼期' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectedBy: 'mgrb 经理', rejectNote: '还在诉讼期' });
    expect(reasonOf(await approve(asked.id))).toBe('CONFLICT:destructionClosed');
    expect((await request(personId)).status).toBe('pending');
    const list = await core.call<{ items: { code: string; status: string }[] }>('retention.list', {});
    expect(list.items.map((i) => i.status)).toEqual(['pending', 'rejected']);
  });

  it("a waiting request is in the inbox of each manager who may still approve it, not the requester's", async () => {
    const personId = await expiredPerson();
    await signInUser(core, 'mgra', ['manager']);
    const asked = await request(personId);
    const destructionTasks = async () => (await core.call<{ tasks: { kind: string; title: string }[] }>('tasks.mine', { horizonDays: 14, limit: 200 })).tasks.filter((t) => t.kind === 'destruction');
    expect(await destructionTasks()).toEqual([]);
    await signInUser(core, 'mgrb', ['manager']);
    expect((await destructionTasks()).map((t) => t.title)).toEqual([asked.code]);
    await core.call('retention.approve', { id: asked.id });
    expect(await destructionTasks()).toEqual([]);
    await signInUser(core, 'mgrc', ['manager']);
    expect((await destructionTasks()).map((t) => t.title)).toEqual([asked.code]);
    await core.call('retention.approve', { id: asked.id });
    expect(await destructionTasks()).toEqual([]);
  });
});
