import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientDetail, Person, PersonMatch } from '../../contract/clients';
import type { VisitorSummary } from '../../contract/visitors';
import type { VisitSummary } from '../../contract/visits';
import { verifyAuditChain } from '../../main/audit/audit-log';
import { makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';
import { signedInUserId } from '../helpers/followups-seed';

let core: TestCore;
let clock = new Date('2026-11-27T09:00:00');
beforeEach(async () => {
  clock = new Date('2026-11-27T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

const ID_A = residentId();
const ID_B = residentId('310104', '19851224', '456');
const mask = (id: string) => `${id.slice(0, 3)}***********${id.slice(-4)}`;

const createPerson = (input: object) => core.call<Person>('people.create', input);
const find = (input: object) => core.call<PersonMatch[]>('people.find', input);
const checkIn = (input: object) => core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, ...input });
const adminCtx = () => core.context({ operatorId: 't', operatorName: 't', roles: ['admin'] });
function raw<T>(query: string, ...params: unknown[]): T {
  const db = new Database(`${core.dataDir}/reception.sqlite3`, { readonly: true });
  try {
    return db.prepare(query).get(...params) as T;
  } finally {
    db.close();
  }
}

describe('people', () => {
  it('creates a contact with every field; the ID is sealed and shown masked', async () => {
    const client = await core.call<ClientDetail>('clients.create', { name: '华为技术有限公司' });
    const p = await createPerson({
      name: '张伟',
      clientId: client.id,
      title: '采购总监',
      phone: '138 0013 8000',
      email: 'zhang.wei@example.com',
      idNumber: ID_A,
      dietary: '清真',
      transport: '需要接机',
      preferences: '喜欢绿茶',
      birthday: '1990-03-07',
      notes: '第一次来访',
    });
    expect(p).toMatchObject({ name: '张伟', clientName: '华为技术有限公司', phone: '13800138000', idType: 'resident_id', idMasked: mask(ID_A), birthday: '1990-03-07', visitCount: 0 });
    expect(await core.call('people.get', { id: p.id })).toEqual(p);
    const row = raw<Record<string, string>>('SELECT * FROM people WHERE id = ?', p.id);
    expect(JSON.stringify(row)).not.toContain(ID_A);
    expect(row).toMatchObject({ name_pinyin: 'zhangwei', name_initials: 'zw', dietary: '清真' });
    const audit = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'person.create'").pluck().all() as string[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).not.toContain(ID_A);
    expect(audit[0]).toContain(mask(ID_A));
  });

  it('validates email, birthday and the ID with i18n keys', async () => {
    const issues = async (input: object) => {
      const r = await core.dispatch('people.create', { name: '王芳', ...input });
      return r.ok ? [] : (r.error.issues ?? []);
    };
    expect(await issues({ email: 'not-an-email' })).toContainEqual({ path: 'email', message: 'email.invalid' });
    expect(await issues({ email: 'a@b' })).toContainEqual({ path: 'email', message: 'email.invalid' });
    expect(await issues({ birthday: '2023-02-30' })).toContainEqual({ path: 'birthday', message: 'date.invalid' });
    expect(await issues({ birthday: '2999-01-01' })).toContainEqual({ path: 'birthday', message: 'date.invalid' });
    expect(await issues({ birthday: '1990/03/07' })).toContainEqual({ path: 'birthday', message: 'date.invalid' });
    expect(await issues({ idNumber: '110105194912310021' })).toContainEqual({ path: 'idNumber', message: 'id.checkDigit' });
    expect(await issues({ phone: '12345' })).toContainEqual({ path: 'phone', message: 'phone.invalid' });
    expect(await issues({ clientId: 'x' })).toContainEqual({ path: 'clientId', message: 'invalidId' });
    const both = await core.dispatch('people.update', { id: '01900000-0000-7000-8000-000000000000', idNumber: ID_B });
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'idType', message: 'required' }] } });
  });

  it('finds matches before creating: by ID number, phone, name and pinyin', async () => {
    const walkIn = await checkIn({ idNumber: ID_A });
    const other = await createPerson({ name: '章伟', phone: '13900139000' });

    const byId = await find({ idNumber: ID_A.toLowerCase() });
    expect(byId).toMatchObject([{ person: { id: walkIn.personId, idMasked: mask(ID_A) }, matchedBy: 'idNumber', score: 100 }]);
    expect(JSON.stringify(byId)).not.toContain(ID_A);

    expect(await find({ phone: '+86 139 0013 9000' })).toMatchObject([{ person: { id: other.id }, matchedBy: 'phone', reasons: ['phone'] }]);

    const byName = await find({ name: '张伟' });
    expect(byName.map((m) => [m.person.name, m.matchedBy, m.score])).toEqual([
      ['张伟', 'name', 30],
      ['章伟', 'name', 20],
    ]);
    const combined = await find({ name: '张伟', phone: '13800138000', idNumber: ID_A });
    expect(combined[0]).toMatchObject({ person: { id: walkIn.personId }, matchedBy: 'idNumber', reasons: ['idNumber', 'phone', 'name'], score: 100 });
    expect(await find({ name: '李娜' })).toEqual([]);
    expect(await find({})).toEqual([]);
  });

  it('refuses a likely duplicate unless confirmed, and never gives an ID number twice', async () => {
    const first = await createPerson({ name: '张伟', phone: '13800138000', idNumber: ID_A });
    const samePhone = await core.dispatch('people.create', { name: '张薇', phone: '13800138000' });
    expect(samePhone).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'possibleDuplicate', matchId: first.id, matchedBy: 'phone' } } });
    const sameId = await core.dispatch('people.create', { name: '张伟', idNumber: ID_A });
    expect(sameId).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'possibleDuplicate', matchId: first.id, matchedBy: 'idNumber' } } });
    const forcedId = await core.dispatch('people.create', { name: '张伟', idNumber: ID_A, confirmNew: true });
    expect(forcedId).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'idBelongsToAnother' }, issues: [{ path: 'idNumber', message: 'id.belongsToAnother' }] } });
    // A name alone is only a hint: no confirmation needed.
    await createPerson({ name: '张伟' });
    const family = await createPerson({ name: '张薇', phone: '13800138000', confirmNew: true });
    expect(family.id).not.toBe(first.id);
    expect(raw<{ n: number }>('SELECT COUNT(*) AS n FROM people')).toEqual({ n: 3 });
  });

  it('updates only what is sent; a new ID number is re-sealed, one held by another is refused', async () => {
    const a = await createPerson({ name: '张伟', phone: '13800138000', idNumber: ID_A, dietary: '素食' });
    const b = await createPerson({ name: '王芳', phone: '13900139000' });
    const stolen = await core.dispatch('people.update', { id: b.id, idType: 'resident_id', idNumber: ID_A });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'idBelongsToAnother' } } });

    const updated = await core.call<Person>('people.update', { id: a.id, title: '总经理', idType: 'resident_id', idNumber: ID_B, birthday: '1985-12-24' });
    expect(updated).toMatchObject({ title: '总经理', dietary: '素食', phone: '13800138000', idMasked: mask(ID_B), birthday: '1985-12-24' });
    expect(await find({ idNumber: ID_B })).toMatchObject([{ person: { id: a.id } }]);
    expect(await find({ idNumber: ID_A })).toEqual([]);
    // ID_A is free again, so b may take it now.
    expect(await core.call<Person>('people.update', { id: b.id, idType: 'resident_id', idNumber: ID_A })).toMatchObject({ idMasked: mask(ID_A) });

    const cleared = await core.call<Person>('people.update', { id: a.id, idNumber: '', birthday: '' });
    expect(cleared).toMatchObject({ idType: null, idMasked: null, birthday: null });
    expect(raw<Record<string, unknown>>('SELECT id_number_enc, id_number_index FROM people WHERE id = ?', a.id)).toEqual({ id_number_enc: null, id_number_index: null });

    const audits = core.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'person.update' ORDER BY seq").pluck().all() as string[];
    expect(audits).toHaveLength(3);
    expect(JSON.parse(audits[0]!)).toMatchObject({ before: { title: '', idNumberMask: mask(ID_A) }, after: { title: '总经理', idNumberMask: mask(ID_B) } });
    expect(audits.join()).not.toContain(ID_A);
    expect(audits.join()).not.toContain(ID_B);

    // Saving what is already there writes nothing.
    await core.call('people.update', { id: a.id, title: '总经理' });
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'person.update'").pluck().get()).toBe(3);
    expect(await core.dispatch('people.update', { id: '01900000-0000-7000-8000-000000000000', title: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('merging two records of one person', () => {
  /** A walk-in record (no ID) and a directory record of the same person (with ID and details), each with a visit. */
  async function twoRecords() {
    const walk = await checkIn({ idNumber: '' });
    await core.call('print.badges', { visitIds: [walk.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' });
    await core.call('visits.checkOut', { visitId: walk.id });
    const client = await core.call<ClientDetail>('clients.create', { name: '华为技术有限公司', tier: 'vip', accountManagerUserId: await signedInUserId(core) });
    const dir = await createPerson({ name: '张伟', clientId: client.id, phone: '13900139000', email: 'zw@example.com', dietary: '清真', idNumber: ID_A, company: '华为' });
    const visit = await checkIn({ personId: dir.id, idNumber: '', company: '', phone: '' });
    await core.call('visits.checkOut', { visitId: visit.id });
    return { keepId: walk.personId, mergeId: dir.id, clientId: client.id, walkVisit: walk.id, dirVisit: visit.id };
  }

  it('moves visits, fills blanks, soft-deletes the merged record and audits once with masks only', async () => {
    const { keepId, mergeId, clientId, dirVisit } = await twoRecords();
    const before = await core.call<Person>('people.get', { id: keepId });
    const result = await core.call<{ person: Person; moved: { visits: number; mergedRecords: number } }>('people.merge', { keepId, mergeId });
    expect(result.moved).toEqual({ visits: 1, mergedRecords: 0 });
    expect(result.person).toMatchObject({
      id: keepId,
      // Non-blank fields of the kept record stay; blank ones are filled.
      phone: before.phone,
      company: before.company,
      email: 'zw@example.com',
      dietary: '清真',
      clientId,
      idMasked: mask(ID_A),
      visitCount: 2,
    });
    // The ID number was re-sealed under the kept record and still opens.
    expect(await core.call('visitors.revealId', { personId: keepId, reason: '核对合并' })).toMatchObject({ idNumber: ID_A });
    expect(raw<Record<string, unknown>>('SELECT person_id FROM visits WHERE id = ?', dirVisit)).toEqual({ person_id: keepId });
    const gone = raw<Record<string, unknown>>('SELECT deleted_at, merged_into FROM people WHERE id = ?', mergeId);
    expect(gone).toEqual({ deleted_at: clock.toISOString(), merged_into: keepId });
    expect(await core.dispatch('people.get', { id: mergeId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const ctx = adminCtx();
    const merges = core.sqlite.prepare("SELECT entity_id AS entityId, detail FROM audit_log WHERE action = 'person.merge'").all() as { entityId: string; detail: string }[];
    expect(merges).toHaveLength(1);
    expect(merges[0]!.entityId).toBe(keepId);
    expect(merges[0]!.detail).not.toContain(ID_A);
    expect(JSON.parse(merges[0]!.detail)).toMatchObject({
      mergeId,
      before: { idNumberMask: null, email: '' },
      after: { idNumberMask: mask(ID_A), email: 'zw@example.com' },
      moved: { visits: 1 },
    });
    expect(verifyAuditChain(ctx.db)).toBeNull();

    // Afterwards search and check-in dedupe see the kept record only.
    const found = await core.call<VisitorSummary[]>('visitors.search', { query: 'zhangwei', limit: 8 });
    expect(found).toMatchObject([{ id: keepId, visitCount: 2 }]);
    expect(await core.call<VisitorSummary[]>('visitors.search', { query: ID_A, limit: 8 })).toMatchObject([{ id: keepId }]);
    expect(await find({ idNumber: ID_A, phone: '13900139000' })).toMatchObject([{ person: { id: keepId }, matchedBy: 'idNumber' }]);
    const again = await checkIn({ phone: '', idNumber: ID_A });
    expect(again.personId).toBe(keepId);
    await core.call('visits.checkOut', { visitId: again.id });
    // A stale pick of the merged record (an old search result) checks the kept one in.
    const stale = await core.call<{ id: string; personId: string }>('visits.checkIn', { ...WALK_IN, personId: mergeId, phone: '', company: '', idNumber: '' });
    expect(stale.personId).toBe(keepId);
    await core.call('visits.checkOut', { visitId: stale.id });
    const client = await core.call<ClientDetail>('clients.get', { id: clientId });
    expect(client.people.map((p) => p.id)).toEqual([keepId]);
  });

  it('refuses itself, a deleted record, an unknown one, and two people on site', async () => {
    const { keepId, mergeId } = await twoRecords();
    expect(await core.dispatch('people.merge', { keepId, mergeId: keepId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'sameRecord' } } });
    expect(await core.dispatch('people.merge', { keepId, mergeId: '01900000-0000-7000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // Blank phone and company: check each in on their record as it is.
    const a = await checkIn({ personId: keepId, phone: '', company: '', idNumber: '' });
    const b = await checkIn({ personId: mergeId, phone: '', company: '', idNumber: '' });
    expect(await core.dispatch('people.merge', { keepId, mergeId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'bothOnSite' } } });
    await core.call('visits.checkOut', { visitId: a.id });
    // One of them on site is fine: the open visit moves with the record.
    const merged = await core.call<{ person: Person; moved: { visits: number } }>('people.merge', { keepId, mergeId });
    expect(merged.moved.visits).toBe(2);
    expect((await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'on_site' })).rows.map((v) => [v.id, v.personId])).toEqual([[b.id, keepId]]);

    expect(await core.dispatch('people.merge', { keepId, mergeId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'deleted' } } });
    expect(await core.dispatch('people.merge', { keepId: mergeId, mergeId: keepId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'deleted' } } });
    expect(core.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'person.merge'").pluck().get()).toBe(1);
  });

  it('points records merged earlier at the kept one', async () => {
    const a = await createPerson({ name: '张伟', phone: '13800138000' });
    const b = await createPerson({ name: '张伟', phone: '13900139000' });
    const c = await createPerson({ name: '张伟', phone: '13700137000' });
    await core.call('people.merge', { keepId: b.id, mergeId: c.id });
    const r = await core.call<{ moved: { mergedRecords: number } }>('people.merge', { keepId: a.id, mergeId: b.id });
    expect(r.moved.mergedRecords).toBe(1);
    expect(raw<Record<string, unknown>>('SELECT merged_into FROM people WHERE id = ?', c.id)).toEqual({ merged_into: a.id });
  });
});
