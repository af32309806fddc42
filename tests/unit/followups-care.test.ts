import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CareReminder } from '../../contract/followups';
import { careReminders } from '../../main/services/followups';
import { festivalDay } from '../../main/services/followups/festivals';
import { ANONYMOUS } from '../../main/core/context';
import { makeTestCore, type TestCore } from '../helpers/test-core';
import { makeClient, makePerson, makeUser } from '../helpers/followups-seed';

let core: TestCore;
let clock = new Date('2026-12-20T09:00:00');
beforeEach(async () => {
  clock = new Date('2026-12-20T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

const ctxOf = () => core.context(ANONYMOUS);
const keys = (rs: CareReminder[]) => rs.map((r) => r.key);

describe('festival dates from chinese-days', () => {
  it('dates solar, solar-term and lunar festivals for 2026 and 2027', () => {
    expect(
      Object.fromEntries(['newYear', 'springFestival', 'lantern', 'qingming', 'labourDay', 'dragonBoat', 'midAutumn', 'nationalDay', 'doubleNinth'].map((f) => [f, festivalDay(f as never, 2026)])),
    ).toEqual({
      newYear: '2026-01-01',
      springFestival: '2026-02-17',
      lantern: '2026-03-03',
      qingming: '2026-04-05',
      labourDay: '2026-05-01',
      dragonBoat: '2026-06-19',
      midAutumn: '2026-09-25',
      nationalDay: '2026-10-01',
      doubleNinth: '2026-10-18',
    });
    // 2027: 春节 Feb 6, 元宵 Feb 20, 清明 Apr 5, 端午 Jun 9, 中秋 Sep 15, 重阳 Oct 8.
    expect(['springFestival', 'lantern', 'qingming', 'dragonBoat', 'midAutumn', 'doubleNinth'].map((f) => festivalDay(f as never, 2027))).toEqual([
      '2027-02-06',
      '2027-02-20',
      '2027-04-05',
      '2027-06-09',
      '2027-09-15',
      '2027-10-08',
    ]);
  });
});

describe('care reminders', () => {
  async function seed() {
    const li = await makeUser(core, 'lina', '李娜');
    const wang = await makeUser(core, 'wangfang', '王芳');
    const huawei = await makeClient(core, '华为技术有限公司', 'vip', li);
    const boc = await makeClient(core, '中国银行', 'key', wang);
    const shop = await makeClient(core, '街角小店', 'normal', li);
    const zhang = await makePerson(core, '张伟', huawei.id, '1980-01-02');
    const chen = await makePerson(core, '陈静', boc.id, '1975-12-30');
    const leap = await makePerson(core, '刘闰', huawei.id, '1988-02-29');
    const normal = await makePerson(core, '赵小', shop.id, '1990-12-31');
    return { li, wang, huawei, boc, shop, zhang, chen, leap, normal };
  }

  it('finds birthdays in a window across the new year, for the account manager, in the birthday tiers only', async () => {
    const s = await seed();
    const all = careReminders(ctxOf(), { from: '2026-12-20', to: '2027-01-05' }).filter((r) => r.kind === 'birthday');
    // 赵小 (normal tier) is not in the default birthday tiers (vip, key).
    expect(keys(all)).toEqual([`birthday:${s.chen}:2026-12-30`, `birthday:${s.zhang}:2027-01-02`]);
    expect(all[0]).toMatchObject({ title: '陈静', ownerUserId: s.wang, ownerName: '王芳', remindFrom: '2026-12-27', clients: [{ name: '中国银行', tier: 'key' }] });
    const mine = careReminders(ctxOf(), { from: '2026-12-20', to: '2027-01-05', ownerUserId: s.li }).filter((r) => r.kind === 'birthday');
    expect(keys(mine)).toEqual([`birthday:${s.zhang}:2027-01-02`]);
  });

  it('shows a reminder from its lead days on, not before', async () => {
    const s = await seed();
    // 张伟 on 01-02 with 3 lead days: reminding starts 12-30.
    expect(keys(careReminders(ctxOf(), { from: '2026-12-20', to: '2026-12-29', ownerUserId: s.li }).filter((r) => r.kind === 'birthday'))).toEqual([]);
    expect(keys(careReminders(ctxOf(), { from: '2026-12-20', to: '2026-12-30', ownerUserId: s.li }).filter((r) => r.kind === 'birthday'))).toEqual([
      `birthday:${s.zhang}:2027-01-02`,
    ]);
    await core.call('followups.saveCareRules', { birthdayLeadDays: 10, festivalLeadDays: 7, milestoneLeadDays: 7, festivals: ['newYear'], birthdayTiers: [] });
    const wider = careReminders(ctxOf(), { from: '2026-12-20', to: '2026-12-23' });
    // Ten lead days and every tier: 陈静 (12-30), 赵小 (12-31, a normal client) and 张伟 (01-02) all start reminding by 12-23.
    expect(keys(wider.filter((r) => r.kind === 'birthday'))).toEqual([`birthday:${s.chen}:2026-12-30`, `birthday:${s.normal}:2026-12-31`, `birthday:${s.zhang}:2027-01-02`]);
  });

  it('shows a 02-29 birthday on 02-28 in a year without one, and on 02-29 in a leap year', async () => {
    const s = await seed();
    expect(keys(careReminders(ctxOf(), { from: '2027-02-28', to: '2027-02-28' }).filter((r) => r.personId === s.leap))).toEqual([`birthday:${s.leap}:2027-02-28`]);
    expect(keys(careReminders(ctxOf(), { from: '2028-02-28', to: '2028-02-29' }).filter((r) => r.personId === s.leap))).toEqual([`birthday:${s.leap}:2028-02-29`]);
    expect(keys(careReminders(ctxOf(), { from: '2027-03-01', to: '2027-03-01' }).filter((r) => r.personId === s.leap))).toEqual([]);
  });

  it('gives each account manager one reminder per festival listing their clients, VIP first', async () => {
    const s = await seed();
    const fest = careReminders(ctxOf(), { from: '2027-02-01', to: '2027-02-10' }).filter((r) => r.kind === 'festival');
    expect(fest.map((r) => [r.festival, r.day, r.ownerName, r.clients.map((c) => c.name)])).toEqual([
      ['springFestival', '2027-02-06', '李娜', ['华为技术有限公司', '街角小店']],
      ['springFestival', '2027-02-06', '王芳', ['中国银行']],
    ]);
    expect(fest[0]!.key).toBe(`festival:springFestival~${s.li}:2027-02-06`);
    expect(fest[0]!.remindFrom).toBe('2027-01-30');
  });

  it('repeats a yearly milestone from its first date on; a one-off only on its day', async () => {
    const s = await seed();
    const yearly = (await core.call<{ id: string; title: string }[]>('followups.saveMilestone', { clientId: s.huawei.id, title: '合作签约纪念日', date: '2020-01-08', yearly: true }))[0]!;
    await core.call('followups.saveMilestone', { clientId: s.huawei.id, title: '新园区落成', date: '2027-01-09', yearly: false });
    const later = await core.call<{ id: string; title: string }[]>('followups.saveMilestone', { clientId: s.huawei.id, title: '十周年', date: '2030-01-07', yearly: true });
    const inJan = careReminders(ctxOf(), { from: '2027-01-01', to: '2027-01-09' }).filter((r) => r.kind === 'milestone');
    expect(inJan.map((r) => [r.title, r.day])).toEqual([
      ['合作签约纪念日', '2027-01-08'],
      ['新园区落成', '2027-01-09'],
    ]);
    expect(inJan[0]!.key).toBe(`milestone:${yearly.id}:2027-01-08`);
    expect(later.find((m) => m.title === '十周年')).toBeDefined();
    const nextYear = careReminders(ctxOf(), { from: '2028-01-01', to: '2028-01-09' }).filter((r) => r.kind === 'milestone');
    expect(nextYear.map((r) => r.title)).toEqual(['合作签约纪念日']);
  });

  it('marks one occurrence done with a note, for its owner; the next year stays open', async () => {
    const s = await seed();
    const key = `birthday:${s.zhang}:2027-01-02`;
    const done = await core.call<CareReminder>('followups.careDone', { key, note: '已送花' });
    expect(done).toMatchObject({ key, done: true, note: '已送花' });
    const again = careReminders(ctxOf(), { from: '2026-12-20', to: '2027-01-05', ownerUserId: s.li }).find((r) => r.key === key);
    expect(again).toMatchObject({ done: true, note: '已送花', doneAt: clock.toISOString() });
    const next = careReminders(ctxOf(), { from: '2027-12-30', to: '2028-01-05', ownerUserId: s.li }).find((r) => r.personId === s.zhang);
    expect(next).toMatchObject({ key: `birthday:${s.zhang}:2028-01-02`, done: false });
    const unknown = await core.dispatch('followups.careDone', { key: `birthday:${s.zhang}:2027-03-02`, note: '' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Only the shape of a reminder's key reaches the lookup.
    for (const key of [`birthday:张\u202e伟:2027-01-02`, `gift:${s.zhang}:2027-01-02`, `birthday:${s.zhang}:tomorrow`]) {
      expect(await core.dispatch('followups.careDone', { key, note: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('the care channel shows the signed-in account manager their own', async () => {
    const s = await seed();
    await core.call('users.update', { id: s.li, roles: ['coordinator'] });
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: 'lina', password: 'First-pass-1' });
    await core.call('session.changePassword', { current: 'First-pass-1', next: 'Lina-pass-22' });
    const mine = await core.call<CareReminder[]>('followups.care', { from: '2026-12-20', to: '2027-01-05' });
    expect(new Set(mine.map((r) => r.ownerUserId))).toEqual(new Set([s.li]));
    expect(mine.map((r) => r.kind)).toContain('birthday');
  });
});
