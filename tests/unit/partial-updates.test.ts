import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDetail, Resource } from '../../contract/plans';
import type { UserSummary } from '../../contract/users';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Update channels take every field as optional: only what is sent changes.
 * A field whose schema supplies a default ('' for text) must not have it
 * applied on update, or any caller that leaves it out wipes it.
 */
let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') })));
afterEach(() => core.cleanup());

describe('a partial update changes only what it names', () => {
  it('plans.update keeps the purpose and notes it was not sent', async () => {
    const plan = await core.call<PlanDetail>('plans.create', { title: '华为高管来访', purpose: '战略合作洽谈', notes: '不对外公开', expectedHeadcount: 2 });
    const updated = await core.call<PlanDetail>('plans.update', { id: plan.id, expectedHeadcount: 3 });
    expect(updated).toMatchObject({ expectedHeadcount: 3, purpose: '战略合作洽谈', notes: '不对外公开' });
    expect(await core.call<PlanDetail>('plans.get', { id: plan.id })).toMatchObject({ purpose: '战略合作洽谈', notes: '不对外公开' });
    // Sent empty, it is cleared.
    expect(await core.call<PlanDetail>('plans.update', { id: plan.id, notes: '' })).toMatchObject({ purpose: '战略合作洽谈', notes: '' });
  });

  it('resources.update keeps the notes it was not sent', async () => {
    const room = await core.call<Resource>('resources.create', { kind: 'room', name: '一号会议室', capacity: 20, notes: '投影仪在左侧柜子' });
    expect(await core.call<Resource>('resources.update', { id: room.id, active: false })).toMatchObject({ active: false, notes: '投影仪在左侧柜子' });
  });

  it('users.update keeps the department it was not sent', async () => {
    const user = await core.call<UserSummary>('users.create', { login: 'liming', name: '李明', department: '前台', roles: ['receptionist'], password: 'First-pass-1' });
    expect(await core.call<UserSummary>('users.update', { id: user.id, name: '李明明' })).toMatchObject({ name: '李明明', department: '前台' });
    expect((await core.call<{ items: UserSummary[] }>('users.list', {})).items.find((u) => u.id === user.id)).toMatchObject({ name: '李明明', department: '前台' });
  });
});
