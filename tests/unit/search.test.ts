import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../contract/clients';
import { foldSearchText, keysFromSyllables } from '../../contract/search-keys';
import type { VisitorSummary } from '../../contract/visitors';
import { migrateSearchKeys, SEARCH_KEYS_VERSION_KEY } from '../../main/app/data-migrations';
import { catchUpSearchIndex } from '../../main/search';
import { nameKeys } from '../../main/search/pinyin';
import type { ArrivalGroup, ArrivalGuest } from '../../renderer/src/desk/arrivals/arrivalGroups';
import { filterGroups, loadPinyin } from '../../renderer/src/desk/arrivals/guestSearch';
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
    { name: '吕小军', company: '', phone: '13700137000', idNumber: '' },
    { name: '许律', company: '', phone: '13600136000', idNumber: '' },
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
    // Punctuation alone is nothing to search by (and never a wildcard).
    ['%', []],
    ['_', []],
    ['', []],
    // ü the way IMEs type it (v), the way many people do (u), and as written (ü).
    ['lvxiaojun', ['吕小军']],
    ['luxiaojun', ['吕小军']],
    ['lüxiaojun', ['吕小军']],
    ['LÜXIAOJUN', ['吕小军']],
    ['lu\u0308xiaojun', ['吕小军']],
    ['lv xiao jun', ['吕小军']],
    ['lxj', ['吕小军']],
    ['lv', ['吕小军']],
    ['xulv', ['许律']],
    ['xulu', ['许律']],
    ['xulü', ['许律']],
    ['xl', ['许律']],
    ['010 6512', []],
  ])('%s', async (query, expected) => {
    expect((await names(query)).sort()).toEqual([...expected].sort());
  });

  it('finds by a whole ID number and shows only its mask', async () => {
    const [hit] = await core.call<VisitorSummary[]>('visitors.search', { query: residentId() });
    expect(hit).toMatchObject({ name: '张伟', visitCount: 1, idMasked: expect.stringMatching(/^110\*+\d{3}[\dX]$/) });
    expect(JSON.stringify(hit)).not.toContain(residentId());
  });
});

describe('pinyin keys with ü', () => {
  it.each([
    ['吕小军', 'luxiaojun', 'lxj'],
    ['女', 'nu', 'n'],
    ['律', 'lu', 'l'],
    ['绿', 'lu', 'l'],
    ['旅', 'lu', 'l'],
    ['驴', 'lu', 'l'],
    ['聂女士', 'nienushi', 'nns'],
    ['张伟', 'zhangwei', 'zw'],
    ['Vivian Lü', 'uiuianlu', 'ul'],
  ])('%s → %s, %s', (name, full, initials) => {
    expect(nameKeys(name)).toEqual({ full, initials });
  });

  it('folds a query exactly as it folds a key', () => {
    for (const q of ['lv', 'lu', 'lü', 'LÜ', 'lu\u0308']) expect(foldSearchText(q)).toBe('lu');
    expect(keysFromSyllables(['lü', 'xiao', 'jun'])).toEqual({ full: 'luxiaojun', initials: 'lxj' });
  });

  it('finds clients by ü too', async () => {
    await core.call('clients.create', { name: '绿地集团' });
    await core.call('clients.create', { name: '女子学院' });
    const clientNames = async (query: string) => (await core.call<{ items: ClientSummary[] }>('clients.list', { query })).items.map((c) => c.name);
    for (const q of ['lvdi', 'ludi', 'lüdi', 'ldjt']) expect(await clientNames(q)).toEqual(['绿地集团']);
    for (const q of ['nvzi', 'nuzi', 'nzxy']) expect(await clientNames(q)).toEqual(['女子学院']);
  });

  it('finds the same person by a name that sounds the same (people.find)', async () => {
    const matches = await core.call<{ person: { name: string }; reasons: string[] }[]>('people.find', { name: '吕小军' });
    expect(matches.map((m) => m.person.name)).toEqual(['吕小军']);
  });
});

describe('re-keying rows keyed before ü was kept', () => {
  it('runs once at start, re-keys old rows, and is idempotent', async () => {
    const { sqlite } = core;
    // createCore already brought the keys to the current version.
    expect(sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SEARCH_KEYS_VERSION_KEY)).toBe('1');
    expect(migrateSearchKeys(sqlite, 'test-device', new Date())).toEqual({ changed: null });

    // What an older version stored: ü dropped.
    sqlite.prepare("UPDATE people SET name_pinyin = 'lxiaojun', name_initials = 'lxj' WHERE name = '吕小军'").run();
    sqlite.prepare("UPDATE clients SET name_pinyin = 'ldijituan', name_initials = 'ldjt' WHERE name = '绿地集团'").run();
    sqlite.prepare('DELETE FROM settings WHERE key = ?').run(SEARCH_KEYS_VERSION_KEY);
    const updatedAt = sqlite.prepare("SELECT updated_at FROM people WHERE name = '吕小军'").pluck().get();
    // Raw writes queue the rows for the index; the start catches up after the data migrations.
    catchUpSearchIndex(sqlite);
    expect(await names('lvxiaojun')).toEqual([]);

    expect(migrateSearchKeys(sqlite, 'test-device', new Date())).toEqual({ changed: { people: 1, clients: 1 } });
    catchUpSearchIndex(sqlite);
    expect(await names('lvxiaojun')).toEqual(['吕小军']);
    expect(await names('lüxiaojun')).toEqual(['吕小军']);
    expect(sqlite.prepare("SELECT updated_at FROM people WHERE name = '吕小军'").pluck().get()).toBe(updatedAt);
    expect(migrateSearchKeys(sqlite, 'test-device', new Date())).toEqual({ changed: null });
  });

  it('a run cut short is finished by the next start', async () => {
    const { sqlite } = core;
    sqlite.prepare("UPDATE people SET name_pinyin = 'lxiaojun', name_initials = 'lxj' WHERE name = '吕小军'").run();
    sqlite.prepare("UPDATE people SET name_pinyin = 'xul', name_initials = 'xl' WHERE name = '许律'").run();
    sqlite.prepare('DELETE FROM settings WHERE key = ?').run(SEARCH_KEYS_VERSION_KEY);
    // A crash after one batch: one row re-keyed, the version not yet written.
    sqlite.prepare("UPDATE people SET name_pinyin = 'luxiaojun', name_initials = 'lxj' WHERE name = '吕小军'").run();
    expect(migrateSearchKeys(sqlite, 'test-device', new Date())).toEqual({ changed: { people: 1, clients: 0 } });
    catchUpSearchIndex(sqlite);
    expect(await names('xulv')).toEqual(['许律']);
  });
});

describe("the desk's arrivals filter (renderer) folds as main does", () => {
  const guest = (name: string): ArrivalGuest =>
    ({ key: name, name, company: '', title: '', phone: '', needs: { diet: '', transport: '', accessibility: '', other: '' } }) as unknown as ArrivalGuest;
  const group = { planId: 'p', title: '来访', level: 'normal', arrivalAt: null, clientName: null, greeter: null, guests: [guest('吕小军'), guest('张伟'), guest('Vivian')] } as ArrivalGroup;

  it.each([
    ['lvxiaojun', ['吕小军']],
    ['luxiaojun', ['吕小军']],
    ['lüxiaojun', ['吕小军']],
    ['lxj', ['吕小军']],
    ['zw', ['张伟']],
    ['viv', ['Vivian']],
  ])('%s', async (query, expected) => {
    await loadPinyin();
    expect(filterGroups([group], query, true).flatMap((v) => v.guests.map((g) => g.name))).toEqual(expected);
  });
});
