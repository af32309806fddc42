import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackResponse, FeedbackTemplate } from '../../contract/feedback';
import type { SessionStatus } from '../../contract/session';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * The feedback kiosk is enforced by main, not by the window: while the desk is
 * a kiosk the gate answers only the kiosk's channels (as the staff member who
 * started it) and the public ones; everything else is KIOSK. A staff sign-in
 * is the one way out; the kiosk never locks for idleness.
 */

let clock = new Date('2026-11-26T10:00:00');
let core: TestCore;
let template: FeedbackTemplate;
beforeEach(async () => {
  clock = new Date('2026-11-26T10:00:00');
  core = await makeTestCore({ now: () => clock });
  await core.signInAs('receptionist');
  template = (await core.call<FeedbackTemplate[]>('feedback.templates', {}))[0]!;
});
afterEach(() => core.cleanup());

const status = () => core.call<SessionStatus>('session.status', {});
const ratings = () => template.questions.filter((q) => q.kind === 'rating').map((q, i) => ({ questionId: q.id, rating: i === 0 ? 1 : 4 }));
const auditCount = (action: string) => core.sqlite.prepare('SELECT COUNT(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;

describe('the feedback kiosk', () => {
  it('answers only the questionnaire: staff channels are refused with KIOSK, session ones too', async () => {
    await core.call('feedback.kioskStart', { templateId: template.id });
    expect(await status()).toMatchObject({ phase: 'kiosk', user: null, permissions: [] });
    for (const [name, input] of [
      ['visitors.search', { query: '张' }],
      ['visits.list', {}],
      ['clients.list', {}],
      ['feedback.responses', {}],
      ['feedback.templates', {}],
      ['feedback.kioskStart', { templateId: template.id }],
      ['print.job', { jobId: '01900000-0000-7000-8000-000000000000' }],
      ['session.touch', {}],
      ['session.lock', {}],
    ] as const) {
      expect(await core.dispatch(name, input), name).toMatchObject({ ok: false, error: { code: 'KIOSK' } });
    }
    const form = await core.call<{ template: FeedbackTemplate; taken: number }>('feedback.kioskForm', {});
    expect(form).toMatchObject({ template: { id: template.id }, taken: 0 });
  });

  it('takes answers as channel kiosk under the staff member who started it, one after another, with a red alert when low', async () => {
    await core.call('feedback.kioskStart', { templateId: template.id });
    await core.call('feedback.kioskSubmit', { answers: ratings(), respondentName: '王女士' });
    await core.call('feedback.kioskSubmit', { answers: ratings(), respondentName: '' });
    expect((await core.call<{ taken: number }>('feedback.kioskForm', {})).taken).toBe(2);
    // Answers are still checked: a rating question given text is refused.
    expect(await core.dispatch('feedback.kioskSubmit', { answers: [{ questionId: template.questions[0]!.id, text: '好' }] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const rows = core.sqlite.prepare('SELECT channel, entered_by_name AS by, red_alert AS red, incident_id AS incident FROM feedback_responses').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.channel === 'kiosk' && r.by === 'receptionist 用户' && r.red === 1 && r.incident)).toBe(true);
  });

  it('does not lock for idleness and ignores a sign-out; a staff sign-in ends it (audited) and its channels are refused again', async () => {
    await core.call('feedback.kioskStart', { templateId: template.id });
    clock = new Date('2026-11-26T14:00:00');
    expect((await status()).phase).toBe('kiosk');
    expect((await core.call<SessionStatus>('session.signOut', {})).phase).toBe('kiosk');
    await core.call('feedback.kioskSubmit', { answers: ratings(), respondentName: '' });
    const after = await core.call<SessionStatus>('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    expect(after).toMatchObject({ phase: 'signedIn', user: { login: ADMIN.login } });
    expect(auditCount('feedback.kioskStart')).toBe(1);
    expect(auditCount('feedback.kioskEnd')).toBe(1);
    expect(await core.dispatch('feedback.kioskForm', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.dispatch('feedback.kioskSubmit', { answers: ratings() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const listed = await core.call<{ items: FeedbackResponse[] }>('feedback.responses', {});
    expect(listed.items).toHaveLength(1);
  });

  it('is refused outside the kiosk, and a wrong password at the staff sign-in leaves it as it was', async () => {
    expect(await core.dispatch('feedback.kioskForm', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await core.call('feedback.kioskStart', { templateId: template.id });
    expect(await core.dispatch('session.signIn', { login: ADMIN.login, password: 'Wrong-pass-1' })).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } });
    expect((await status()).phase).toBe('kiosk');
  });

  it('answers the request it was started for with the first response only', async () => {
    await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
    const plan = await core.call<{ id: string }>('plans.create', { title: '来访', arrivalAt: '2026-11-26T09:00', departureAt: '2026-11-26T12:00', expectedHeadcount: 1 });
    const request = await core.call<{ id: string }>('feedback.createRequest', { planId: plan.id });
    await core.call('feedback.kioskStart', { templateId: template.id, requestId: request.id });
    await core.call('feedback.kioskSubmit', { answers: ratings() });
    await core.call('feedback.kioskSubmit', { answers: ratings() });
    const rows = core.sqlite.prepare('SELECT request_id AS requestId, plan_id AS planId FROM feedback_responses ORDER BY id').all() as Record<string, unknown>[];
    expect(rows).toEqual([
      { requestId: request.id, planId: plan.id },
      { requestId: null, planId: plan.id },
    ]);
  });
});
