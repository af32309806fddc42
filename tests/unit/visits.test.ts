import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitSummary } from '../../contract/visits';
import { verifyAuditChain } from '../../main/audit/audit-log';
import { deskCodeOf, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
let clock = new Date('2026-11-27T09:00:00');
beforeEach(async () => {
  clock = new Date('2026-11-27T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

/** Moves the test clock; the receptionist is still at the desk, so it does not idle-lock. */
function setClock(iso: string) {
  clock = new Date(iso);
  core.runtime.session.touch(clock);
}

const checkIn = (input: object) => core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, ...input });

describe('walk-in check-in', () => {
  it('registers a visitor, encrypts the ID and hands out sequential badge numbers', async () => {
    const id = residentId();
    const first = await checkIn({ idNumber: id });
    const second = await checkIn({ name: '王芳', phone: '13900139000', idNumber: '' });
    expect(first).toMatchObject({ name: '张伟', status: 'on_site', badgeNo: `V261127${deskCodeOf(core)}0001`, idMasked: `110***********${id.slice(-4)}` });
    expect(second.badgeNo).toBe(`V261127${deskCodeOf(core)}0002`);
    expect(second.idMasked).toBeNull();

    const raw = new Database(`${core.dataDir}/reception.sqlite3`, { readonly: true });
    const row = raw.prepare('SELECT * FROM people WHERE id = ?').get(first.personId) as Record<string, string>;
    raw.close();
    expect(JSON.stringify(row)).not.toContain(id);
    expect(row.id_number_enc).toMatch(/^k1:/);
    expect(row.name_pinyin).toBe('zhangwei');
    expect(row.name_initials).toBe('zw');
  });

  it('reuses the returning visitor: by ID number, by picked record, by name and phone', async () => {
    const id = residentId();
    const first = await checkIn({ idNumber: id });
    await core.call('visits.checkOut', { visitId: first.id });
    const byId = await checkIn({ phone: '', company: '', idNumber: id.toLowerCase() });
    expect(byId.personId).toBe(first.personId);
    expect(byId.company).toBe('华为技术有限公司');
    await core.call('visits.checkOut', { visitId: byId.id });
    const picked = await checkIn({ personId: first.personId, idNumber: '' });
    expect(picked.personId).toBe(first.personId);
    expect(picked.idMasked).toBe(first.idMasked);
    await core.call('visits.checkOut', { visitId: picked.id });
    const byPhone = await checkIn({ idNumber: '' });
    expect(byPhone.personId).toBe(first.personId);
    const visitors = new Database(`${core.dataDir}/reception.sqlite3`, { readonly: true });
    expect(visitors.prepare('SELECT COUNT(*) AS n FROM people').get()).toEqual({ n: 1 });
    visitors.close();
  });

  it('refuses a second check-in while on site, and an ID held by another record', async () => {
    const first = await checkIn({ idNumber: residentId() });
    const again = await core.dispatch('visits.checkIn', { ...WALK_IN, idNumber: '' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { badgeNo: first.badgeNo } } });
    const other = await checkIn({ name: '王芳', phone: '13900139000', idNumber: '' });
    await core.call('visits.checkOut', { visitId: other.id });
    const stolen = await core.dispatch('visits.checkIn', { ...WALK_IN, personId: other.personId, idNumber: residentId() });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'idNumber', message: 'id.belongsToAnother' }] } });
  });

  it('restarts badge numbers each day', async () => {
    await checkIn({});
    setClock('2026-11-28T08:00:00');
    const next = await checkIn({ name: '王芳', phone: '13900139000' });
    expect(next.badgeNo).toBe(`V261128${deskCodeOf(core)}0001`);
  });
});

describe('check-out', () => {
  it('checks out from the list or by a scanned badge, once', async () => {
    const a = await checkIn({});
    const b = await checkIn({ name: '王芳', phone: '13900139000' });
    setClock('2026-11-27T11:30:00');
    const out = await core.call<VisitSummary>('visits.checkOut', { visitId: a.id });
    expect(out).toMatchObject({ status: 'checked_out', checkOutAt: clock.toISOString() });
    const scanned = await core.call<VisitSummary>('visits.checkOutByBadge', { badgeNo: ` ${b.badgeNo.toLowerCase()}\n` });
    expect(scanned.id).toBe(b.id);
    const twice = await core.dispatch('visits.checkOutByBadge', { badgeNo: b.badgeNo });
    expect(twice).toMatchObject({ ok: false, error: { code: 'ALREADY_CHECKED_OUT', details: { name: '王芳' } } });
    expect(await core.dispatch('visits.checkOutByBadge', { badgeNo: 'V0000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'on_site' })).rows).toHaveLength(0);
    expect((await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'today' })).rows).toHaveLength(2);
  });

  it('undoes a wrong check-out the same day only', async () => {
    const a = await checkIn({});
    await core.call('visits.checkOut', { visitId: a.id });
    const back = await core.call<VisitSummary>('visits.undoCheckOut', { visitId: a.id });
    expect(back).toMatchObject({ status: 'on_site', checkOutAt: null });
    expect(await core.dispatch('visits.undoCheckOut', { visitId: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_CHECKED_OUT' } });
    await core.call('visits.checkOut', { visitId: a.id });
    setClock('2026-11-28T09:00:00');
    expect(await core.dispatch('visits.undoCheckOut', { visitId: a.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('writes every change to a verifiable audit chain, without plaintext IDs', async () => {
    const id = residentId();
    const a = await checkIn({ idNumber: id });
    await core.call('visits.checkOut', { visitId: a.id });
    const ctx = core.context({ operatorId: 't', operatorName: 't', roles: ['admin'] });
    expect(verifyAuditChain(ctx.db)).toBeNull();
    const rows = core.sqlite.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'visit.%' ORDER BY seq").all() as { action: string; detail: string }[];
    expect(rows.map((r) => r.action)).toEqual(['visit.checkIn', 'visit.checkOut']);
    expect(JSON.stringify(rows)).not.toContain(id);
    const seq = core.sqlite.prepare("SELECT seq FROM audit_log WHERE action = 'visit.checkIn'").pluck().get() as number;
    // The entry says what the visit row does not: that a visitor record was made. Turn it around behind the app.
    const edited = core.sqlite.prepare(`UPDATE audit_log SET detail = replace(detail, '"newVisitor":true', '"newVisitor":false') WHERE seq = ? AND detail LIKE '%"newVisitor":true%'`).run(seq);
    expect(edited.changes).toBe(1);
    expect(verifyAuditChain(ctx.db)).toBe(seq);
  });
});

describe('badge numbers', () => {
  it('keep counting past 9999 in a day', async () => {
    const { sqlite } = core;
    const v = await checkIn({});
    const desk = deskCodeOf(core);
    sqlite.prepare("UPDATE visits SET badge_no = ?, status = 'checked_out' WHERE id = ?").run(`V261127${desk}9999`, v.id);
    expect((await checkIn({})).badgeNo).toBe(`V261127${desk}10000`);
    await core.call('visits.checkOut', { visitId: (await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'on_site' })).rows[0]!.id });
    expect((await checkIn({})).badgeNo).toBe(`V261127${desk}10001`);
  });
});
