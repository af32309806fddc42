import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientDetail, ClientSummary, Person } from '../../contract/clients';
import type { VisitSummary } from '../../contract/visits';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
let clock = new Date('2026-11-27T09:00:00');
beforeEach(async () => {
  clock = new Date('2026-11-27T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

type Page = { items: ClientSummary[]; nextCursor: string | null; count?: { n: number; more: boolean } };
const create = (input: object) => core.call<ClientDetail>('clients.create', input);
const list = (input: object) => core.call<Page>('clients.list', input);
const names = (page: Page) => page.items.map((c) => c.name);

async function seed() {
  // A VIP needs an account manager who is a user; their name fills accountManager.
  const lina = await core.call<{ id: string }>('users.create', { login: 'lina', name: '李娜', department: '客户部', roles: ['coordinator'], password: 'First-pass-1' });
  const huawei = await create({ name: '华为技术有限公司', industry: '通信', tier: 'vip', accountManagerUserId: lina.id, tags: ['战略客户', '通信', '通信'] });
  const boc = await create({ name: '中国银行', industry: '金融', tier: 'key', tags: ['金融'] });
  const hotpot = await create({ name: '重庆火锅有限公司', industry: '餐饮' });
  return { huawei, boc, hotpot };
}

describe('client directory', () => {
  it('creates clients with defaults and clean tags', async () => {
    const { huawei, hotpot } = await seed();
    expect(huawei).toMatchObject({ name: '华为技术有限公司', tier: 'vip', accountManager: '李娜', tags: ['战略客户', '通信'], peopleCount: 0, lastVisitAt: null, people: [] });
    expect(hotpot).toMatchObject({ tier: 'normal', accountManager: '', background: '', tags: [] });
    expect(await core.call('clients.get', { id: huawei.id })).toEqual(huawei);
  });

  it('lists VIP first and pages', async () => {
    await seed();
    expect(names(await list({}))).toEqual(['华为技术有限公司', '中国银行', '重庆火锅有限公司']);
    const first = await list({ limit: 1, count: true });
    expect(first).toMatchObject({ count: { n: 3, more: false }, items: [{ name: '华为技术有限公司' }] });
    const second = await list({ limit: 1, cursor: first.nextCursor });
    expect(names(second)).toEqual(['中国银行']);
    expect(await list({ limit: 1, cursor: second.nextCursor })).toMatchObject({ items: [{ name: '重庆火锅有限公司' }], nextCursor: null });
  });

  it('finds by name characters, full pinyin, initials, tag, and tier', async () => {
    await seed();
    expect(names(await list({ query: '银行' }))).toEqual(['中国银行']);
    expect(names(await list({ query: 'zhongguoyinhang' }))).toEqual(['中国银行']);
    expect(names(await list({ query: 'ZhongGuo' }))).toEqual(['中国银行']);
    expect(names(await list({ query: 'zgyh' }))).toEqual(['中国银行']);
    // An organization's name is read as words: 重庆 is chongqing.
    expect(names(await list({ query: 'chongqing' }))).toEqual(['重庆火锅有限公司']);
    expect(names(await list({ query: 'cqhg' }))).toEqual(['重庆火锅有限公司']);
    expect(names(await list({ query: '战略' }))).toEqual(['华为技术有限公司']);
    expect(names(await list({ query: '金融' }))).toEqual(['中国银行']);
    expect(names(await list({ tier: 'key' }))).toEqual(['中国银行']);
    expect(names(await list({ query: '有限公司', tier: 'normal' }))).toEqual(['重庆火锅有限公司']);
    expect(await list({ query: '%', count: true })).toEqual({ items: [], nextCursor: null, count: { n: 0, more: false } });
  });

  it('counts people and their latest visit', async () => {
    const { huawei } = await seed();
    const p = await core.call<Person>('people.create', { name: '张伟', clientId: huawei.id, title: '采购总监', phone: '13800138000' });
    expect(p).toMatchObject({ clientId: huawei.id, clientName: '华为技术有限公司', company: '华为技术有限公司' });
    const visit = await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, personId: p.id, idNumber: '' });
    const [row] = (await list({ query: '华为' })).items;
    expect(row).toMatchObject({ peopleCount: 1, lastVisitAt: visit.checkInAt });
    expect((await core.call<ClientDetail>('clients.get', { id: huawei.id })).people).toMatchObject([{ id: p.id, title: '采购总监', visitCount: 1 }]);
  });

  it('updates, renames (people follow) and refuses a taken name', async () => {
    const { huawei, boc } = await seed();
    const p = await core.call<Person>('people.create', { name: '张伟', clientId: huawei.id });
    const renamed = await core.call<ClientDetail>('clients.update', { id: huawei.id, name: '华为终端有限公司', tier: 'key', tags: [] });
    expect(renamed).toMatchObject({ name: '华为终端有限公司', tier: 'key', tags: [], accountManager: '李娜' });
    expect(names(await list({ query: 'hwzd' }))).toEqual(['华为终端有限公司']);
    expect(await core.call<Person>('people.get', { id: p.id })).toMatchObject({ company: '华为终端有限公司' });
    expect(await core.dispatch('clients.update', { id: boc.id, name: '华为终端有限公司' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'nameTaken' } } });
    expect(await core.dispatch('clients.create', { name: '中国银行' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'nameTaken' } } });
    const { sqlite } = core;
    const audit = sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'client.update'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ before: { name: '华为技术有限公司', tier: 'vip' }, after: { name: '华为终端有限公司', tier: 'key' } });
  });

  it('archives only with no people, unless forced', async () => {
    const { huawei, hotpot } = await seed();
    await core.call('people.create', { name: '张伟', clientId: huawei.id });
    expect(await core.dispatch('clients.archive', { id: huawei.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'hasPeople', people: 1 } } });
    expect(await core.call('clients.archive', { id: hotpot.id })).toMatchObject({ id: hotpot.id, people: 0 });
    expect(await core.call('clients.archive', { id: huawei.id, force: true })).toMatchObject({ people: 1 });
    expect(names(await list({}))).toEqual(['中国银行']);
    expect(await core.dispatch('clients.get', { id: hotpot.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('clients.archive', { id: hotpot.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('people.create', { name: '王芳', clientId: hotpot.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('validates tier, tags and lengths with i18n keys', async () => {
    const issues = async (input: object) => {
      const r = await core.dispatch('clients.create', input);
      return r.ok ? [] : (r.error.issues ?? []);
    };
    expect(await issues({ name: '甲', tier: 'gold' })).toContainEqual({ path: 'tier', message: 'invalidOption' });
    expect(await issues({ name: '甲', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toContainEqual({ path: 'tags', message: 'tags.tooMany' });
    expect(await issues({ name: '甲', tags: ['x'.repeat(21)] })).toContainEqual({ path: 'tags.0', message: 'tooLong' });
    expect(await issues({ name: '甲', tags: [''] })).toContainEqual({ path: 'tags.0', message: 'required' });
    expect(await issues({ name: '' })).toContainEqual({ path: 'name', message: 'required' });
    expect(await issues({ name: '甲', background: 'x'.repeat(2001) })).toContainEqual({ path: 'background', message: 'tooLong' });
  });

  it('lets a receptionist look but not change', async () => {
    const { boc } = await seed();
    await core.signInAs('receptionist');
    expect((await list({ count: true })).count?.n).toBe(3);
    expect(await core.dispatch('clients.update', { id: boc.id, tier: 'vip' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.dispatch('people.create', { name: '王芳' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
