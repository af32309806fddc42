import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/**
 * The hot queries use an index on every big table they touch. The SQL is the
 * one the service really runs for a channel (caught at better-sqlite3's
 * prepare, with its parameters), asked for its plan with EXPLAIN QUERY PLAN.
 * A step `SCAN <big table>` without an index fails the test.
 */

/** Tables that grow with the years: a full scan of one is a desk that slows down. */
const BIG = new Set(['people', 'visits', 'visit_plans', 'plan_guests', 'audit_log', 'clients', 'search_docs', 'search_people', 'search_clients', 'search_plans']);

interface Ran {
  sql: string;
  params: unknown[];
}
interface PlanStep {
  detail: string;
}

/** Records every statement run on the handle (and its parameters) while `during` runs. */
async function captured(sqlite: Database.Database, during: () => Promise<unknown>): Promise<Ran[]> {
  const ran: Ran[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source) as unknown as Record<string, (...params: unknown[]) => unknown>;
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method]!.bind(statement);
      statement[method] = (...params: unknown[]) => {
        ran.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  }) as unknown as typeof sqlite.prepare;
  try {
    await during();
  } finally {
    sqlite.prepare = prepare;
  }
  return ran.filter((r) => /^\s*(SELECT|WITH)\b/i.test(r.sql));
}

/** Aliases used in the SQL (`FROM visitors v`), so a step on `v` is known to be on visitors. */
function tablesByAlias(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?"?(\w+)"?)?/gi)) {
    const [, table, alias] = m;
    aliases.set(table!, table!);
    if (alias && !/^(ON|WHERE|LEFT|INNER|JOIN|ORDER|GROUP|LIMIT|USING)$/i.test(alias)) aliases.set(alias, table!);
  }
  return aliases;
}

/** The steps that read a whole big table without an index. */
function fullScans(sqlite: Database.Database, ran: Ran): string[] {
  const steps = sqlite.prepare(`EXPLAIN QUERY PLAN ${ran.sql}`).all(...ran.params) as PlanStep[];
  const aliases = tablesByAlias(ran.sql);
  return steps
    .map((s) => s.detail)
    .filter((detail) => {
      const m = /^SCAN (\w+)/.exec(detail);
      if (!m || /USING (COVERING )?INDEX/.test(detail)) return false;
      // An FTS5 table read through a MATCH (`INDEX 192:M1`) reads only the matching documents.
      if (/VIRTUAL TABLE INDEX \d+:\S*M/.test(detail)) return false;
      return BIG.has(aliases.get(m[1]!) ?? m[1]!);
    });
}

/** Search queries that sort their matches (a temp b-tree) cost as many rows as match, not as many as shown. */
function sortsMatches(sqlite: Database.Database, ran: Ran): boolean {
  if (!/\bsearch_(people|clients|plans|staff)\b/.test(ran.sql)) return false;
  const steps = sqlite.prepare(`EXPLAIN QUERY PLAN ${ran.sql}`).all(...ran.params) as PlanStep[];
  return steps.some((s) => /TEMP B-TREE/.test(s.detail));
}

let core: TestCore;
beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-11-27T09:00:00') });
  await core.call('visits.checkIn', { ...WALK_IN, idNumber: residentId() });
  await core.call('visits.checkIn', { ...WALK_IN, name: '李娜', phone: '13900139000', idType: 'passport', idNumber: 'E12345678' });
  const plan = await core.call<{ id: string }>('plans.create', { title: '华为来访', level: 'vip', purpose: '参观', arrivalAt: '2026-11-27T10:00', departureAt: '2026-11-27T16:00', expectedHeadcount: 2, needs: {}, notes: '' });
  const person = await core.call<{ id: string }>('people.create', { name: '王芳', company: '华为', phone: '13700137000', confirmNew: true });
  await core.call('plans.setGuests', { planId: plan.id, guests: [{ personId: person.id, isLead: true, needs: {} }] });
  await core.call('plans.transition', { id: plan.id, to: 'confirmed', reason: '' });
});
afterAll(() => core.cleanup());

async function scansOf(channel: string, input: unknown): Promise<{ sql: string; scans: string[] }[]> {
  const ran = await captured(core.sqlite, () => core.call(channel, input));
  expect(ran.length, `${channel} ran no query`).toBeGreaterThan(0);
  return ran.map((r) => ({ sql: r.sql.replace(/\s+/g, ' ').trim(), scans: fullScans(core.sqlite, r) })).filter((r) => r.scans.length > 0);
}

describe('hot queries use indexes', () => {
  it.each([
    ['visits.list', { scope: 'on_site', query: '', limit: 50, offset: 0 }],
    ['visits.list', { scope: 'today', query: '', limit: 50, offset: 0 }],
    ['visits.expected', { day: '2026-11-27' }],
    ['plans.list', { from: '2026-11-01', to: '2026-11-30', limit: 200, offset: 0 }],
  ])('%s %j', async (channel, input) => {
    expect(await scansOf(channel, input)).toEqual([]);
  });

  // Every class of keystroke: characters (1, 2, 3 and more), pinyin, initials, mixed, phone fragments, whole numbers.
  const QUERIES = ['王', '李娜', '华为来', '华为技术有限', 'z', 'zhang', 'zw', '李n', 'li娜', '138', '13800138000', '（010）6512-3456 转 801', residentId(), 'Ｌｉ Ｎａ'];

  it.each([
    ['visitors.search', (query: string) => ({ query, limit: 20 })],
    ['people.list', (query: string) => ({ query, limit: 50, offset: 0 })],
    ['people.list', (query: string) => ({ query, limit: 50, offset: 0, withoutClient: true })],
    ['clients.list', (query: string) => ({ query, limit: 50, offset: 0 })],
  ] as const)('%s reads through the search index for every kind of query, without sorting the matches', async (channel, input) => {
    for (const query of QUERIES) {
      expect(await scansOf(channel, input(query)), `${channel} ${query}`).toEqual([]);
      const ran = await captured(core.sqlite, () => core.call(channel, input(query)));
      expect(ran.filter((r) => sortsMatches(core.sqlite, r)).map((r) => r.sql), `${channel} ${query}`).toEqual([]);
    }
  });

  // Plans keep their own order (by arrival) and are few (hundreds a year): their matches are sorted, never scanned.
  it('plans.list reads through the search index for every kind of query', async () => {
    for (const query of QUERIES) expect(await scansOf('plans.list', { query, limit: 50, offset: 0 }), query).toEqual([]);
  });

  it('finds a search that reads the whole index or sorts its matches (the checks themselves work)', () => {
    const whole: Ran = { sql: "SELECT d.entity_id FROM search_people JOIN search_docs d ON d.kind = 'people' AND d.seq = search_people.rowid ORDER BY search_people.rowid DESC LIMIT 8", params: [] };
    expect(fullScans(core.sqlite, whole)).toEqual(['SCAN search_people VIRTUAL TABLE INDEX 192:=']);
    const sorted: Ran = { sql: "SELECT d.entity_id FROM search_people JOIN search_docs d ON d.kind = 'people' AND d.seq = search_people.rowid WHERE search_people MATCH 'g_王' ORDER BY d.text LIMIT 8", params: [] };
    expect(sortsMatches(core.sqlite, sorted)).toBe(true);
  });

  it('finds a full scan when there is one (the check itself works)', async () => {
    const ran: Ran = { sql: 'SELECT id FROM visits t WHERE t.host = ?', params: ['李娜'] };
    expect(fullScans(core.sqlite, ran)).toEqual(['SCAN t']);
  });
});
