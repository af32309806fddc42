import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWithText, uploadBytes } from '../helpers/archive-upload';
import { capturedStatements, type Ran } from '../helpers/statements';
import { ADMIN, makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * An audit page names each entry's record (its subject) by reading the
 * records it shows by key: one `IN (...)` on the primary key per kind of
 * record, never a walk of visits or people (millions of rows at ten years).
 * The statements are prepared once per connection, so the first page is
 * where they are caught.
 * And the text filter finds a visitor's entries through the name and badge
 * indexes. Checked on the SQL the services really run, caught at prepare.
 */
let core: TestCore;
const RECORD_TABLES = ['visits', 'people', 'visit_plans', 'clients', 'documents', 'users', 'feedback_responses'];

beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') });
  const v = await core.call<{ id: string; personId: string }>('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
  await core.call('visits.checkIn', { ...WALK_IN, name: '王芳', phone: '13900139000' });
  await core.call('visits.checkOut', { visitId: v.id });
  await core.call('visitors.revealId', { personId: v.personId, reason: '核对身份' });
  await core.call('clients.create', { name: '华为', tier: 'normal' });
  await core.call('plans.create', { title: '华为来访', expectedHeadcount: 1 });
  const [cls] = await core.call<{ id: string }[]>('archive.classes', {});
  await core.call('archive.create', { uploadId: await uploadBytes(core, await pdfWithText(['Agreement']), 'a.pdf'), title: '合作协议', tags: [], classId: cls!.id, security: 'internal', docDate: '2026-11-27' });
  type Template = { id: string; questions: { id: string; kind: string }[] };
  const [t] = await core.call<Template[]>('feedback.templates', {});
  const answers = t!.questions.filter((q) => q.kind === 'rating').map((q) => ({ questionId: q.id, rating: 5 }));
  await core.call('feedback.submit', { templateId: t!.id, channel: 'paper', respondentName: '李先生', answers });
  await core.call('session.signOut', {});
  await core.call('session.signIn', { login: ADMIN.login, password: ADMIN.password });
});
afterAll(() => core.cleanup());

const planOf = (r: Ran) => (core.sqlite.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((s) => s.detail);
const readsOf = (ran: Ran[], table: string) => ran.filter((r) => /^\s*select\b/i.test(r.sql) && new RegExp(`\\bfrom "${table}"`, 'i').test(r.sql));

describe('an audit page names its records by key', () => {
  it('one read per kind of record, each by its primary key, none walking its table', async () => {
    const ran = await capturedStatements(core.sqlite, () => core.call('audit.list', { limit: 500 }));
    for (const table of RECORD_TABLES) {
      const reads = readsOf(ran, table);
      expect(reads, table).toHaveLength(1);
      const steps = planOf(reads[0]!);
      // The ids come as one JSON list (one statement for any number): only that list is walked.
      expect(steps.filter((d) => /\bSCAN\b/.test(d) && !/^SCAN json_each VIRTUAL TABLE/.test(d)), table).toEqual([]);
      // The subject's own table is searched by its key (a visit's person too, where its snapshot is missing).
      expect(steps, table).toContainEqual(expect.stringMatching(new RegExp(`^SEARCH ${table} USING INDEX sqlite_autoindex_${table}_1 \\(id=\\?\\)`)));
    }
  });

  it("the text filter finds a visitor's entries by the name and badge indexes, not by walking visits or people", async () => {
    const ran = await capturedStatements(core.sqlite, () => core.call('audit.list', { text: '张伟', limit: 1 }));
    // The page's read (the one that matches the text), not the window's bound before it.
    const [list] = ran.filter((r) => /from "audit_log"/i.test(r.sql) && /like/i.test(r.sql));
    const steps = planOf(list!).join("\n");
    expect(steps).not.toMatch(/SCAN (people|visits|p|v)\b/);
    expect(steps).toMatch(/SEARCH people USING (COVERING )?INDEX people_name \(name=\?\)/);
    expect(steps).toMatch(/SEARCH (visits|v) USING (COVERING )?INDEX visits_person_\w+ \(person_id=\?\)/);
    expect(steps).toMatch(/SEARCH visits USING (COVERING )?INDEX visits_badge_no \(badge_no=\?\)/);
  });
});
