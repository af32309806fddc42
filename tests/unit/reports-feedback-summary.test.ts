import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackTemplate } from '../../contract/feedback';
import type { ServiceReport } from '../../contract/reports';
import { makeClient } from '../helpers/followups-seed';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * feedback_day_stats (migration 0015) is kept by triggers on
 * feedback_responses: after any mix of submits, edits, soft and hard deletes
 * it must equal a count from scratch of the responses themselves, and the
 * service report reads it.
 */
let core: TestCore;
let now: Date;
beforeEach(async () => {
  now = new Date('2026-11-10T09:00:00');
  core = await makeTestCore({ now: () => now });
});
afterEach(() => core.cleanup());

/** The summary rows as a recount from feedback_responses makes them (days with nothing left dropped). */
function recount(): unknown[] {
  return core.sqlite
    .prepare(
      `SELECT substr(given_at, 1, 10) AS day, coalesce(client_id, '') AS client_id, count(*) AS responses, count(score) AS scored, coalesce(sum(score), 0) AS score_sum,
        coalesce(sum(red_alert <> 0), 0) AS red,
        (SELECT count(*) FROM feedback_responses g, json_each(g.answers) a WHERE g.deleted_at IS NULL AND substr(g.given_at, 1, 10) = substr(f.given_at, 1, 10) AND coalesce(g.client_id, '') = coalesce(f.client_id, '') AND a.value ->> 'rating' = 1) AS r1,
        (SELECT count(*) FROM feedback_responses g, json_each(g.answers) a WHERE g.deleted_at IS NULL AND substr(g.given_at, 1, 10) = substr(f.given_at, 1, 10) AND coalesce(g.client_id, '') = coalesce(f.client_id, '') AND a.value ->> 'rating' = 5) AS r5
      FROM feedback_responses f WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
}
const kept = () =>
  core.sqlite
    .prepare('SELECT day, client_id, responses, scored, score_sum, red, r1, r5 FROM feedback_day_stats WHERE responses <> 0 OR r1 + r2 + r3 + r4 + r5 <> 0 ORDER BY 1, 2')
    .all();

describe('feedback_day_stats', () => {
  it('stays equal to a recount through submits, edits, soft and hard deletes', async () => {
    const t = (await core.call<FeedbackTemplate[]>('feedback.templates', {})).find((x) => x.name.zh === '接待服务满意度')!;
    const rated = t.questions.filter((q) => q.kind === 'rating');
    for (const ratings of [[5, 5, 4, 4], [1, 1, 2, 3], [5, 1, 5, 1]]) {
      await core.call('feedback.submit', { templateId: t.id, channel: 'paper', answers: rated.map((q, i) => ({ questionId: q.id, rating: ratings[i] })) });
    }
    now = new Date('2026-11-11T09:00:00');
    const status = await core.call<{ phase: string }>('session.status', {});
    if (status.phase === 'locked') await core.call('session.unlock', { password: ADMIN.password });
    await core.call('feedback.submit', { templateId: t.id, channel: 'paper', answers: rated.map((q) => ({ questionId: q.id, rating: 2 })) });
    expect(kept()).toEqual(recount());
    expect(kept()).toHaveLength(2);
    const ids = core.sqlite.prepare('SELECT id FROM feedback_responses ORDER BY given_at, id').pluck().all() as string[];
    const s = core.sqlite;
    s.prepare("UPDATE feedback_responses SET deleted_at = '2026-11-12T00:00:00.000Z' WHERE id = ?").run(ids[0]);
    expect(kept()).toEqual(recount());
    s.prepare('UPDATE feedback_responses SET deleted_at = NULL WHERE id = ?').run(ids[0]);
    const client = await makeClient(core, '远航科技', 'normal', null);
    s.prepare("UPDATE feedback_responses SET given_at = '2026-11-12T10:00', client_id = ? WHERE id = ?").run(client.id, ids[1]);
    s.prepare("UPDATE feedback_responses SET answers = '[{\"rating\":5},{\"rating\":null},{\"rating\":7}]', score = NULL, red_alert = 1 WHERE id = ?").run(ids[2]);
    expect(kept()).toEqual(recount());
    s.prepare('DELETE FROM feedback_responses WHERE id = ?').run(ids[3]);
    expect(kept()).toEqual(recount());
    const r = await core.call<ServiceReport>('reports.service', { from: '2026-11-01', to: '2026-11-30', granularity: 'month', clientId: null });
    // Left: 5 5 4 4, then 1 1 2 3 (moved to the 12th), and 5 null 7 (7 is no rating of 1–5).
    expect(r.satisfaction.distribution).toEqual([2, 1, 1, 2, 3]);
    expect(r.satisfaction.responses).toBe(3);
    expect(r.satisfaction.redAlerts).toBe(s.prepare('SELECT count(*) FROM feedback_responses WHERE red_alert = 1 AND deleted_at IS NULL').pluck().get());
  });
});
