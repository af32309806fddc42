import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../contract/clients';
import { identityConflictOf } from '../../contract/identity';
import type { PlanDetail } from '../../contract/plans';
import type { ExpectedGuest, VisitSummary } from '../../contract/visits';
import { openDatabase } from '../../db/open';
import { makeTestCore, REPO_ROOT, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

let core: TestCore;
let clock = new Date('2026-11-20T09:00:00');
beforeEach(async () => {
  clock = new Date('2026-11-20T09:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

function setClock(iso: string) {
  clock = new Date(iso);
  core.runtime.session.touch(clock);
}

const checkIn = (input: object) => core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, ...input });
const tryCheckIn = (input: object) => core.dispatch('visits.checkIn', { ...WALK_IN, ...input });

function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(join(core.dataDir, 'reception.sqlite3'), { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const visitorRow = (id: string) => readDb((db) => db.prepare('SELECT name, company, phone, id_number_mask AS idMasked, updated_at AS updatedAt FROM people WHERE id = ?').get(id));
const counts = () => readDb((db) => ({
  people: db.prepare('SELECT COUNT(*) FROM people').pluck().get(),
  visits: db.prepare('SELECT COUNT(*) FROM visits').pluck().get(),
  audit: db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get(),
}));
const lastCheckInAudit = () =>
  readDb((db) => JSON.parse(db.prepare("SELECT detail FROM audit_log WHERE action = 'visit.checkIn' ORDER BY seq DESC LIMIT 1").pluck().get() as string) as Record<string, unknown>);

/** 张伟 of 华为 came last week with his ID card, and left. */
async function firstVisit(id = residentId()) {
  const first = await checkIn({ idNumber: id });
  await core.call('visits.checkOut', { visitId: first.id });
  setClock('2026-11-27T09:00:00');
  return { first, id };
}

/** The same ID card, another name, company and phone: who is this? */
const CHANGED = { name: '张卫', company: '腾讯科技', phone: '13900139000' };

describe('a returning visitor whose details differ from the record', () => {
  it('is refused with both versions side by side, and nothing changes', async () => {
    const { first, id } = await firstVisit();
    const before = counts();
    const refused = await tryCheckIn({ ...CHANGED, idNumber: id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'identityMismatch' } } });
    const conflict = identityConflictOf(!refused.ok ? refused.error.details : undefined);
    const mask = `110***********${id.slice(-4)}`;
    expect(conflict).toEqual({
      personId: first.personId,
      lastVisitDay: '2026-11-20',
      differs: ['name', 'company', 'phone'],
      onFile: { name: '张伟', company: '华为技术有限公司', phone: '13800138000', idMasked: mask },
      typed: { name: '张卫', company: '腾讯科技', phone: '13900139000', idMasked: mask },
    });
    // Only masks leave main.
    expect(JSON.stringify(refused)).not.toContain(id);
    expect(counts()).toEqual(before);
    expect(visitorRow(first.personId)).toMatchObject({ name: '张伟', company: '华为技术有限公司', phone: '13800138000' });
  });

  it('"use the record on file" checks in under the record as it is', async () => {
    const { first, id } = await firstVisit();
    const visit = await checkIn({ ...CHANGED, idNumber: id, identity: { action: 'useOnFile' } });
    expect(visit).toMatchObject({ personId: first.personId, name: '张伟', company: '华为技术有限公司', phone: '13800138000' });
    expect(visitorRow(first.personId)).toMatchObject({ name: '张伟', company: '华为技术有限公司', phone: '13800138000' });
    expect(counts().people).toBe(1);
    const detail = lastCheckInAudit();
    // Who came is the visit's own row (its subject in the log); the entry keeps the decision and that no record was made.
    expect(detail).toEqual({ newVisitor: false, identity: { action: 'useOnFile', differs: ['name', 'company', 'phone'] } });
  });

  it('"update the record" needs a reason, is audited with old and new values, and earlier visits keep who came', async () => {
    const { first, id } = await firstVisit();
    const noReason = await tryCheckIn({ ...CHANGED, idNumber: id, identity: { action: 'update', reason: ' ' } });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'identity.reason', message: 'identityReason.required' }] } });

    const visit = await checkIn({ ...CHANGED, idNumber: id, identity: { action: 'update', reason: '本人改名，出示新名片' } });
    expect(visit).toMatchObject({ personId: first.personId, ...CHANGED });
    expect(await core.call<Person>('people.get', { id: first.personId })).toMatchObject({ ...CHANGED, visitCount: 2 });
    expect(lastCheckInAudit()).toMatchObject({
      identity: { action: 'update', reason: '本人改名，出示新名片', differs: ['name', 'company', 'phone'] },
      visitorChanges: {
        before: { name: '张伟', company: '华为技术有限公司', phone: '13800138000' },
        after: { name: '张卫', company: '腾讯科技', phone: '13900139000' },
      },
    });

    // Last week's visit still says who came then, in every list and in print.
    const history = readDb((db) => db.prepare('SELECT visitor_name AS name, visitor_company AS company, visitor_phone AS phone FROM visits ORDER BY check_in_at').all());
    expect(history).toEqual([
      { name: '张伟', company: '华为技术有限公司', phone: '13800138000' },
      { name: '张卫', company: '腾讯科技', phone: '13900139000' },
    ]);
    // The badge reprinted for last week's visit reads as it did then.
    const render = core.engine.renderPdf.bind(core.engine);
    const badges: { name: string; company: string }[] = [];
    core.engine.renderPdf = async (jobId, page) => {
      const job = await core.call<{ badges: { name: string; company: string }[] }>('print.job', { jobId });
      badges.push(...job.badges);
      return render(jobId, page);
    };
    await core.call('print.badges', { visitIds: [first.id], layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' });
    expect(badges).toMatchObject([{ name: '张伟', company: '华为技术有限公司' }]);

    setClock('2026-11-20T18:00:00');
    const { rows: lastWeek } = await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'today' });
    expect(lastWeek.map((v) => [v.id, v.name, v.company])).toEqual([[first.id, '张伟', '华为技术有限公司']]);
  });

  it('asks again when only the phone or company of a name-and-phone match differ; blanks keep what is on file', async () => {
    const first = await checkIn({ idNumber: '' });
    await core.call('visits.checkOut', { visitId: first.id });
    const byNamePhone = await tryCheckIn({ company: '腾讯科技' });
    expect(identityConflictOf(!byNamePhone.ok ? byNamePhone.error.details : undefined)).toMatchObject({
      personId: first.personId,
      differs: ['company'],
      onFile: { company: '华为技术有限公司', idMasked: null },
      typed: { company: '腾讯科技', idMasked: null },
    });
    // Blank company and phone mean "keep on file"; spacing, width and letter case are how it was typed.
    const same = await checkIn({ personId: first.personId, name: ' 张伟 ', company: '', phone: '138 0013 8000' });
    expect(same).toMatchObject({ personId: first.personId, name: '张伟', company: '华为技术有限公司', phone: '13800138000' });
    expect(lastCheckInAudit()).not.toHaveProperty('identity');
  });

  it('asks again for a record picked from search, and refuses an ID number another record holds', async () => {
    const first = await checkIn({ idNumber: residentId() });
    await core.call('visits.checkOut', { visitId: first.id });
    const picked = await tryCheckIn({ personId: first.personId, name: '张伟伟', idNumber: '' });
    expect(picked).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'identityMismatch', differs: 'name', personId: first.personId } } });

    // A different ID number than the one on file is the strongest sign of another person.
    const otherId = residentId('110105', '19851212', '456');
    const newId = await tryCheckIn({ personId: first.personId, idNumber: otherId });
    expect(newId).toMatchObject({ ok: false, error: { details: { reason: 'identityMismatch', differs: 'idNumber', typedIdMasked: `110***********${otherId.slice(-4)}` } } });
    const kept = await checkIn({ personId: first.personId, idNumber: otherId, identity: { action: 'useOnFile' } });
    expect(kept.idMasked).toBe(first.idMasked);

    // An ID that belongs to someone else is refused whatever the resolution: no merge without a person deciding.
    await core.call('visits.checkOut', { visitId: kept.id });
    const other = await checkIn({ name: '王芳', phone: '13900139000', idNumber: otherId });
    await core.call('visits.checkOut', { visitId: other.id });
    for (const identity of [undefined, { action: 'useOnFile' }, { action: 'update', reason: '同一人' }]) {
      const stolen = await tryCheckIn({ personId: first.personId, idNumber: otherId, ...(identity && { identity }) });
      expect(stolen).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'idBelongsToAnother' } } });
    }
    expect(counts().people).toBe(2);
  });

  it('tells a visitor still on site before any difference', async () => {
    const first = await checkIn({ idNumber: '' });
    const again = await tryCheckIn({ personId: first.personId, name: '张卫' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'alreadyOnSite', badgeNo: first.badgeNo } } });
  });

  it('fills a blank on file without asking', async () => {
    const first = await checkIn({ company: '', phone: '', idNumber: '' });
    await core.call('visits.checkOut', { visitId: first.id });
    const id = residentId();
    const filled = await checkIn({ personId: first.personId, idNumber: id });
    expect(filled).toMatchObject({ personId: first.personId, company: '华为技术有限公司', phone: '13800138000', idMasked: `110***********${id.slice(-4)}` });
    // The first visit was made with no company: it keeps saying so.
    expect(readDb((db) => db.prepare('SELECT visitor_company FROM visits WHERE id = ?').pluck().get(first.id))).toBe('');
  });
});

describe('what counts as the same', () => {
  it('letter case, width and spacing of a name, and how a phone is written, are not differences', async () => {
    const first = await checkIn({ name: 'Anna Li', company: 'Siemens AG', phone: '+8613800138000', idNumber: '' });
    await core.call('visits.checkOut', { visitId: first.id });
    const again = await checkIn({ personId: first.personId, name: 'ANNA  LI', company: 'ｓｉｅｍｅｎｓ ＡＧ', phone: '(138) 0013 8000', idNumber: '' });
    expect(again).toMatchObject({ personId: first.personId, name: 'Anna Li', company: 'Siemens AG' });
    expect(lastCheckInAudit()).not.toHaveProperty('visitorChanges');
  });
});

describe('a planned guest', () => {
  it('checks in on the directory record, and the visit keeps it when the record changes later', async () => {
    const person = await core.call<{ id: string }>('people.create', { name: '赵总', phone: '13700137000', company: '小米科技' });
    const plan = await core.call<PlanDetail>('plans.create', { title: '小米来访', level: 'key', arrivalAt: '2026-11-20T09:30', departureAt: '2026-11-20T17:00', expectedHeadcount: 1, purpose: '合作' });
    await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: person.id, isLead: true }] });
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    const {
      visits: [visit],
    } = await core.call<{ visits: VisitSummary[] }>('visits.checkInPlanned', { planId: plan.id, personIds: [person.id], privacyAck: true });
    expect(visit).toMatchObject({ name: '赵总', company: '小米科技', phone: '13700137000' });
    await core.call('people.update', { id: person.id, name: '赵总监', company: '小米集团', phone: '13700137001' });
    const {
      rows: [listed],
    } = await core.call<{ rows: VisitSummary[] }>('visits.list', { scope: 'today' });
    expect(listed).toMatchObject({ id: visit!.id, name: '赵总', company: '小米科技', phone: '13700137000' });
    const [arrived] = await core.call<ExpectedGuest[]>('visits.expected', {});
    expect(arrived).toMatchObject({ personId: person.id, visitId: visit!.id, name: '赵总', company: '小米科技' });
  });
});

describe('migration 0004', () => {
  it('gives visits made before it the name, company and phone the record held', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-snapshot-'));
    try {
      const migrations = join(REPO_ROOT, 'db', 'migrations');
      const older = join(dir, 'migrations-0003');
      cpSync(migrations, older, { recursive: true });
      const journalFile = join(older, 'meta', '_journal.json');
      const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
      journal.entries = journal.entries.filter((e) => e.tag < '0004');
      writeFileSync(journalFile, JSON.stringify(journal));
      const file = join(dir, 'a.sqlite3');
      const before = await openDatabase({ file, migrationsFolder: older, backupsDir: join(dir, 'b') });
      const stamp = '2026-11-20T01:00:00.000Z';
      before.sqlite
        .prepare("INSERT INTO visitors (id, created_at, updated_at, device_id, name, name_pinyin, name_initials, company, phone) VALUES ('v1', ?, ?, 'd', '张伟', 'zhangwei', 'zw', '华为', '13800138000')")
        .run(stamp, stamp);
      before.sqlite
        .prepare("INSERT INTO visits (id, created_at, updated_at, device_id, visitor_id, kind, status, host, badge_no, visit_day) VALUES ('t1', ?, ?, 'd', 'v1', 'walk_in', 'checked_out', '李娜', 'V1', '2026-11-20')")
        .run(stamp, stamp);
      before.sqlite.close();
      const after = await openDatabase({ file, migrationsFolder: migrations, backupsDir: join(dir, 'b') });
      expect(after.sqlite.prepare('SELECT visitor_name AS name, visitor_company AS company, visitor_phone AS phone FROM visits').all()).toEqual([
        { name: '张伟', company: '华为', phone: '13800138000' },
      ]);
      after.sqlite.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
