import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplyScript } from '../../contract/incidents';
import { makeTestCore, type TestCore } from '../helpers/test-core';

let core: TestCore;
beforeEach(async () => (core = await makeTestCore({ now: () => new Date('2026-11-26T10:00:00') })));
afterEach(() => core.cleanup());

const list = (input: object = {}) => core.call<ReplyScript[]>('scripts.list', input);
const seeds = () => core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'script.seed'").pluck().get();

describe('reply scripts', () => {
  it('seed the built-ins once, in both languages, for every scenario', async () => {
    const all = await list();
    expect(all.length).toBe(15);
    expect(new Set(all.map((s) => s.scenario))).toEqual(new Set(['greeting', 'complaint', 'enquiry', 'business', 'phone', 'farewell']));
    expect(all.every((s) => s.builtIn && s.title.zh && s.title.en && s.body.zh && s.body.en)).toBe(true);
    await list();
    expect(seeds()).toBe(1);
  });

  it('filter by scenario and by words of the title, body, tags or the title’s pinyin', async () => {
    expect((await list({ scenario: 'phone' })).map((s) => s.title.zh)).toEqual(['接听电话', '代为留言']);
    expect((await list({ query: '回访' })).map((s) => s.title.zh)).toEqual(['告知处理时限', '处理后回访']);
    expect((await list({ query: 'WeChat' })).map((s) => s.title.zh)).toEqual([]);
    expect((await list({ query: 'wi-fi' })).map((s) => s.title.zh)).toEqual(['请来宾稍候', '设施与服务']);
    expect((await list({ query: 'songbie' })).map((s) => s.title.zh)).toEqual(['送别来宾']);
    expect((await list({ query: 'sblb' })).map((s) => s.title.zh)).toEqual(['送别来宾']);
    expect((await list({ scenario: 'complaint', query: '道歉' })).map((s) => s.title.zh)).toEqual(['受理投诉（先倾听）']);
  });

  it('keep a manager’s edit of a built-in, switched off or not, and add new ones', async () => {
    const [first] = await list({ scenario: 'farewell' });
    const edited = await core.call<ReplyScript>('scripts.save', { id: first!.id, scenario: 'farewell', title: { zh: '送客', en: 'Goodbye' }, body: { zh: '请慢走', en: '' }, tags: ['送别', ' 送别 '], active: false });
    expect(edited).toMatchObject({ builtIn: true, active: false, tags: ['送别'] });
    expect((await list({ scenario: 'farewell' })).length).toBe(0);
    expect((await list({ scenario: 'farewell', includeInactive: true })).map((s) => s.title.zh)).toEqual(['送客']);
    const added = await core.call<ReplyScript>('scripts.save', { scenario: 'business', title: { zh: '合同递送', en: '' }, body: { zh: '合同已签收', en: '' } });
    expect(added).toMatchObject({ builtIn: false, active: true });
    expect((await list({ query: 'htds' })).map((s) => s.id)).toEqual([added.id]);
    await core.signInAs('receptionist');
    expect(await core.dispatch('scripts.save', { scenario: 'business', title: { zh: 'x', en: '' }, body: { zh: 'y', en: '' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await list()).length).toBe(15);
  });
});
