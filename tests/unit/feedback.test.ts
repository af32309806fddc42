import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRequest, FeedbackResponse, FeedbackSummary, FeedbackTemplate } from '../../contract/feedback';
import { makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * Feedback on a real SQLite core: the shipped questionnaires, answers checked
 * against their questionnaire, the red-alert rule and its complaint in the
 * same write, the requests a completed plan or a checked-out visit makes,
 * codes typed back, the summary.
 */

let clock = new Date('2026-11-26T10:00:00');
let core: TestCore;
beforeEach(async () => {
  clock = new Date('2026-11-26T10:00:00');
  core = await makeTestCore({ now: () => clock });
});
afterEach(() => core.cleanup());

const count = (sql: string, ...args: unknown[]) => core.sqlite.prepare(sql).pluck().get(...args) as number;
const auditCount = (action: string) => count('SELECT COUNT(*) FROM audit_log WHERE action = ?', action);
const templates = () => core.call<FeedbackTemplate[]>('feedback.templates', {});
const reception = async () => (await templates()).find((x) => x.name.zh === '接待服务满意度')!;

/** Answers for the reception questionnaire: its four ratings, the choice and the comment. */
function answers(t: FeedbackTemplate, ratings: number[], comment = '', choice: number | null = 0) {
  const rated = t.questions.filter((q) => q.kind === 'rating');
  const choiceQ = t.questions.find((q) => q.kind === 'choice')!;
  const textQ = t.questions.find((q) => q.kind === 'text')!;
  return [
    ...rated.map((q, i) => ({ questionId: q.id, rating: ratings[i] ?? 5 })),
    ...(choice === null ? [] : [{ questionId: choiceQ.id, choices: [choice] }]),
    ...(comment ? [{ questionId: textQ.id, text: comment }] : []),
  ];
}

const submit = (t: FeedbackTemplate, ratings: number[], comment = '', extra: object = {}) =>
  core.call<FeedbackResponse>('feedback.submit', { templateId: t.id, channel: 'paper', answers: answers(t, ratings, comment), ...extra });

/** A plan taken from draft to completed (started past its open checklist items, as a manager may). */
async function completedPlan(clientId: string | null = null) {
  const person = await core.call<{ id: string }>('people.create', { name: '赵敏', phone: '13900000009', confirmNew: true, ...(clientId && { clientId }) });
  const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', clientId, arrivalAt: '2026-11-26T09:00', departureAt: '2026-11-26T17:00', expectedHeadcount: 1 });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: person.id, isLead: true }] });
  await core.call('plans.transition', { id: plan.id, to: 'confirmed' });
  await core.call('plans.transition', { id: plan.id, to: 'in_progress', override: true, reason: '来宾已到' });
  await core.call('plans.transition', { id: plan.id, to: 'completed' });
  return plan.id;
}

const requestsOf = () => core.call<FeedbackRequest[]>('feedback.requests', { limit: 200 });

describe('the shipped questionnaires', () => {
  it('are seeded once, in both languages, and a manager’s edit (question ids kept) is not overwritten', async () => {
    const first = await templates();
    expect(first.map((x) => x.name.zh)).toEqual(['接待服务满意度', '会议服务满意度', '用餐服务满意度', '交通服务满意度', '综合满意度']);
    expect(first.every((x) => x.builtIn && x.name.en !== '' && x.questions.every((q) => q.text.en !== ''))).toBe(true);
    await templates();
    expect(auditCount('feedback.template.seed')).toBe(1);
    const t = first[0]!;
    const saved = await core.call<FeedbackTemplate>('feedback.saveTemplate', { id: t.id, scenario: t.scenario, name: { zh: '接待满意度（修订）', en: 'Reception' }, questions: t.questions.slice(1) });
    expect(saved.questions.map((q) => q.id)).toEqual(t.questions.slice(1).map((q) => q.id));
    expect((await templates())[0]!.name.zh).toBe('接待满意度（修订）');
    expect(count('SELECT COUNT(*) FROM feedback_templates')).toBe(5);
  });
});

describe('answers are checked against the questionnaire', () => {
  const refused = async (t: FeedbackTemplate, answersIn: unknown[]) => {
    const r = await core.dispatch('feedback.submit', { templateId: t.id, channel: 'phone', answers: answersIn });
    expect(r.ok).toBe(false);
    return !r.ok ? r.error : null;
  };

  it('refuses unknown questions, wrong kinds, out-of-range ratings and choices, two choices on a single choice, a required question left out', async () => {
    const t = await reception();
    const [overall, , , , choice, text] = t.questions;
    const good = answers(t, [4, 4, 4, 4]);
    const swap = (i: number, a: object) => good.map((x, j) => (j === i ? a : x));
    expect(await refused(t, swap(0, { questionId: '01900000-0000-7000-8000-000000000000', rating: 4 }))).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'answers.0.questionId', message: 'feedback.unknownQuestion' }, { path: 'questions.0', message: 'feedback.unanswered' }] });
    expect(await refused(t, swap(0, { questionId: overall!.id, text: '很好' }))).toMatchObject({ issues: [{ path: 'answers.0.text', message: 'feedback.wrongKind' }] });
    expect(await refused(t, swap(0, { questionId: overall!.id, rating: 6 }))).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'answers.0.rating', message: 'outOfRange' }] });
    expect(await refused(t, swap(4, { questionId: choice!.id, choices: [3] }))).toMatchObject({ issues: [{ path: 'answers.4.choices.0', message: 'outOfRange' }] });
    expect(await refused(t, swap(4, { questionId: choice!.id, choices: [0, 1] }))).toMatchObject({ issues: [{ path: 'answers.4.choices', message: 'feedback.oneChoice' }] });
    expect(await refused(t, good.slice(1))).toMatchObject({ issues: [{ path: 'questions.0', message: 'feedback.unanswered' }] });
    expect(await refused(t, [...good, { questionId: overall!.id, rating: 3 }])).toMatchObject({ issues: [{ path: 'answers.5.questionId', message: 'feedback.answeredTwice' }] });
    expect(count('SELECT COUNT(*) FROM feedback_responses')).toBe(0);
    // The optional choice and comment may be left out; the score is the average of the ratings.
    const r = await submit(t, [5, 4, 4, 3], '', {});
    expect(r).toMatchObject({ score: 4, lowestRating: 3, redAlert: false, channel: 'paper' });
    expect(r.answers.find((a) => a.questionId === text!.id)).toBeUndefined();
  });
});

describe('the red alert', () => {
  const incidentOf = (id: string) =>
    core.sqlite.prepare('SELECT category, tier, source, status, feedback_response_id AS responseId, deadline_at AS deadlineAt, description FROM incidents WHERE id = ?').get(id) as Record<string, string>;

  it('is raised by a rating at or under the threshold and opens a complaint at the rules’ tier in the same write', async () => {
    const t = await reception();
    const low = await submit(t, [4, 2, 4, 4], '前台等候太久');
    expect(low).toMatchObject({ redAlert: true, alertReasons: ['score'], lowestRating: 2 });
    expect(low.incidentCode).toMatch(/^IN-261126-\d{3}$/);
    expect(incidentOf(low.incidentId!)).toMatchObject({ category: 'complaint', tier: 'urgent', source: 'feedback', responseId: low.id });
    expect(incidentOf(low.incidentId!).description).toContain('前台等候太久');
    // One audit entry for the response (the complaint is part of it).
    expect(auditCount('feedback.submit')).toBe(1);
    const fine = await submit(t, [3, 3, 3, 3]);
    expect(fine).toMatchObject({ redAlert: false, alertReasons: [], incidentId: null });
  });

  it('is raised by a manager’s keyword whatever the score (case-insensitive), and follows the saved threshold and tier', async () => {
    const t = await reception();
    const worded = await submit(t, [5, 5, 5, 5], '接待人员态度差');
    expect(worded).toMatchObject({ redAlert: true, alertReasons: ['keyword:态度差'] });
    expect((await submit(t, [5, 5, 5, 5], 'The guard was RUDE')).alertReasons).toEqual(['keyword:rude']);
    await core.call('feedback.saveRules', { alertAtOrBelow: 3, alertKeywords: ['等太久'], alertTier: 'critical', walkInRequests: 'clients', requestWithinHours: 24 });
    const three = await submit(t, [3, 4, 4, 4], '等太久了');
    expect(three.alertReasons).toEqual(['score', 'keyword:等太久']);
    expect(incidentOf(three.incidentId!).tier).toBe('critical');
    expect((await submit(t, [5, 5, 5, 5], '态度差')).redAlert).toBe(false);
    expect(count("SELECT COUNT(*) FROM incidents WHERE source = 'feedback'")).toBe(3);
  });

  it('rolls back with its response: a complaint that cannot be written leaves no response and the request open', async () => {
    const t = await reception();
    const planId = await completedPlan();
    const request = (await requestsOf()).find((r) => r.planId === planId)!;
    core.sqlite.exec(`CREATE TRIGGER refuse_incident BEFORE INSERT ON incidents BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const r = await core.dispatch('feedback.submit', { templateId: t.id, channel: 'paper', requestId: request.id, answers: answers(t, [1, 1, 1, 1]) });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(count('SELECT COUNT(*) FROM feedback_responses')).toBe(0);
    expect(count("SELECT COUNT(*) FROM feedback_requests WHERE status = 'open'")).toBe(1);
    core.sqlite.exec('DROP TRIGGER refuse_incident');
    expect((await submit(t, [1, 1, 1, 1], '', { requestId: request.id })).redAlert).toBe(true);
    expect(count("SELECT COUNT(*) FROM feedback_requests WHERE status = 'answered'")).toBe(1);
  });
});

describe('requests for feedback', () => {
  it('are made when a plan is completed, owned by the client’s account manager, with a code from the unambiguous alphabet, never twice', async () => {
    await core.signInAs('coordinator');
    const manager = core.sqlite.prepare("SELECT id FROM users WHERE login = 'coordinator1'").pluck().get() as string;
    // Completed by a manager; asked by the client's account manager (a coordinator).
    await core.signInAs('manager');
    const client = await core.call<{ id: string }>('clients.create', { name: '华为', tier: 'key' });
    // Set here as the clients service stores it (the client form's user picker comes with follow-ups).
    core.sqlite.prepare('UPDATE clients SET account_manager_user_id = ? WHERE id = ?').run(manager, client.id);
    const planId = await completedPlan(client.id);
    const [request] = await requestsOf();
    expect(request).toMatchObject({ planId, planTitle: '华为来访', clientName: '华为', ownerUserId: manager, ownerName: 'coordinator 用户', status: 'open', dueAt: '2026-11-27T10:00', overdue: false });
    expect(request!.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    // Asked by hand again: the same request.
    expect((await core.call<FeedbackRequest>('feedback.createRequest', { planId })).id).toBe(request!.id);
    expect(count('SELECT COUNT(*) FROM feedback_requests')).toBe(1);
    clock = new Date('2026-11-27T10:01:00');
    await core.dispatch('session.unlock', { password: 'manager-Pass-1' });
    expect((await requestsOf())[0]!.overdue).toBe(true);
  });

  it('follow the walk-in rule at check-out: client visitors by default, none, all; never twice for one visit; not for a planned visit', async () => {
    const checkInOut = async (phone: string, seq: string, clientId: string | null = null) => {
      const v = await core.call<{ id: string; personId: string }>('visits.checkIn', { ...WALK_IN, phone, idNumber: residentId('110105', '19900307', seq) });
      if (clientId) await core.call('people.update', { id: v.personId, clientId });
      await core.call('visits.checkOut', { visitId: v.id });
      return v.id;
    };
    const client = await core.call<{ id: string }>('clients.create', { name: '中兴' });
    await checkInOut('13800000001', '101');
    expect(count('SELECT COUNT(*) FROM feedback_requests')).toBe(0);
    const clientVisit = await checkInOut('13800000002', '102', client.id);
    expect((await requestsOf()).map((r) => [r.visitId, r.clientName])).toEqual([[clientVisit, '中兴']]);
    // A wrong click undone and done again asks once.
    await core.call('visits.undoCheckOut', { visitId: clientVisit });
    await core.call('visits.checkOut', { visitId: clientVisit });
    expect(count('SELECT COUNT(*) FROM feedback_requests')).toBe(1);
    const rules = await core.call<object>('feedback.rules', {});
    await core.call('feedback.saveRules', { ...rules, walkInRequests: 'none' });
    await checkInOut('13800000003', '103', client.id);
    expect(count('SELECT COUNT(*) FROM feedback_requests')).toBe(1);
    await core.call('feedback.saveRules', { ...rules, walkInRequests: 'all' });
    await checkInOut('13800000004', '104');
    expect(count('SELECT COUNT(*) FROM feedback_requests')).toBe(2);
  });

  it('are found by their printed code however it is typed, answered by the response that names them, and declined with a reason', async () => {
    const t = await reception();
    const planId = await completedPlan();
    const [request] = await requestsOf();
    const typed = `${request!.code.slice(0, 3).toLowerCase()}-${request!.code.slice(3)}`;
    expect((await core.call<FeedbackRequest>('feedback.requestByCode', { code: typed })).id).toBe(request!.id);
    expect(await core.dispatch('feedback.requestByCode', { code: 'ZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'codeNotFound' } } });
    const r = await submit(t, [5, 5, 5, 5], '很好', { requestId: request!.id });
    expect(r).toMatchObject({ requestCode: request!.code, planId, planTitle: '华为来访' });
    expect((await requestsOf())[0]).toMatchObject({ status: 'answered', responseId: r.id });
    expect(await core.dispatch('feedback.submit', { templateId: t.id, channel: 'paper', requestId: request!.id, answers: answers(t, [5, 5, 5, 5]) })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'requestClosed' } },
    });
    const other = await core.call<FeedbackRequest>('feedback.createRequest', { planId: await completedPlan() });
    expect(other.id).not.toBe(request!.id);
    expect(await core.call<FeedbackRequest>('feedback.declineRequest', { id: other.id, reason: '客人赶飞机' })).toMatchObject({ status: 'declined', declineReason: '客人赶飞机' });
    expect(await core.dispatch('feedback.declineRequest', { id: other.id, reason: '再次' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('what a response is about', () => {
  it('is completed from the visit (person, client) and answers the visit’s open request; a link that does not exist is refused', async () => {
    const t = await reception();
    const client = await core.call<{ id: string }>('clients.create', { name: '中兴' });
    const v = await core.call<{ id: string; personId: string }>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
    await core.call('people.update', { id: v.personId, clientId: client.id });
    await core.call('visits.checkOut', { visitId: v.id });
    const r = await submit(t, [4, 4, 4, 4], '', { visitId: v.id, channel: 'phone' });
    expect(r).toMatchObject({ visitId: v.id, personId: v.personId, personName: WALK_IN.name, clientId: client.id, clientName: '中兴', channel: 'phone' });
    expect((await requestsOf())[0]).toMatchObject({ visitId: v.id, status: 'answered', responseId: r.id });
    expect(await core.dispatch('feedback.submit', { templateId: t.id, channel: 'phone', visitId: '01900000-0000-7000-8000-000000000000', answers: answers(t, [4, 4, 4, 4]) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { reason: 'visitNotFound' } },
    });
    expect(await core.dispatch('feedback.submit', { templateId: t.id, channel: 'phone', givenAt: '2026-11-26T10:01', answers: answers(t, [4, 4, 4, 4]) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'givenAt', message: 'feedback.future' }] },
    });
  });
});

describe('responses and the summary', () => {
  it('lists newest first by key, filters red alerts, finds by words and sums up a known period', async () => {
    const t = await reception();
    const at = async (local: string, ratings: number[], comment = '') => {
      clock = new Date(local);
      await core.dispatch('session.unlock', { password: 'Admin-pass-1' });
      return submit(t, ratings, comment);
    };
    const a = await at('2026-11-24T09:00:00', [5, 5, 4, 4], '茶水很好');
    const b = await at('2026-11-24T15:00:00', [1, 3, 3, 3], '等了很久');
    const c = await at('2026-11-25T11:00:00', [4, 4, 4, 4]);
    const page1 = await core.call<{ items: FeedbackResponse[]; nextCursor: string | null }>('feedback.responses', { limit: 2 });
    expect(page1.items.map((r) => r.id)).toEqual([c.id, b.id]);
    const page2 = await core.call<{ items: FeedbackResponse[]; nextCursor: string | null }>('feedback.responses', { limit: 2, cursor: page1.nextCursor! });
    expect(page2).toMatchObject({ items: [{ id: a.id }], nextCursor: null });
    expect((await core.call<{ items: FeedbackResponse[] }>('feedback.responses', { redAlertOnly: true })).items.map((r) => r.id)).toEqual([b.id]);
    expect((await core.call<{ items: FeedbackResponse[] }>('feedback.responses', { query: '茶水' })).items.map((r) => r.id)).toEqual([a.id]);
    expect((await core.call<{ items: FeedbackResponse[] }>('feedback.responses', { from: '2026-11-25', to: '2026-11-25' })).items.map((r) => r.id)).toEqual([c.id]);

    const s = await core.call<FeedbackSummary>('feedback.summary', { from: '2026-11-24', to: '2026-11-25', groupBy: 'day', templateId: t.id });
    expect(s).toMatchObject({ responses: 3, average: 3.67, distribution: [1, 0, 3, 6, 2], redAlerts: 1, byChannel: { paper: 3 } });
    expect(s.periods).toEqual([
      { key: '2026-11-24', label: '2026-11-24', responses: 2, average: 3.5, redAlerts: 1 },
      { key: '2026-11-25', label: '2026-11-25', responses: 1, average: 4, redAlerts: 0 },
    ]);
    expect(s.comments.map((x) => x.text)).toEqual(['等了很久', '茶水很好']);
    expect(s.questions[0]).toMatchObject({ average: 3.33, answered: 3 });
    expect(s.questions[4]).toMatchObject({ choiceCounts: [3, 0, 0], answered: 3 });
  });
});
