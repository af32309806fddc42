import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedStatements, type Ran } from '../helpers/statements';
import { seedCallBack, seedFeedbackRequest, seedFollowup, seedIncident } from '../helpers/task-seed';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * The inbox reads each source through its partial index of open rows, so it
 * never grows with the years of resolved incidents, answered requests and
 * finished steps. SQLite takes a partial index only when the query visibly
 * holds the index's own condition: this checks the SQL the service really
 * runs (caught at prepare, with its parameters).
 */
let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-12-03T09:00:00') });
  await core.signInAs('manager');
  const me = core.runtime.session.current()!;
  const client = await core.call<{ id: string }>('clients.create', { name: '腾讯' });
  const incident = seedIncident(core.sqlite, { title: '问题', deadlineAt: '2026-12-03T12:00', ownerUserId: me.operatorId, ownerName: me.operatorName });
  seedCallBack(core.sqlite, { incidentId: incident, ownerUserId: me.operatorId, ownerName: me.operatorName, dueAt: '2026-12-03T18:00' });
  seedFeedbackRequest(core.sqlite, { code: 'ABCDEF', ownerUserId: me.operatorId, ownerName: me.operatorName, dueAt: '2026-12-04T10:00' });
  seedFollowup(core.sqlite, { clientId: client.id, title: '跟进', steps: [{ title: '联系', ownerUserId: me.operatorId, ownerName: me.operatorName, dueDay: '2026-12-04' }] });
}, 60_000);
afterAll(() => core.cleanup());

const planOf = (r: Ran) => (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((s) => s.detail);

/** The plan step that reads `table` in the statement that selects from it. */
async function readsOf(channel: string, table: string): Promise<string[]> {
  const ran = await capturedStatements(core.sqlite, () => core.call(channel, {}));
  const from = ran.filter((r) => /^\s*select\b/i.test(r.sql) && new RegExp(`from "${table}"`, 'i').test(r.sql));
  expect(from.length, `${channel} reads ${table}`).toBeGreaterThan(0);
  return from.map((r) => planOf(r).find((d) => new RegExp(`\\b${table}\\b`).test(d)) ?? planOf(r).join('\n'));
}

const EXPECTED: [string, RegExp, RegExp][] = [
  // The inbox's own read along the open set (and escalation's, before it); a call-back's incident is then read by its key.
  ['incidents', /^(SEARCH incidents USING INDEX incidents_open_deadline \(deadline_at[<>]\?\)|SEARCH incidents USING INDEX sqlite_autoindex_incidents_1 \(id=\?\))$/, /^(SEARCH incidents USING INDEX incidents_open_deadline \(deadline_at[<>]\?\)|SEARCH incidents USING INDEX sqlite_autoindex_incidents_1 \(id=\?\))$/],
  ['incident_callbacks', /^SEARCH incident_callbacks USING INDEX incident_callbacks_open \(owner_user_id=\? AND due_at<\?\)$/, /^SCAN incident_callbacks USING INDEX incident_callbacks_open$/],
  ['feedback_requests', /^SEARCH feedback_requests USING INDEX feedback_requests_open \(owner_user_id=\? AND due_at<\?\)$/, /^SCAN feedback_requests USING INDEX feedback_requests_open$/],
  ['followup_steps', /^SEARCH followup_steps USING INDEX followup_steps_open \(owner_user_id=\? AND due_day<\?\)$/, /^SCAN followup_steps USING INDEX followup_steps_open$/],
  ['checklist_items', /^SEARCH checklist_items USING INDEX checklist_items_open_due \(due_at>\? AND due_at<\?\)$/, /^SEARCH checklist_items USING INDEX checklist_items_open_due \(due_at>\? AND due_at<\?\)$/],
];

describe('the task inbox’s reads', () => {
  for (const [table, mine, team] of EXPECTED) {
    it(`reads ${table} through its partial index of open rows (one user's, and the team's)`, async () => {
      for (const step of await readsOf('tasks.mine', table)) expect(step).toMatch(mine);
      for (const step of await readsOf('tasks.team', table)) expect(step).toMatch(team);
    });
  }

  it('would read every row ever written without them', async () => {
    const ran = await capturedStatements(core.sqlite, () => core.call('tasks.mine', {}));
    core.sqlite.exec('BEGIN');
    try {
      for (const index of ['incidents_open_deadline', 'incident_callbacks_open', 'feedback_requests_open', 'followup_steps_open', 'checklist_items_open_due']) core.sqlite.exec(`DROP INDEX ${index}`);
      for (const r of ran) expect(planOf(r).some((d) => /_open/.test(d))).toBe(false);
    } finally {
      core.sqlite.exec('ROLLBACK');
    }
  });
});
