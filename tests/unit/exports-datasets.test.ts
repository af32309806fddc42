import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientSummary, PersonSummary } from '../../contract/clients';
import type { PlanSummary } from '../../contract/plans';
import type { VisitSummary } from '../../contract/visits';
import { csvRows, exportFile } from '../helpers/exports';
import { makeTestCore, residentId, WALK_IN, type TestCore } from '../helpers/test-core';

/*
 * "The filters on screen": each dataset exported with a list's filters holds
 * exactly the rows that list shows with them, in its order (the export reads
 * through the list's own filter code), and the visitors of a range are the
 * people a plain count over the visits finds.
 */

// Two rows a page: every dataset is read by key over many pages, so a key that skips or repeats a row shows.
vi.mock('../../main/services/exports/datasets/types', async (original) => ({ ...(await original<object>()), PAGE: 2 }));

let clock = new Date('2026-12-01T09:00:00');
let core: TestCore;
const clientIds: Record<string, string> = {};

async function walkIn(name: string, extra: Record<string, unknown> = {}): Promise<VisitSummary> {
  return core.call<VisitSummary>('visits.checkIn', { ...WALK_IN, name, idType: undefined, ...extra });
}

beforeAll(async () => {
  core = await makeTestCore({ now: () => clock });
  for (const [name, tier] of [['华为技术', 'key'], ['腾讯科技', 'key'], ['字节跳动', 'normal'], ['华润集团', 'normal']] as const) {
    clientIds[name] = (await core.call<{ id: string }>('clients.create', { name, tier })).id;
  }
  await core.call('people.create', { name: '张三', clientId: clientIds['华为技术'], phone: '13900139000' });
  await core.call('people.create', { name: '张小明', clientId: clientIds['腾讯科技'] });
  await core.call('people.create', { name: '李四' });
  // Walk-ins over three days: some left, some still on site.
  const days = ['2026-12-01', '2026-12-02', '2026-12-03'];
  let n = 0;
  for (const day of days) {
    for (const name of ['张伟', '王芳', '李娜', '张敏', '刘洋']) {
      clock = new Date(`${day}T${String(9 + (n % 8)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:00`);
      core.runtime.session.touch(clock);
      const v = await walkIn(`${name}${day.slice(-1)}`, { idType: 'resident_id', idNumber: residentId('110105', '19900307', String(100 + n).slice(-3)), company: n % 2 ? '华为技术有限公司' : '腾讯' });
      if (n % 3 !== 0) await core.call('visits.checkOut', { visitId: v.id });
      n++;
    }
  }
  await walkIn('张伟1'.slice(0, 2), { company: '回头客' });
  for (const [title, arrival, status] of [
    ['华为来访', '2026-12-05T10:00', 'confirmed'],
    ['腾讯交流', '2026-12-08T14:00', 'draft'],
    ['字节参观', '2026-11-20T09:30', 'draft'],
    ['未定时间的方案', null, 'draft'],
  ] as const) {
    const plan = await core.call<{ id: string }>('plans.create', { title, clientId: clientIds['华为技术'], ...(arrival && { arrivalAt: arrival, departureAt: arrival.replace(/T\d\d/, 'T18') }) });
    if (status === 'confirmed') await core.call('plans.transition', { id: plan.id, to: 'confirmed' }).catch(() => undefined);
  }
}, 60_000);
afterAll(() => core.cleanup());

/** Every page of a list read by key (the directory lists). */
async function allPages<T>(channel: string, input: Record<string, unknown>): Promise<T[]> {
  const out: T[] = [];
  for (let cursor: string | null | undefined; cursor !== null; ) {
    const page = await core.call<{ items: T[]; nextCursor: string | null }>(channel, { ...input, limit: 2, ...(cursor && { cursor }) });
    out.push(...page.items);
    cursor = page.nextCursor;
  }
  return out;
}

/** The data rows of an exported CSV (the header checked, then left out). */
async function exported(request: Parameters<typeof exportFile>[1], header: string): Promise<string[][]> {
  const rows = await csvRows(await exportFile(core, { ...request, format: 'csv' } as Parameters<typeof exportFile>[1]));
  expect(rows[0]![0]).toBe(header);
  return rows.slice(1);
}

describe('visits', () => {
  it.each([
    ['on_site', ''],
    ['on_site', '张'],
    ['today', ''],
    ['today', '华为'],
  ] as const)('the desk list %s filtered by "%s" is exported as the desk lists it', async (scope, query) => {
    const list = await core.call<{ rows: VisitSummary[] }>('visits.list', { scope, query, limit: 200 });
    const rows = await exported({ dataset: 'visits', filters: { scope, ...(query && { query }) } } as never, '入场时间');
    expect(rows.map((r) => r[9])).toEqual(list.rows.map((v) => v.badgeNo));
    expect(list.rows.length).toBeGreaterThan(0);
  });

  it('a range of days holds every visit of those days, newest first, each with its status and kind', async () => {
    const rows = await exported({ dataset: 'visits', filters: { from: '2026-12-01', to: '2026-12-02' } } as never, '入场时间');
    const expected = core.sqlite
      .prepare("SELECT badge_no FROM visits WHERE visit_day BETWEEN '2026-12-01' AND '2026-12-02' ORDER BY visit_day DESC, check_in_at DESC")
      .pluck()
      .all();
    expect(rows.map((r) => r[9])).toEqual(expected);
    expect(new Set(rows.map((r) => r[10]))).toEqual(new Set(['在场', '已离场']));
    expect(new Set(rows.map((r) => r[11]))).toEqual(new Set(['临时来访']));
  });

  it('status and keyword narrow it like the list filter', async () => {
    const rows = await exported({ dataset: 'visits', filters: { status: 'checked_out', query: '张' } } as never, '入场时间');
    const expected = core.sqlite
      .prepare("SELECT badge_no FROM visits WHERE status = 'checked_out' AND instr(visitor_name, '张') > 0 ORDER BY visit_day DESC, check_in_at DESC")
      .pluck()
      .all();
    expect(rows.map((r) => r[9])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
  });
});

describe('visitors, plans, clients, people', () => {
  it('visitors of a range: each person who came, once, with their visits counted', async () => {
    const rows = await exported({ dataset: 'visitors', filters: { from: '2026-12-02', to: '2026-12-03' } } as never, '姓名');
    const expected = core.sqlite
      .prepare("SELECT v.name, COUNT(*) AS n FROM visits t JOIN people v ON v.id = t.person_id WHERE t.visit_day BETWEEN '2026-12-02' AND '2026-12-03' GROUP BY v.id ORDER BY v.name_pinyin, v.id")
      .all() as { name: string; n: number }[];
    expect(rows.map((r) => [r[0], Number(r[5])])).toEqual(expected.map((e) => [e.name, e.n]));
    const searched = await exported({ dataset: 'visitors', filters: { from: '2026-12-02', to: '2026-12-03', query: '张' } } as never, '姓名');
    expect(new Set(searched.map((r) => r[0]))).toEqual(new Set(expected.map((e) => e.name).filter((n) => n.includes('张'))));
  });

  it.each([
    [{}],
    [{ status: ['draft'] }],
    [{ from: '2026-12-01', to: '2026-12-31' }],
    [{ query: '华为' }],
    [{ unscheduled: true }],
  ])('plans with %j are the plans list with the same filters', async (filters) => {
    const list = await core.call<{ items: PlanSummary[] }>('plans.list', { ...filters, limit: 500 });
    const rows = await exported({ dataset: 'plans', filters } as never, '名称');
    expect(rows.map((r) => r[0])).toEqual(list.items.map((p) => p.title));
    expect(list.items.length).toBeGreaterThan(0);
  });

  it("plans of one client: that client's plans only", async () => {
    await core.call('plans.create', { title: '腾讯自己的方案', clientId: clientIds['腾讯科技'] });
    const rows = await exported({ dataset: 'plans', filters: { clientId: clientIds['腾讯科技'] } } as never, '名称');
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['腾讯自己的方案', '腾讯科技']]);
  });

  it.each([[{}], [{ tier: 'normal' }], [{ query: '华' }]])('clients with %j are the clients list with the same filters', async (filters) => {
    const list = await allPages<ClientSummary>('clients.list', filters);
    const rows = await exported({ dataset: 'clients', filters } as never, '姓名');
    expect(rows.map((r) => r[0])).toEqual(list.map((c) => c.name));
    expect(list.length).toBeGreaterThan(0);
  });

  it.each([[{}], [{ withoutClient: true }], [{ query: '张' }]])('people with %j are the directory with the same filters', async (filters) => {
    const list = await allPages<PersonSummary>('people.list', filters);
    const rows = await exported({ dataset: 'people', filters } as never, '姓名');
    expect(rows.map((r) => r[0])).toEqual(list.map((p) => p.name));
    expect(rows.map((r) => r[7])).toEqual(list.map((p) => p.idMasked ?? ''));
    expect(list.length).toBeGreaterThan(1);
  });

  it('archived clients come after the live ones only when asked for', async () => {
    const gone = await core.call<{ id: string }>('clients.create', { name: '华夏旧客户', tier: 'normal' });
    await core.call('clients.archive', { id: gone.id });
    const live = (await allPages<ClientSummary>('clients.list', {})).map((c) => c.name);
    expect((await exported({ dataset: 'clients', filters: {} } as never, '姓名')).map((r) => r[0])).toEqual(live);
    expect((await exported({ dataset: 'clients', filters: { includeArchived: true } } as never, '姓名')).map((r) => r[0])).toEqual([...live, '华夏旧客户']);
    expect((await exported({ dataset: 'clients', filters: { includeArchived: true, query: 'huaxia' } } as never, '姓名')).map((r) => r[0])).toEqual(['华夏旧客户']);
  });
});
