import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientDetail } from '../../contract/clients';
import type { ExpiredItem } from '../../contract/retention';
import type { VisitSummary } from '../../contract/visits';
import { insertClass, insertDocument } from '../helpers/archive-rows';
import { ADMIN, makeTestCore, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
let clock = new Date('2020-03-10T09:00:00');
beforeEach(async () => {
  clock = new Date('2020-03-10T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

type Page = { items: ExpiredItem[]; nextCursor: string | null };
const expired = (kind: 'document' | 'person', extra: object = {}) => core.call<Page>('retention.expired', { kind, ...extra });
const ids = (p: Page) => p.items.map((i) => i.id);
/** Moves the clock; past the idle time the desk locks, so it is unlocked again. */
async function jump(at: string) {
  clock = new Date(at);
  await core.dispatch('session.unlock', { password: ADMIN.password });
}

function doc(code: string, retainUntil: string | null, classId: string, title = `文件 ${code}`) {
  return insertDocument(core.sqlite, { code, title, classId, docDate: '2015-01-01', retainUntil, versions: [{ content: Buffer.from(code), fileName: `${code}.pdf`, text: null }] }).id;
}

describe('retention: what has expired', () => {
  it('lists a document from the day after its kept-until day, not on it or before', async () => {
    const classId = insertClass(core.sqlite, '合同', 5);
    const before = doc('AR-200101-001', '2026-06-02', classId);
    const onTheDay = doc('AR-200101-002', '2026-06-01', classId);
    const after = doc('AR-200101-003', '2026-05-31', classId);
    doc('AR-200101-004', null, classId);
    await jump('2026-06-01T10:00:00');
    const page = await expired('document');
    expect(ids(page)).toEqual([after]);
    expect(page.items[0]).toMatchObject({ kind: 'document', code: 'AR-200101-003', title: '文件 AR-200101-003', detail: '合同', keptUntil: '2026-05-31', pendingCode: null });
    await jump('2026-06-02T00:01:00');
    expect(ids(await expired('document'))).toEqual([after, onTheDay]);
    expect(ids(await expired('document'))).not.toContain(before);
  });

  it('pages by key through the expired documents in kept-until order', async () => {
    const classId = insertClass(core.sqlite, '会议纪要', 1);
    const made = Array.from({ length: 5 }, (_, i) => doc(`AR-200101-01${i}`, `2021-0${5 - i}-01`, classId));
    await jump('2026-01-01T09:00:00');
    const first = await expired('document', { limit: 2 });
    const second = await expired('document', { limit: 2, cursor: first.nextCursor });
    const third = await expired('document', { limit: 2, cursor: second.nextCursor });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual([...made].reverse());
    expect(third.nextCursor).toBeNull();
  });

  it("expires a walk-in's personal data the day after their last visit plus the period; a client's contact never", async () => {
    const walkIn = (await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN })).personId;
    const client = await core.call<ClientDetail>('clients.create', { name: '华为技术有限公司' });
    const contact = (await core.call<{ id: string }>('people.create', { name: '王芳', clientId: client.id, phone: '13900000002' })).id;
    await core.call('visits.checkIn', { ...WALK_IN, name: '王芳', phone: '13900000002', personId: contact }).catch(() => undefined);
    // Three years (the default period) after 2020-03-10: kept through 2023-03-10.
    await jump('2023-03-10T18:00:00');
    expect(ids(await expired('person'))).toEqual([]);
    await jump('2023-03-11T08:00:00');
    const page = await expired('person');
    expect(ids(page)).toEqual([walkIn]);
    expect(page.items[0]).toMatchObject({ kind: 'person', title: '张伟', since: '2020-03-10', keptUntil: '2023-03-10' });
    await jump('2040-01-01T08:00:00');
    expect(ids(await expired('person'))).not.toContain(contact);
  });

  it('a new visit, or being a guest of an open plan, keeps a person', async () => {
    const personId = (await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN })).personId;
    await jump('2024-01-01T09:00:00');
    expect(ids(await expired('person'))).toEqual([personId]);
    const plan = await core.call<{ id: string }>('plans.create', { title: '回访', expectedHeadcount: 1 });
    await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId, isLead: true }] });
    expect(ids(await expired('person'))).toEqual([]);
  });

  it('the period is a site setting of 1 to 30 years, saved by a manager', async () => {
    const personId = (await core.call<VisitSummary>('visits.checkIn', { ...WALK_IN })).personId;
    await jump('2022-03-11T09:00:00');
    expect(ids(await expired('person'))).toEqual([]);
    expect((await core.call<{ personalDataYears: number }>('retention.saveRules', { personalDataYears: 2 })).personalDataYears).toBe(2);
    expect(ids(await expired('person'))).toEqual([personId]);
    for (const bad of [0, 31, 2.5]) {
      const r = await core.dispatch('retention.saveRules', { personalDataYears: bad });
      expect(r.ok).toBe(false);
    }
    const rules = await core.call<{ personalDataYears: number }>('retention.rules', {});
    expect(rules.personalDataYears).toBe(2);
    expect(core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'retention.rules'").pluck().get()).toContain('"to":2');
  });
});
