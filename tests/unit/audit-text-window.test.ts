import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../contract/audit';
import { TEXT_WINDOW } from '../../main/services/audit/audit-query';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * A text search cannot use an index: a rare word would walk the whole log in
 * one call, holding the desk's thread (3 s at six million entries). The list
 * checks one window per call and says how far back it searched; asked again
 * from there, it finds every match, in order, once.
 */

/** Which filler an entry is (its note's number). */
const nth = (e: AuditEntryView) => Number(String((e.detail as { note?: string }).note).split(' ')[1]);

type AuditList = { entries: AuditEntryView[]; nextCursor: string | null; count?: unknown; searchedTo?: string };

let core: TestCore;
const FILLERS = Math.round(TEXT_WINDOW * 2.5);
/** Where the rare word sits, counted from the newest filler: the first window, deep in the second, the very oldest. */
const NEEDLES = [3, TEXT_WINDOW + 1_234, FILLERS - 1];

beforeAll(async () => {
  core = await makeTestCore();
  // Old entries written straight into the log (the chain is not what this test reads): one a minute, newest first by index.
  const insert = core.sqlite.prepare(
    "INSERT INTO audit_log (id, at, device_id, device_seq, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, 'old-desk', ?, ?, ?, 'visit', NULL, ?, '', 'h')",
  );
  const newest = Date.parse('2024-06-01T00:00:00.000Z');
  core.sqlite.transaction(() => {
    for (let i = 0; i < FILLERS; i++) {
      const needle = NEEDLES.includes(i);
      const action = i % 2 === 0 ? 'visit.checkIn' : 'visit.checkOut';
      insert.run(`filler-${i}`, new Date(newest - i * 60_000).toISOString(), FILLERS - i, i % 3 === 0 ? '王芳' : '李娜', action, needle ? `{"note":"稀有词 ${i}"}` : `{"note":"平常 ${i}"}`);
    }
  })();
}, 60_000);
afterAll(() => core.cleanup());

/** Every page of a search, asked again from each page's cursor until the end, as the screen does. */
async function allPages(filter: object): Promise<{ pages: AuditList[]; entries: AuditEntryView[] }> {
  const pages: AuditList[] = [];
  let cursor: string | null = null;
  do {
    const page: AuditList = await core.call<AuditList>('audit.list', { ...filter, limit: 100, ...(cursor && { cursor }) });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return { pages, entries: pages.flatMap((p) => p.entries) };
}

describe('a rare word is searched one window of the log at a time', () => {
  it('each call checks one window and says how far back it has searched; together they find every match in order, once', async () => {
    const { pages, entries } = await allPages({ text: '稀有词' });
    expect(entries.map(nth)).toEqual(NEEDLES);
    // Three windows or more: the first two stop short at their window and say where.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]!.entries.map(nth)).toEqual([3]);
    expect(pages[0]!.searchedTo).toBeDefined();
    expect(pages.at(-1)!.searchedTo).toBeUndefined();
    expect(pages.at(-1)!.nextCursor).toBeNull();
    const searched = pages.map((p) => p.searchedTo).filter(Boolean) as string[];
    expect([...searched].sort().reverse()).toEqual(searched);
    // Not counted: a count would read the whole range in one call.
    expect((await core.call<AuditList>('audit.list', { text: '稀有词', count: true })).count).toBeUndefined();
  });

  it('with actions or a person as well, each index walk keeps to its window and the merge misses nothing', async () => {
    expect((await allPages({ text: '稀有词', action: 'visit.' })).entries.map(nth)).toEqual(NEEDLES);
    const byPerson = NEEDLES.filter((i) => i % 3 === 0);
    expect((await allPages({ text: '稀有词', actor: '王芳' })).entries.map(nth)).toEqual(byPerson);
  });

  it('a common word fills its page from the first window, as a plain page does', async () => {
    const page = await core.call<AuditList>('audit.list', { text: '平常', limit: 100 });
    expect(page.entries).toHaveLength(100);
    expect(page.searchedTo).toBeUndefined();
    const next = await core.call<AuditList>('audit.list', { text: '平常', limit: 100, cursor: page.nextCursor });
    expect(nth(next.entries[0]!)).toBeGreaterThan(nth(page.entries.at(-1)!));
  });
});
