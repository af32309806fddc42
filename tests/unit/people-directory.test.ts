import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientDetail, Person, PersonSummary } from '../../contract/clients';
import type { VisitSummary } from '../../contract/visits';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/** Issue 9 item 8: walk-ins registered at the desk are people in the directory, found, corrected and merged there. */
let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') })));
afterEach(() => core.cleanup());

type Page = { items: PersonSummary[]; nextCursor: string | null; count?: { n: number; more: boolean } };
const list = (input: object) => core.call<Page>('people.list', input);
const names = (page: Page) => page.items.map((p) => p.name);
const walkIn = (input: object) => core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, idType: 'passport', idNumber: '', ...input });

describe('the people list', () => {
  it('finds a walk-in by name characters, full pinyin, initials, company and phone however it is written', async () => {
    await walkIn({ name: '欧阳娜娜', company: '星辰科技', phone: '139-1234-5678' });
    await walkIn({ name: '李雷', company: '韩梅梅工作室', phone: '010-6512 3456 转 801' });
    const client = await core.call<ClientDetail>('clients.create', { name: '华为技术有限公司' });
    await core.call('people.create', { name: '欧阳修', clientId: client.id, phone: '13700137000' });

    expect(names(await list({ query: '娜娜' }))).toEqual(['欧阳娜娜']);
    expect(names(await list({ query: 'ouyangnana' }))).toEqual(['欧阳娜娜']);
    expect(names(await list({ query: 'oynn' }))).toEqual(['欧阳娜娜']);
    expect(names(await list({ query: 'OYNN' }))).toEqual(['欧阳娜娜']);
    // Equally good matches: the most recently active first (欧阳修 was added last).
    expect(names(await list({ query: 'oy' }))).toEqual(['欧阳修', '欧阳娜娜']);
    expect(names(await list({ query: '星辰' }))).toEqual(['欧阳娜娜']);
    expect(names(await list({ query: '139 1234 5678' }))).toEqual(['欧阳娜娜']);
    expect(names(await list({ query: '5678' }))).toEqual(['欧阳娜娜']);
    expect(names(await list({ query: '010-65123456-801' }))).toEqual(['李雷']);
    expect(names(await list({ query: '(010) 6512-3456 转 801' }))).toEqual(['李雷']);
    const found = await list({ query: 'oynn' });
    expect(found.items[0]).toMatchObject({ company: '星辰科技', clientId: null, clientName: null, phone: '13912345678', visitCount: 1 });
  });

  it('lists everyone, or only people of no organization, counted and paged in pinyin order', async () => {
    for (const name of ['赵一', '钱二', '孙三', '李四', '周五']) await walkIn({ name, phone: '' });
    const client = await core.call<ClientDetail>('clients.create', { name: '腾讯科技' });
    await core.call('people.create', { name: '吴六', clientId: client.id });

    const all = await list({ limit: 2, count: true });
    expect(all.count).toEqual({ n: 6, more: false });
    expect(names(all)).toEqual(['李四', '钱二']);
    const second = await list({ limit: 2, cursor: all.nextCursor });
    expect(names(await list({ limit: 2, cursor: second.nextCursor }))).toEqual(['赵一', '周五']);
    const walkIns = await list({ withoutClient: true, limit: 50, count: true });
    expect(walkIns.count?.n).toBe(5);
    expect(names(walkIns)).not.toContain('吴六');
    expect((await list({ query: 'zhao', limit: 1, count: true })).count?.n).toBe(1);
  });

  it('puts the exact name first and leaves merged records out', async () => {
    for (const v of [await walkIn({ name: '王小明', phone: '13600136000' }), await walkIn({ name: '王明', phone: '13500135000' })]) {
      await core.call('visits.checkOut', { visitId: v.id });
    }
    const page = await list({ query: '王明' });
    expect(names(page)[0]).toBe('王明');
    const [keep, dup] = [(await list({ query: '13600136000' })).items[0]!, (await list({ query: '13500135000' })).items[0]!];
    await core.call('people.merge', { keepId: keep.id, mergeId: dup.id });
    expect(names(await list({ query: 'wang' }))).toEqual(['王小明']);
  });

  it('a walk-in is corrected and merged with a duplicate from the directory', async () => {
    const visit = await walkIn({ name: '张卫', company: '', phone: '13800138000' });
    await core.call('visits.checkOut', { visitId: visit.id });
    const dup = await core.call<Person>('people.create', { name: '张伟', phone: '', company: '华为技术有限公司', confirmNew: true });
    const typo = (await list({ query: 'zw', withoutClient: true })).items.find((p) => p.name === '张卫')!;
    const fixed = await core.call<Person>('people.update', { id: typo.id, name: '张伟' });
    expect(fixed).toMatchObject({ name: '张伟', phone: '13800138000' });
    expect(names(await list({ query: 'zhangwei' }))).toEqual(['张伟', '张伟']);
    const merged = await core.call<{ person: Person; moved: { visits: number } }>('people.merge', { keepId: fixed.id, mergeId: dup.id });
    expect(merged).toMatchObject({ person: { name: '张伟', company: '华为技术有限公司', visitCount: 1 }, moved: { visits: 0 } });
    expect((await list({ query: '张伟', count: true })).count?.n).toBe(1);
  });

  it('refuses a bad page and hidden characters in the query', async () => {
    expect(await core.dispatch('people.list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.dispatch('people.list', { query: '张\u202e伟' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
