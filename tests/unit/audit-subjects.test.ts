import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../contract/audit';
import { auditDetailText } from '../../contract/audit-text';
import { DESTROYED_NAME } from '../../contract/retention';
import { uploadBytes, pdfWithText } from '../helpers/archive-upload';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * Issue 17 item 4: the log keeps per entry only what the record's row does not
 * hold (a visit's visitor, badge and host are its columns), and main names each
 * listed entry's record as it is now (its subject), read by key.
 */
let core: TestCore;
const clock = new Date('2026-11-27T09:00:00');
beforeEach(async () => {
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

type Visit = { id: string; personId: string; badgeNo: string };
const entriesOf = async (action: string) => (await core.call<{ entries: AuditEntryView[] }>('audit.list', { action, limit: 500 })).entries.filter((e) => e.action === action);
const newestOf = async (action: string) => (await entriesOf(action))[0]!;

describe('what a routine entry keeps', () => {
  it('a check-in: whether a record was made, and an update of the record with its old and new values and reason', async () => {
    const first = await core.call<Visit>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    expect((await newestOf('visit.checkIn')).detail).toEqual({ newVisitor: true });
    await core.call('visits.checkOut', { visitId: first.id });
    await core.call('visits.checkIn', { ...WALK_IN, company: '华为终端', identity: { action: 'update', reason: '单位更名' } });
    const update = await newestOf('visit.checkIn');
    expect(update.detail).toEqual({
      newVisitor: false,
      identity: { action: 'update', differs: ['company'], reason: '单位更名' },
      visitorChanges: { before: { company: '华为技术有限公司' }, after: { company: '华为终端' } },
    });
    // Read on screen: the change and its reason, the visitor named once (by the subject).
    const text = auditDetailText(update.detail, { locale: 'zh-CN', entity: update.entity, subject: update.subject });
    expect(text).toContain('单位更名');
    expect(text).toMatch(/华为技术有限公司.*华为终端/);
    expect(text).not.toContain('张伟');
  });

  it('a check-out and its undo: nothing but the visit, which the subject names', async () => {
    const v = await core.call<Visit>('visits.checkIn', WALK_IN);
    await core.call('visits.checkOut', { visitId: v.id });
    await core.call('visits.undoCheckOut', { visitId: v.id });
    for (const action of ['visit.checkOut', 'visit.undoCheckOut']) {
      expect(await newestOf(action)).toMatchObject({ entity: 'visit', entityId: v.id, detail: {}, subject: `张伟 · ${v.badgeNo}` });
    }
  });

  it('a badge print: a reprint says how many, a print of several names their badges', async () => {
    const a = await core.call<Visit>('visits.checkIn', WALK_IN);
    const b = await core.call<Visit>('visits.checkIn', { ...WALK_IN, name: '王芳', phone: '13900139000' });
    const print = { layoutId: 'label-89x36', printerId: 'pdf', locale: 'zh-CN' };
    await core.call('print.badges', { ...print, visitIds: [a.id] });
    expect(await newestOf('badge.print')).toMatchObject({ entityId: a.id, detail: {}, subject: `张伟 · ${a.badgeNo}` });
    await core.call('print.badges', { ...print, visitIds: [a.id], confirmReprint: true });
    expect((await newestOf('badge.print')).detail).toEqual({ reprints: 1 });
    await core.call('print.badges', { ...print, visitIds: [a.id, b.id], confirmReprint: true });
    expect(await newestOf('badge.print')).toMatchObject({ entityId: null, subject: null, detail: { badgeNos: [a.badgeNo, b.badgeNo], reprints: 1 } });
  });

  it('a planned check-in: the guests by badge; a checklist tick: the items by text', async () => {
    const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', expectedHeadcount: 1, arrivalAt: '2026-11-27T09:00', departureAt: '2026-11-27T12:00' });
    const guest = await core.call<{ id: string }>('people.create', { name: '李雷', phone: '13700137000', confirmNew: true });
    await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: guest.id, isLead: true }] });
    await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
    const { visits: [visit] } = await core.call<{ visits: Visit[] }>('visits.checkInPlanned', { planId: plan.id, personIds: [guest.id], privacyAck: true });
    const planned = await newestOf('visit.checkInPlanned');
    expect(planned).toMatchObject({ entityId: plan.id, subject: '华为来访', detail: { badgeNos: [visit!.badgeNo], planStarted: true } });
    expect(planned.detail).not.toHaveProperty('planTitle');
    const lists = await core.call<{ lists: { items: { id: string; text: { zh: string } }[] }[] }>('checklists.forPlan', { planId: plan.id });
    const item = lists.lists.flatMap((l) => l.items)[0]!;
    await core.call('checklists.setStatus', { itemIds: [item.id], status: 'done', note: '' });
    expect(await newestOf('checklist.tick')).toMatchObject({ entityId: plan.id, subject: '华为来访', detail: { itemStatus: 'done', itemTexts: [item.text.zh] } });
    expect((await newestOf('checklist.tick')).detail).not.toHaveProperty('planTitles');
  });

  it('a document: how its file was stored, and a new version by number and reason', async () => {
    const [cls] = await core.call<{ id: string }[]>('archive.classes', {});
    const doc = await core.call<{ id: string; code: string }>('archive.create', {
      uploadId: await uploadBytes(core, await pdfWithText(['Agreement']), '合作协议.pdf'),
      title: '合作协议',
      tags: [],
      classId: cls!.id,
      security: 'internal',
      docDate: '2026-11-27',
    });
    expect(await newestOf('document.create')).toMatchObject({ entityId: doc.id, detail: { stored: 'new' }, subject: `${doc.code} · 合作协议` });
    await core.call('archive.submitVersion', { documentId: doc.id, uploadId: await uploadBytes(core, await pdfWithText(['Agreement v2']), 'v2.pdf'), reason: '修改条款' });
    expect((await newestOf('document.version.submit')).detail).toEqual({ versionNo: 2, reason: '修改条款' });
  });
});

describe('a feedback response', () => {
  it('keeps its score and alert; the subject names who answered and the questionnaire', async () => {
    type Template = { id: string; name: { zh: string }; questions: { id: string; kind: string }[] };
    const t = (await core.call<Template[]>('feedback.templates', {})).find((x) => x.name.zh === '接待服务满意度')!;
    const ratings = t.questions.filter((q) => q.kind === 'rating').map((q) => ({ questionId: q.id, rating: 5 }));
    const r = await core.call<{ id: string }>('feedback.submit', { templateId: t.id, channel: 'paper', respondentName: '李先生', answers: ratings });
    expect(await newestOf('feedback.submit')).toMatchObject({ entityId: r.id, detail: { score: 5, redAlert: false }, subject: '李先生 · 接待服务满意度' });
    expect(Object.keys((await newestOf('feedback.submit')).detail).sort()).toEqual(['redAlert', 'score']);
    // Without a name given, the questionnaire still names it.
    await core.call('feedback.submit', { templateId: t.id, channel: 'paper', answers: ratings });
    expect((await newestOf('feedback.submit')).subject).toBe('接待服务满意度');
  });
});

describe('the subject of an entry', () => {
  it('names each kind of record as it is now, and nothing for kinds without a name', async () => {
    const v = await core.call<Visit>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await core.call('visitors.revealId', { personId: v.personId, reason: '核对身份' });
    const client = await core.call<{ id: string }>('clients.create', { name: '华为', tier: 'normal' });
    const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', expectedHeadcount: 1 });
    await core.call('settings.update', { idleLockMinutes: 15 });
    await core.call('session.signOut', {});
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const entries = (await core.call<{ entries: AuditEntryView[] }>('audit.list', { limit: 500 })).entries;
    const subjectOf = (action: string) => entries.find((e) => e.action === action)?.subject;
    expect(subjectOf('visit.checkIn')).toBe(`张伟 · ${v.badgeNo}`);
    expect(subjectOf('visitor.revealId')).toBe('张伟');
    expect(subjectOf('client.create')).toBe('华为');
    expect(entries.find((e) => e.entityId === plan.id)?.subject).toBe('华为来访');
    expect(subjectOf('session.signIn')).toBe(`${ADMIN.name} · ${ADMIN.login}`);
    expect(entries.find((e) => e.entityId === client.id)?.subject).toBe('华为');
    // Settings, keys and the like have no name of their own.
    const named = entries.filter((e) => ['visit', 'person', 'plan', 'client', 'document', 'user', 'feedbackResponse'].includes(e.entity));
    expect(entries.filter((e) => !named.includes(e)).map((e) => e.subject)).toEqual(entries.filter((e) => !named.includes(e)).map(() => null));
    expect(entries.length - named.length).toBeGreaterThan(0);
    // As it is now: a renamed client reads by its new name on its old entries too.
    await core.call('clients.update', { id: client.id, name: '华为终端' });
    const again = (await core.call<{ entries: AuditEntryView[] }>('audit.list', { action: 'client.create' })).entries;
    expect(again[0]!.subject).toBe('华为终端');
  });

  it('is null for a record that retention destroyed', async () => {
    const v = await core.call<Visit>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await core.call('visitors.revealId', { personId: v.personId, reason: '核对身份' });
    // As retention's anonymise (services/retention/execute.ts) leaves the rows.
    core.sqlite.prepare('UPDATE people SET name = ?, deleted_at = ? WHERE id = ?').run(DESTROYED_NAME, clock.toISOString(), v.personId);
    core.sqlite.prepare('UPDATE visits SET visitor_name = ? WHERE person_id = ?').run(DESTROYED_NAME, v.personId);
    const entries = (await core.call<{ entries: AuditEntryView[] }>('audit.list', { limit: 500 })).entries;
    expect(entries.find((e) => e.action === 'visit.checkIn')!.subject).toBeNull();
    expect(entries.find((e) => e.action === 'visitor.revealId')!.subject).toBeNull();
  });

  it('is null for a deleted document', async () => {
    const [cls] = await core.call<{ id: string }[]>('archive.classes', {});
    const doc = await core.call<{ id: string }>('archive.create', {
      uploadId: await uploadBytes(core, await pdfWithText(['Agreement']), 'a.pdf'),
      title: '合作协议',
      tags: [],
      classId: cls!.id,
      security: 'internal',
      docDate: '2026-11-27',
    });
    // As retention's destroy does (services/retention/execute.ts): the rows go.
    core.sqlite.pragma('foreign_keys = OFF');
    for (const table of ['document_tags', 'document_versions']) core.sqlite.prepare(`DELETE FROM ${table} WHERE document_id = ?`).run(doc.id);
    core.sqlite.prepare('DELETE FROM documents WHERE id = ?').run(doc.id);
    core.sqlite.pragma('foreign_keys = ON');
    expect((await newestOf('document.create')).subject).toBeNull();
  });

  it('is a column of the export, and the detail does not say it again', async () => {
    const v = await core.call<Visit>('visits.checkIn', WALK_IN);
    // An entry written before item 4 still carries the visitor and badge in its detail.
    const old = { personId: v.personId, name: '张伟', badgeNo: v.badgeNo, host: '李娜', newVisitor: true };
    const text = auditDetailText(old, { locale: 'zh-CN', entity: 'visit', subject: `张伟 · ${v.badgeNo}` });
    expect(text).not.toContain('张伟');
    expect(text).not.toContain(v.badgeNo);
    expect(text).toContain('李娜');
    // Without a subject (a destroyed record's redacted entry, or an unknown kind) nothing is left out.
    expect(auditDetailText(old, { locale: 'zh-CN', entity: 'visit', subject: null })).toContain('张伟');
  });
});
