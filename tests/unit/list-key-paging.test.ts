import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../contract/audit';
import type { ClientSummary, PersonSummary } from '../../contract/clients';
import { makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';
import { signedInUserId } from '../helpers/followups-seed';

/**
 * Issue 11 item 3: the audit log and the directory are read a page at a time
 * by key. Walking every page must give every row exactly once, in the list's
 * order, whatever ties the order has and whatever is written between pages.
 */
let core: TestCore;
// One instant for everything written: every audit entry ties on `at`.
const clock = new Date('2026-11-27T09:00:00');
beforeEach(async () => (core = await makeTestCore({ now: () => clock })));
afterEach(() => core.cleanup());

interface Page<T> {
  items?: T[];
  entries?: T[];
  nextCursor: string | null;
}

/** Every page of a list, `limit` rows each, following nextCursor; `between` runs after each page. */
async function walk<T>(channel: string, input: object, limit: number, between: (pageNo: number) => Promise<void> = async () => {}): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null | undefined;
  do {
    const page = await core.call<Page<T>>(channel, { ...input, limit, ...(cursor && { cursor }) });
    pages.push(page.items ?? page.entries ?? []);
    cursor = page.nextCursor;
    await between(pages.length);
  } while (cursor);
  return pages;
}

/** An entry another desk wrote (as a merged log holds), at a given instant; the trigger keeps audit_actions. */
function foreignEntry(at: string, deviceId: string, deviceSeq: number, action = 'visit.checkIn', actor = '另一台'): void {
  core.sqlite
    .prepare(
      `INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, detail, prev_hash, hash, device_seq, prev_id)
       VALUES (?, ?, ?, ?, ?, 'visit', NULL, '{}', '0', '0', ?, NULL)`,
    )
    .run(uuidv7(), at, deviceId, actor, action, deviceSeq);
}

const auditKey = (e: AuditEntryView) => e.seq;

describe('the audit log read by key', () => {
  it('gives every entry once, newest first, across ties on the same instant and on two desks', async () => {
    for (const name of ['赵一', '钱二', '孙三', '李四']) await core.call('people.create', { name, confirmNew: true });
    const at = clock.toISOString();
    // Another desk wrote at the very same instant: ties on `at` are settled by device, then its own number.
    for (let n = 1; n <= 5; n++) foreignEntry(at, '00000000-desk-b', n);
    const whole = (await core.call<{ entries: AuditEntryView[] }>('audit.list', { limit: 500 })).entries;
    expect(whole.length).toBeGreaterThanOrEqual(10);
    for (const limit of [1, 2, 3, 7]) {
      const pages = await walk<AuditEntryView>('audit.list', {}, limit);
      expect(pages.flat().map(auditKey), `limit ${limit}`).toEqual(whole.map(auditKey));
      expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
    }
  });

  it('merges the actions of a prefix in the same order as the unfiltered log', async () => {
    await core.call('visits.checkIn', WALK_IN);
    const at = clock.toISOString();
    for (let n = 1; n <= 4; n++) foreignEntry(at, '00000000-desk-b', n, n % 2 ? 'visit.checkIn' : 'visit.checkOut');
    foreignEntry('2026-11-27T00:59:00.000Z', '00000000-desk-b', 5, 'visit.undoCheckOut');
    const visitEntries = (await core.call<{ entries: AuditEntryView[] }>('audit.list', { limit: 500 })).entries.filter((e) => e.action.startsWith('visit.'));
    expect(new Set(visitEntries.map((e) => e.action))).toEqual(new Set(['visit.checkIn', 'visit.checkOut', 'visit.undoCheckOut']));
    for (const limit of [1, 2, 4]) {
      expect((await walk<AuditEntryView>('audit.list', { action: 'visit.' }, limit)).flat().map(auditKey)).toEqual(visitEntries.map(auditKey));
    }
  });

  it('merges the people a part of a name matches, in the same order as the unfiltered log, and counts them', async () => {
    await core.call('visits.checkIn', WALK_IN);
    const at = clock.toISOString();
    // Two more people whose names hold 管 (as 系统管理员 does), on another desk, at the same instant as this desk's entries and around them.
    for (let n = 1; n <= 6; n++) foreignEntry(n % 3 ? at : `2026-11-2${n}T08:00:00.000Z`, '00000000-desk-w', n, n % 2 ? 'visit.checkIn' : 'visit.checkOut', n % 2 ? '管小二' : '老管');
    foreignEntry(at, '00000000-desk-w', 7, 'visit.checkIn', '李前台');
    const whole = (await core.call<{ entries: AuditEntryView[] }>('audit.list', { limit: 500 })).entries;
    const withGuan = whole.filter((e) => e.actor.includes('管'));
    expect(new Set(withGuan.map((e) => e.actor))).toEqual(new Set(['系统管理员', '管小二', '老管']));
    for (const limit of [1, 2, 5]) {
      expect((await walk<AuditEntryView>('audit.list', { actor: '管' }, limit)).flat().map(auditKey)).toEqual(withGuan.map(auditKey));
    }
    const counted = await core.call<{ count: { n: number } }>('audit.list', { actor: '管', count: true });
    expect(counted.count.n).toBe(withGuan.length);
    // With an action too: the action's entries, of those people only.
    const checkIns = withGuan.filter((e) => e.action === 'visit.checkIn');
    expect((await walk<AuditEntryView>('audit.list', { actor: '管', action: 'visit.checkIn' }, 2)).flat().map(auditKey)).toEqual(checkIns.map(auditKey));
    // A name no one has: nothing, without reading the log.
    expect((await core.call<{ entries: unknown[]; count: { n: number } }>('audit.list', { actor: '无此人', count: true })).count.n).toBe(0);
  });

  it('shows entries written between pages where they belong: newer ones on a fresh first page, older merged ones in the pages still to come', async () => {
    for (let n = 1; n <= 6; n++) foreignEntry(`2026-11-20T0${n}:00:00.000Z`, '00000000-desk-b', n);
    const seen: AuditEntryView[] = [];
    const pages = await walk<AuditEntryView>('audit.list', { action: 'visit.checkIn' }, 2, async (pageNo) => {
      if (pageNo !== 1) return;
      foreignEntry('2026-11-21T00:00:00.000Z', '00000000-desk-c', 1); // newer than the page read: shown on a fresh first page
      foreignEntry('2026-11-19T00:00:00.000Z', '00000000-desk-c', 2); // older: comes in a later page
    });
    seen.push(...pages.flat());
    const ats = seen.map((e) => e.at);
    expect(new Set(seen.map(auditKey)).size).toBe(seen.length);
    expect(ats).toEqual([...ats].sort().reverse());
    expect(ats).toContain('2026-11-19T00:00:00.000Z');
    expect(ats).not.toContain('2026-11-21T00:00:00.000Z');
    expect(seen).toHaveLength(7);
  });

  it('refuses a cursor that is not one', async () => {
    for (const cursor of ['not json', '{"offset":3}', '["2026-11-27", "dev"]', 'x'.repeat(601)]) {
      expect(await core.dispatch('audit.list', { cursor }), cursor).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'cursor' }] } });
    }
  });

  it('keeps the list of actions as entries are written, by any writer', async () => {
    expect(await core.call('audit.actions', {})).not.toContain('backup.imported');
    foreignEntry(clock.toISOString(), '00000000-desk-b', 1, 'backup.imported');
    expect(await core.call<string[]>('audit.actions', {})).toContain('backup.imported');
  });
});

describe('the directory read by key', () => {
  it('gives every person once in pinyin order, people of the same pinyin included', async () => {
    for (let n = 0; n < 5; n++) await core.call('people.create', { name: '张伟', phone: `1380013800${n}`, confirmNew: true });
    for (const name of ['章为', '李娜', '王芳']) await core.call('people.create', { name, confirmNew: true });
    const whole = (await core.call<{ items: PersonSummary[] }>('people.list', { limit: 200 })).items;
    // 章为 reads zhangwei too: it ties with the five 张伟 and follows them by id (made last).
    expect(whole.map((p) => p.name)).toEqual(['李娜', '王芳', '张伟', '张伟', '张伟', '张伟', '张伟', '章为']);
    for (const limit of [1, 2, 3]) {
      expect((await walk<PersonSummary>('people.list', {}, limit)).flat().map((p) => p.id)).toEqual(whole.map((p) => p.id));
    }
  });

  it('a person added between pages appears once, in its place if it is still ahead', async () => {
    for (const name of ['安一', '白二', '陈三', '丁四']) await core.call('people.create', { name, confirmNew: true });
    const pages = await walk<PersonSummary>('people.list', {}, 2, async (pageNo) => {
      if (pageNo !== 1) return;
      await core.call('people.create', { name: '阿零', confirmNew: true }); // a… before the page read: not in this walk
      await core.call('people.create', { name: '周五', confirmNew: true }); // z… ahead: comes on a later page
    });
    expect(pages.flat().map((p) => p.name)).toEqual(['安一', '白二', '陈三', '丁四', '周五']);
  });

  it('pages clients by tier then pinyin, and one tier alone', async () => {
    const made: [string, string][] = [['中国银行', 'key'], ['腾讯科技', 'vip'], ['重庆火锅', 'normal'], ['阿里巴巴', 'vip'], ['百度', 'key'], ['安徽建工', 'normal']];
    // A VIP is looked after by a user: the administrator signed in here.
    const manager = await signedInUserId(core);
    for (const [name, tier] of made) await core.call('clients.create', { name, tier, ...(tier === 'vip' && { accountManagerUserId: manager }) });
    const all = (await walk<ClientSummary>('clients.list', {}, 1)).flat();
    expect(all.map((c) => c.name)).toEqual(['阿里巴巴', '腾讯科技', '百度', '中国银行', '安徽建工', '重庆火锅']);
    expect((await walk<ClientSummary>('clients.list', { tier: 'key' }, 1)).flat().map((c) => c.name)).toEqual(['百度', '中国银行']);
  });

  it('pages a search by its rank, and refuses a cursor of the other kind', async () => {
    for (let n = 0; n < 5; n++) await core.call('people.create', { name: `王${'一二三四五'[n]}`, confirmNew: true });
    await core.call('people.create', { name: '王', confirmNew: true });
    const pages = await walk<PersonSummary>('people.list', { query: '王' }, 2);
    expect(pages.flat()[0]!.name).toBe('王');
    expect(new Set(pages.flat().map((p) => p.id)).size).toBe(6);
    const browsing = (await core.call<{ nextCursor: string }>('people.list', { limit: 1 })).nextCursor;
    expect(await core.dispatch('people.list', { query: '王', cursor: browsing })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'cursor' }] } });
    expect(await core.dispatch('people.list', { cursor: '{"offset":2}' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'cursor' }] } });
  });

  it('pages the staff by login', async () => {
    for (const login of ['zhao', 'li', 'wang']) {
      await core.call('users.create', { login, name: login, department: '', roles: ['receptionist'], password: 'First-pass-1' });
    }
    expect((await walk<{ login: string }>('users.list', {}, 1)).flat().map((u) => u.login)).toEqual(['admin', 'li', 'wang', 'zhao']);
  });
});
