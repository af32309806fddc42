import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceRow } from '../../contract/quality';
import { insertItem, insertList, insertTemplate, seedPlan, type ItemSeed } from '../helpers/quality-seed';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/*
 * Compliance figures on a known data set (real SQLite): eleven items whose
 * verdicts are known by construction, read by period, checklist, department
 * and person. Now is Thursday 2026-12-10 12:00; 2026-12-07 and 12-14 are Mondays.
 */
let core: TestCore;
let t1: string;
let t2: string;

beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-12-10T12:00:00') });
  const s = core.sqlite;
  t1 = insertTemplate(s, { name: '场地与设备', kind: 'preparation', sections: [{ title: '设备', items: ['投影'] }] }).id;
  t2 = insertTemplate(s, { name: '安全与保密', kind: 'preparation', sections: [{ title: '安全', items: ['消防通道'] }] }).id;
  const plan = await seedPlan(core, { title: '华为来访', status: 'in_progress', arrivalAt: '2026-12-07T09:00', departureAt: '2026-12-14T17:00' });
  const cancelled = await seedPlan(core, { title: '取消的来访', status: 'cancelled', arrivalAt: '2026-12-08T09:00', departureAt: '2026-12-08T17:00' });
  const a = insertList(s, { planId: plan, templateId: t1, name: '场地与设备' });
  const b = insertList(s, { planId: plan, templateId: t2, name: '安全与保密' });
  const c = insertList(s, { planId: cancelled, templateId: t1, name: '场地与设备' });
  const item = (o: Omit<ItemSeed, 'planId'>) => insertItem(s, { planId: o.listId === c ? cancelled : plan, ...o });
  // 1 on time; 2 late; 3 missed (open, past due); 4 missed (a problem, past due); 5 not applicable.
  item({ listId: a, text: '1', dueAt: '2026-12-07T09:00', status: 'done', tickedAt: '2026-12-07T08:30', by: '王芳' });
  item({ listId: a, text: '2', dueAt: '2026-12-07T10:00', status: 'done', tickedAt: '2026-12-07T11:00', by: '王芳', department: 'security' });
  item({ listId: b, text: '3', dueAt: '2026-12-08T09:00', assignee: '李娜', department: 'cleaning' });
  item({ listId: b, text: '4', dueAt: '2026-12-08T10:00', status: 'problem', tickedAt: '2026-12-08T10:30', by: '李娜', department: 'it', note: '网络不通' });
  item({ listId: a, text: '5', dueAt: '2026-12-09T09:00', status: 'na', tickedAt: '2026-12-09T08:00', by: '王芳' });
  // 6 still open but not due yet (15:00 today): not judged.
  item({ listId: a, text: '6', dueAt: '2026-12-10T15:00', assignee: '王芳' });
  // 7 and 11 done before they are due: on time.
  item({ listId: b, text: '7', dueAt: '2026-12-11T09:00', status: 'done', tickedAt: '2026-12-10T10:00', by: '李娜' });
  item({ listId: a, text: '11', dueAt: '2026-12-14T09:00', status: 'done', tickedAt: '2026-12-10T09:00', by: '王芳' });
  // Not counted: a cancelled visit's item, one due before the range, one taken off the list.
  item({ listId: c, text: '8', dueAt: '2026-12-08T09:00' });
  item({ listId: a, text: '9', dueAt: '2026-12-01T09:00' });
  item({ listId: a, text: '10', dueAt: '2026-12-08T09:00', deleted: true });
  // Two inspections in the range (scores 100 and 50), one before it.
  const insp = insertTemplate(s, { name: '设施检查', kind: 'inspection', sections: [{ title: '设施', items: ['照明', '空调'] }] });
  const inspect = (at: string, results: string[]) =>
    core.call('quality.recordInspection', { templateId: insp.id, inspectedAt: at, results: insp.itemIds.map((itemId, i) => ({ itemId, result: results[i] })) });
  await inspect('2026-12-08T16:00', ['pass', 'pass']);
  await inspect('2026-12-09T16:00', ['pass', 'fail']);
  await inspect('2026-12-02T16:00', ['fail', 'fail']);
});
afterAll(() => core.cleanup());

const compliance = (by: string, extra: object = {}) =>
  core.call<{ rows: ComplianceRow[]; total: ComplianceRow; inspections: { count: number; averageScore: number | null } }>('quality.compliance', {
    from: '2026-12-07',
    to: '2026-12-14',
    by,
    ...extra,
  });

const figures = (r: ComplianceRow) => [r.key, r.due, r.onTime, r.late, r.missed, r.notApplicable, r.rate];

describe('compliance', () => {
  it('counts on time, late, missed and not applicable over the range, and the inspections', async () => {
    const result = await compliance('period', { period: 'week' });
    expect(result.total).toMatchObject({ due: 6, onTime: 3, late: 1, missed: 2, notApplicable: 1, rate: 50 });
    expect(result.inspections).toEqual({ count: 2, averageScore: 75 });
  });

  it('by day, week and month', async () => {
    expect((await compliance('period', { period: 'day' })).rows.map(figures)).toEqual([
      ['2026-12-07', 2, 1, 1, 0, 0, 50],
      ['2026-12-08', 2, 0, 0, 2, 0, 0],
      ['2026-12-09', 0, 0, 0, 0, 1, null],
      ['2026-12-11', 1, 1, 0, 0, 0, 100],
      ['2026-12-14', 1, 1, 0, 0, 0, 100],
    ]);
    expect((await compliance('period', { period: 'week' })).rows.map(figures)).toEqual([
      ['2026-12-07', 5, 2, 1, 2, 1, 40],
      ['2026-12-14', 1, 1, 0, 0, 0, 100],
    ]);
    expect((await compliance('period', { period: 'month' })).rows.map(figures)).toEqual([['2026-12-01', 6, 3, 1, 2, 1, 50]]);
  });

  it('by checklist template, with its name', async () => {
    const { rows } = await compliance('checklist');
    expect(rows.map(figures)).toEqual([
      [t1, 3, 2, 1, 0, 1, 66.7],
      [t2, 3, 1, 0, 2, 0, 33.3],
    ]);
    expect(rows[0]!.label).toEqual({ zh: '场地与设备', en: '场地与设备 (en)' });
  });

  it('by department', async () => {
    expect((await compliance('department')).rows.map(figures)).toEqual([
      ['reception', 3, 3, 0, 0, 1, 100],
      ['cleaning', 1, 0, 0, 1, 0, 0],
      ['it', 1, 0, 0, 1, 0, 0],
      ['security', 1, 0, 1, 0, 0, 0],
    ]);
  });

  it('by person: who ticked it, else who it was given to', async () => {
    expect((await compliance('person')).rows.map(figures)).toEqual([
      ['李娜', 3, 1, 0, 2, 0, 33.3],
      ['王芳', 3, 2, 1, 0, 1, 66.7],
    ]);
  });

  it('a narrower range counts only its own days', async () => {
    const result = await core.call<{ total: ComplianceRow; inspections: { count: number } }>('quality.compliance', { from: '2026-12-08', to: '2026-12-08', by: 'department' });
    expect(result.total).toMatchObject({ due: 2, missed: 2, onTime: 0, rate: 0 });
    expect(result.inspections.count).toBe(1);
  });
});
