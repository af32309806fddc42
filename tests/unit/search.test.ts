import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitorSummary } from '../../contract/visitors';
import { makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
const passport = 'E98765432';
beforeAll(async () => {
  core = await makeTestCore();
  const people = [
    { name: '张伟', company: '华为技术有限公司', phone: '13800138000', idNumber: residentId() },
    { name: '曾小凡', company: '腾讯科技', phone: '13912345678', idNumber: '' },
    { name: '单雄信', company: 'Acme 100% Ltd', phone: '02161234567', idNumber: '' },
    { name: 'Anna Li', company: 'Siemens', phone: '+4915112345678', idType: 'passport', idNumber: passport },
  ];
  for (const p of people) {
    const v = await core.call<{ id: string }>('visits.checkIn', { ...WALK_IN, ...p });
    await core.call('visits.checkOut', { visitId: v.id });
  }
});
afterAll(() => core.cleanup());

const names = async (query: string) => (await core.call<VisitorSummary[]>('visitors.search', { query })).map((v) => v.name);

describe('returning visitor search', () => {
  it.each([
    ['张', ['张伟']],
    ['zhangwei', ['张伟']],
    ['zhang', ['张伟']],
    ['zw', ['张伟']],
    ['ZW', ['张伟']],
    ['zengxiao', ['曾小凡']],
    ['shanx', ['单雄信']],
    ['腾讯', ['曾小凡']],
    ['1234', ['曾小凡', '单雄信', 'Anna Li']],
    ['138 0013', ['张伟']],
    ['annali', ['Anna Li']],
    ['siemens', ['Anna Li']],
    [passport.toLowerCase(), ['Anna Li']],
    ['100%', ['单雄信']],
    ['%', ['单雄信']],
    ['_', []],
    ['', []],
  ])('%s', async (query, expected) => {
    expect((await names(query)).sort()).toEqual([...expected].sort());
  });

  it('finds by a whole ID number and shows only its mask', async () => {
    const [hit] = await core.call<VisitorSummary[]>('visitors.search', { query: residentId() });
    expect(hit).toMatchObject({ name: '张伟', visitCount: 1, idMasked: expect.stringMatching(/^110\*+\d{3}[\dX]$/) });
    expect(JSON.stringify(hit)).not.toContain(residentId());
  });
});
