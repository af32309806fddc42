import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClientDetail } from '../../contract/clients';
import type { PlanDetail } from '../../contract/plans';
import type { VisitorSummary } from '../../contract/visitors';
import { catchUpSearchIndex, planSearch, queueFullRebuild, searchForm } from '../../main/search';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * The one search engine, through the app's channels: what a receptionist types
 * finds who they mean, ranked as they expect, and the index never disagrees
 * with the tables, whatever wrote them.
 */

let core: TestCore;
let clock = 0;
async function freshCore(): Promise<void> {
  clock = Date.parse('2026-11-27T08:00:00');
  // Each call a second later: recency is the order of the writes.
  core = await makeTestCore({ now: () => new Date((clock += 1000)) });
}
/** A core per test, for the tests that write. */
function coreEach(): void {
  beforeEach(freshCore);
  afterEach(() => core.cleanup());
}

const walkIn = async (name: string, more: object = {}) => {
  const v = await core.call<{ id: string; personId: string }>('visits.checkIn', { ...WALK_IN, idType: 'passport', idNumber: '', phone: '', company: '', name, ...more });
  await core.call('visits.checkOut', { visitId: v.id });
  return v.personId;
};
const desk = async (query: string) => (await core.call<VisitorSummary[]>('visitors.search', { query, limit: 20 })).map((v) => v.name);
const directory = async (query: string, more: object = {}) =>
  (await core.call<{ items: { name: string }[] }>('people.list', { query, limit: 50, ...more })).items.map((p) => p.name);

describe('what is typed finds whom it means', () => {
  beforeAll(async () => {
    await freshCore();
    for (const name of ['单雄信', '曾小凡', '解晓东', '仇英', '区志刚', '朴槿', '查良镛', '欧阳娜娜', '司马光', '诸葛亮', '上官婉儿', '王伟', '王伟明', '汪文', '张伟', '吕小军', 'Anna Li']) {
      await walkIn(name);
    }
  });
  afterAll(() => core.cleanup());

  it.each([
    // Heteronym surnames: the surname reading and the everyday one a receptionist may guess.
    ['shanxiongxin', ['单雄信']],
    ['danxiongxin', ['单雄信']],
    ['sxx', ['单雄信']],
    ['dxx', ['单雄信']],
    ['zengxiaofan', ['曾小凡']],
    ['cengxiaofan', ['曾小凡']],
    ['xiexiaodong', ['解晓东']],
    ['jiexiaodong', ['解晓东']],
    ['qiuying', ['仇英']],
    ['ouzhigang', ['区志刚']],
    ['quzhigang', ['区志刚']],
    ['piaojin', ['朴槿']],
    ['zhaliangyong', ['查良镛']],
    // Compound surnames.
    ['ouyang', ['欧阳娜娜']],
    ['oynn', ['欧阳娜娜']],
    ['欧阳', ['欧阳娜娜']],
    ['阳娜', ['欧阳娜娜']],
    ['sima', ['司马光']],
    ['smg', ['司马光']],
    ['zhugeliang', ['诸葛亮']],
    ['zgl', ['诸葛亮']],
    ['shangguan', ['上官婉儿']],
    ['sgwe', ['上官婉儿']],
    // ü as the IME types it (v), as many people do (u) and as written.
    ['lv', ['吕小军']],
    ['lüxiaojun', ['吕小军']],
    ['lxj', ['吕小军']],
    // Chinese and pinyin mixed.
    ['王w', ['王伟', '王伟明']],
    ['王wm', ['王伟明']],
    ['王weim', ['王伟明']],
    ['wang伟', ['王伟', '王伟明']],
    ['张wei', ['张伟']],
    ['汪w', ['汪文']],
    // Full-width letters and digits, and spaces anywhere.
    ['ＷＡＮＧＷＥＩＭＩＮＧ', ['王伟明']],
    ['王　伟　明', ['王伟明']],
    ['wang wei ming', ['王伟明']],
    ['Anna Li', ['Anna Li']],
    ['annali', ['Anna Li']],
    ['nna', ['Anna Li']],
    // One character finds it anywhere in a name.
    ['伟', ['王伟', '王伟明', '张伟']],
    ['婉儿', ['上官婉儿']],
    // Nothing to search by.
    ['？！', []],
  ])('%s', async (query, expected) => {
    expect((await desk(query)).sort()).toEqual([...expected].sort());
    expect((await directory(query)).sort()).toEqual([...expected].sort());
  });

});

describe('ranking', () => {
  coreEach();

  it('ranks the exact name first, then names that start with it, then names that contain it; each most recent first', async () => {
    for (const name of ['王伟', '王伟明', '汪文', '李王']) await walkIn(name);
    expect(await desk('王伟')).toEqual(['王伟', '王伟明']);
    // 王伟明 came after 王伟, 李王 last; 汪文 is wang by sound only (found by pinyin, not by the character).
    expect(await desk('王')).toEqual(['王伟明', '王伟', '李王']);
    expect(await desk('wang')).toEqual(['汪文', '王伟明', '王伟']);
    expect((await desk('wangwei'))[0]).toBe('王伟');
    // A check-in makes a person the most recent.
    const [wangWei] = await core.call<VisitorSummary[]>('visitors.search', { query: '王伟', limit: 1 });
    await walkIn('王伟', { personId: wangWei!.id });
    expect(await desk('王')).toEqual(['王伟', '王伟明', '李王']);
  });

  it('a blank desk search finds nobody; a blank directory query lists everyone', async () => {
    await walkIn('王伟');
    for (const query of ['', '   ', '\u3000']) {
      expect(await desk(query)).toEqual([]);
      expect(await directory(query)).toEqual(['王伟']);
    }
  });
});

describe('phones', () => {
  coreEach();

  it('finds by any part of the phone of three digits or more, and by the whole number however written', async () => {
    await walkIn('李雷', { phone: '010-6512 3456 转 801' });
    await walkIn('韩梅梅', { phone: '+86 139 1234 5678' });
    expect(await desk('139')).toEqual(['韩梅梅']);
    expect(await desk('12345678')).toEqual(['韩梅梅']);
    expect(await desk('139-1234-5678')).toEqual(['韩梅梅']);
    expect(await desk('＋８６ １３９１２３４５６７８')).toEqual(['韩梅梅']);
    expect(await desk('(010) 6512-3456 转 801')).toEqual(['李雷']);
    expect(await desk('6512')).toEqual(['李雷']);
  });
});

describe('the index keeps in step with every write', () => {
  coreEach();

  it('a renamed person is found by the new name only', async () => {
    const id = await walkIn('王芳');
    await core.call('people.update', { id, name: '王芳芳' });
    expect(await desk('王芳芳')).toEqual(['王芳芳']);
    expect(await desk('wangfangfang')).toEqual(['王芳芳']);
    expect(await desk('fff')).toEqual([]);
    await core.call('people.update', { id, name: '李芳' });
    expect(await desk('王')).toEqual([]);
    expect(await desk('lf')).toEqual(['李芳']);
  });

  it('a merged record leaves the index; the kept one stays', async () => {
    const keep = await walkIn('陈静', { company: '星辰科技' });
    const dup = await walkIn('陈静', { company: '星辰' });
    expect(await desk('陈静')).toHaveLength(2);
    await core.call('people.merge', { keepId: keep, mergeId: dup });
    const hits = await core.call<VisitorSummary[]>('visitors.search', { query: '陈静', limit: 20 });
    expect(hits.map((h) => h.id)).toEqual([keep]);
  });

  it('a write that fails changes nothing in the index', async () => {
    await walkIn('赵敏');
    const before = core.sqlite.prepare('SELECT kind, entity_id, seq, text FROM search_docs ORDER BY kind, entity_id').all();
    // A check-in refused by the contract after nothing, and one refused by main's rules (no privacy notice).
    const refused = await core.dispatch('visits.checkIn', { ...WALK_IN, name: '赵敏', idType: 'passport', idNumber: '', privacyAck: false });
    expect(refused.ok).toBe(false);
    expect(core.sqlite.prepare('SELECT kind, entity_id, seq, text FROM search_docs ORDER BY kind, entity_id').all()).toEqual(before);
    expect(core.sqlite.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
  });

  it('clients, and plans by their client: renamed, archived', async () => {
    const client = await core.call<ClientDetail>('clients.create', { name: '华为技术有限公司' });
    const plan = await core.call<PlanDetail>('plans.create', {
      title: '年度合作洽谈',
      clientId: client.id,
      level: 'vip',
      purpose: '',
      arrivalAt: '2026-12-01T10:00',
      departureAt: '2026-12-01T16:00',
      expectedHeadcount: 2,
      needs: {},
      notes: '',
    });
    const plans = async (query: string) => (await core.call<{ items: { id: string }[] }>('plans.list', { query, limit: 50, offset: 0 })).items.map((p) => p.id);
    const clients = async (query: string) => (await core.call<{ items: { id: string }[] }>('clients.list', { query, limit: 50 })).items.map((c) => c.id);
    expect(await plans('华为')).toEqual([plan.id]);
    expect(await plans('ndhz')).toEqual([plan.id]);
    expect(await clients('hwjs')).toEqual([client.id]);
    await core.call('clients.update', { id: client.id, name: '荣耀终端有限公司' });
    expect(await plans('华为')).toEqual([]);
    expect(await plans('荣耀')).toEqual([plan.id]);
    expect(await clients('华为')).toEqual([]);
    expect(await clients('rongyao')).toEqual([client.id]);
    await core.call('clients.archive', { id: client.id });
    expect(await clients('荣耀')).toEqual([]);
  });

  it('rows written around the app (a bulk load) are indexed at the next start, most recent visit first', async () => {
    const { sqlite } = core;
    const insert = sqlite.prepare(
      "INSERT INTO people (id, created_at, updated_at, device_id, name, name_pinyin, name_initials) VALUES (?, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', 'd', ?, ?, ?)",
    );
    const visit = sqlite.prepare(
      "INSERT INTO visits (id, created_at, updated_at, device_id, person_id, kind, status, host, badge_no, check_in_at, visit_day) VALUES (?, ?, ?, 'd', ?, 'walk_in', 'checked_out', 'h', ?, ?, ?)",
    );
    insert.run('01900000-0000-7000-8000-000000000001', '孙悟空', 'sunwukong', 'swk');
    insert.run('01900000-0000-7000-8000-000000000002', '孙尚香', 'sunshangxiang', 'ssx');
    visit.run('v1', '2021-01-01', '2021-01-01', '01900000-0000-7000-8000-000000000001', 'B1', '2021-01-01T09:00:00Z', '2021-01-01');
    visit.run('v2', '2019-01-01', '2019-01-01', '01900000-0000-7000-8000-000000000002', 'B2', '2019-01-01T09:00:00Z', '2019-01-01');
    expect(catchUpSearchIndex(sqlite)).toBe(2);
    expect(await desk('孙')).toEqual(['孙悟空', '孙尚香']);
    expect(catchUpSearchIndex(sqlite)).toBe(0);
  });

  it('after all of that, the index is exactly what a rebuild from the tables makes', async () => {
    const a = await walkIn('周杰', { company: '杰威尔音乐', phone: '13600136000' });
    const b = await walkIn('周杰');
    await core.call('people.update', { id: a, company: '杰威尔' });
    await core.call('people.merge', { keepId: a, mergeId: b });
    await core.call('clients.create', { name: '阿里巴巴', tags: ['电商'] });
    const snapshot = () => core.sqlite.prepare('SELECT kind, entity_id, text FROM search_docs ORDER BY kind, entity_id').all();
    const live = snapshot();
    queueFullRebuild(core.sqlite);
    catchUpSearchIndex(core.sqlite);
    expect(snapshot()).toEqual(live);
    expect(live.length).toBeGreaterThan(2);
  });
});

describe('staff names, as a team name is typed', () => {
  coreEach();

  const plan = () =>
    core.call<PlanDetail>('plans.create', { title: '来访', level: 'normal', purpose: '', arrivalAt: '2026-12-01T10:00', departureAt: '2026-12-01T16:00', expectedHeadcount: 1, needs: {}, notes: '' });
  const staffNames = (query: string) => core.call<{ name: string; phone: string }[]>('plans.staffNames', { query });

  it('finds names used on any team by characters, pinyin and initials, with the phone last given, most recent first', async () => {
    const a = await plan();
    const b = await plan();
    await core.call('plans.setTeam', { planId: a.id, members: [{ role: 'greeter', primaryName: '张小红', primaryPhone: '13800000001', backupName: '张大明' }] });
    await core.call('plans.setTeam', { planId: b.id, members: [{ role: 'presenter', primaryName: '李四', backupName: '张小红', backupPhone: '13900000002' }] });
    expect(await staffNames('zxh')).toEqual([{ name: '张小红', phone: '13900000002' }]);
    expect(await staffNames('张')).toEqual([
      { name: '张小红', phone: '13900000002' },
      { name: '张大明', phone: '' },
    ]);
    expect(await staffNames('zhangxiaoh')).toEqual([{ name: '张小红', phone: '13900000002' }]);
    // A name no team uses any more is no longer offered.
    await core.call('plans.setTeam', { planId: a.id, members: [{ role: 'greeter', primaryName: '王五' }] });
    expect(await staffNames('张大明')).toEqual([]);
    expect((await staffNames('张')).map((n) => n.name)).toEqual(['张小红']);
  });

  it('offers staff accounts too', async () => {
    // The test core's administrator: 系统管理员.
    expect((await staffNames('xtgly')).map((n) => n.name)).toEqual(['系统管理员']);
  });
});

describe('how a query is read', () => {
  it('normalizes full-width, case, spaces and punctuation the same way for documents and queries', () => {
    expect(searchForm('ＷＡＮＧ Wei')).toBe('wangwei');
    expect(searchForm('王　伟')).toBe('王伟');
    expect(searchForm('LÜ')).toBe('lu');
    expect(searchForm('Lv')).toBe('lu');
    expect(searchForm('13９-1234')).toBe('1391234');
  });

  it('asks short queries by one token, long ones by their pieces checked against the text', () => {
    expect(planSearch('王').map((t) => t.match)).toEqual(['"e_王"', '"s_王"', '"g_王"']);
    const long = planSearch('华为技术有限公司');
    expect(long.at(-1)).toMatchObject({ contains: '华为技术有限公司' });
    expect(long.at(-1)!.match.split(' AND ').length).toBeLessThanOrEqual(6);
    expect(planSearch('王w').some((t) => t.contains === '王' && t.match.includes('"p_wangw"') && t.match.includes('"i_ww"'))).toBe(true);
    // A very long pinyin query asks the whole reading by prefix.
    expect(planSearch('zhangxiaoming').some((t) => t.match.includes('"f_zhangxiaoming" *'))).toBe(true);
  });
});
