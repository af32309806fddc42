import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../contract/quality';
import { insertTemplate, seedPlan, type TemplateSeed } from '../helpers/quality-seed';
import { makeTestCore, type TestCore } from '../helpers/test-core';

/* Inspections against an inspection template, on real SQLite: every item judged once, scored by the contract's rule. */
let core: TestCore;
let template: TemplateSeed;
let planId: string;

beforeAll(async () => {
  core = await makeTestCore({ now: () => new Date('2026-12-10T12:00:00') });
  template = insertTemplate(core.sqlite, {
    name: '服务规范检查',
    kind: 'inspection',
    sections: [
      { title: '迎宾', items: ['提前到位', '着装规范'] },
      { title: '引导', items: ['路线讲解', '送别'] },
    ],
  });
  planId = await seedPlan(core, { title: '华为来访', status: 'completed', arrivalAt: '2026-12-09T09:00', departureAt: '2026-12-09T17:00' });
});
afterAll(() => core.cleanup());

const judge = (results: string[], extra: object = {}) => ({
  templateId: template.id,
  inspectedAt: '2026-12-09T17:30',
  results: template.itemIds.map((itemId, i) => ({ itemId, result: results[i], note: results[i] === 'fail' ? '迟到 5 分钟' : '' })),
  ...extra,
});

describe('recording an inspection', () => {
  it('scores passes over judged items, keeps every item with its section and text, and is audited', async () => {
    await core.signInAs('manager');
    const saved = await core.call<Inspection>('quality.recordInspection', judge(['pass', 'fail', 'pass', 'na'], { planId, area: '一楼大厅', department: 'reception', notes: '整体良好' }));
    expect(saved).toMatchObject({ score: 67, planId, planTitle: '华为来访', inspectorName: 'manager 用户', area: '一楼大厅', department: 'reception', notes: '整体良好' });
    expect(saved.templateName).toEqual({ zh: '服务规范检查', en: '服务规范检查 (en)' });
    expect(saved.results.map((r) => [r.section.zh, r.text.zh, r.result, r.note])).toEqual([
      ['迎宾', '提前到位', 'pass', ''],
      ['迎宾', '着装规范', 'fail', '迟到 5 分钟'],
      ['引导', '路线讲解', 'pass', ''],
      ['引导', '送别', 'na', ''],
    ]);
    const entry = core.sqlite.prepare("SELECT entity, entity_id AS entityId, detail FROM audit_log WHERE action = 'inspection.record'").get() as { entity: string; entityId: string; detail: string };
    expect(entry).toMatchObject({ entity: 'inspection', entityId: saved.id });
    expect(JSON.parse(entry.detail)).toEqual({ template: '服务规范检查', planTitle: '华为来访', inspectedAt: '2026-12-09T17:30', area: '一楼大厅', score: 67, failed: 1 });
  });

  it('keeps the texts as they were when the template changes later', async () => {
    const first = (await core.call<Inspection[]>('quality.inspections', { planId }))[0]!;
    const row = core.sqlite.prepare('SELECT sections FROM checklist_templates WHERE id = ?').get(template.id) as { sections: string };
    core.sqlite.prepare('UPDATE checklist_templates SET sections = ? WHERE id = ?').run(row.sections.replace('提前到位', '提前十分钟到位'), template.id);
    const again = (await core.call<Inspection[]>('quality.inspections', { planId }))[0]!;
    expect(again.results[0]!.text.zh).toBe('提前到位');
    expect(again).toEqual(first);
    core.sqlite.prepare('UPDATE checklist_templates SET sections = ? WHERE id = ?').run(row.sections, template.id);
  });

  it('has no score when every item is not applicable', async () => {
    expect(await core.call<Inspection>('quality.recordInspection', judge(['na', 'na', 'na', 'na']))).toMatchObject({ score: null });
    expect(await core.call<Inspection>('quality.recordInspection', judge(['pass', 'pass', 'pass', 'pass']))).toMatchObject({ score: 100 });
  });

  it('refuses an item left out, judged twice, or not on the template, and a template that is not an inspection', async () => {
    const full = judge(['pass', 'pass', 'pass', 'pass']);
    const issues = async (input: object) => {
      const r = await core.dispatch('quality.recordInspection', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      return (r as { error: { issues: { path: string; message: string }[] } }).error.issues;
    };
    expect(await issues({ ...full, results: full.results.slice(1) })).toEqual([{ path: 'results', message: 'quality.unjudged' }]);
    expect(await issues({ ...full, results: [...full.results, full.results[0]] })).toEqual([{ path: 'results.4.itemId', message: 'quality.judgedTwice' }]);
    const stranger = '0190f0a0-0000-7000-8000-000000000001';
    expect(await issues({ ...full, results: [...full.results.slice(1), { itemId: stranger, result: 'pass' }] })).toEqual([
      { path: 'results.3.itemId', message: 'invalidOption' },
      { path: 'results', message: 'quality.unjudged' },
    ]);
    const prep = insertTemplate(core.sqlite, { name: '场地与设备', kind: 'preparation', sections: [{ title: '设备', items: ['投影'] }] });
    expect(await issues({ ...full, templateId: prep.id, results: [{ itemId: prep.itemIds[0], result: 'pass' }] })).toEqual([{ path: 'templateId', message: 'quality.notInspection' }]);
    expect(await core.dispatch('quality.recordInspection', { ...full, templateId: stranger })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('quality.recordInspection', { ...full, planId: stranger })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('is recorded by managers only; everyone at the desk reads them', async () => {
    await core.signInAs('receptionist');
    expect(await core.dispatch('quality.recordInspection', judge(['pass', 'pass', 'pass', 'pass']))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await core.call<Inspection[]>('quality.inspections', {})).length).toBe(3);
  });

  it('lists by the day held, newest first', async () => {
    await core.signInAs('manager');
    await core.call('quality.recordInspection', judge(['pass', 'fail', 'fail', 'fail'], { inspectedAt: '2026-12-01T10:00' }));
    const list = await core.call<Inspection[]>('quality.inspections', { from: '2026-12-01', to: '2026-12-01' });
    expect(list.map((i) => [i.inspectedAt, i.score])).toEqual([['2026-12-01T10:00', 25]]);
    const all = await core.call<Inspection[]>('quality.inspections', { from: '2026-12-01', to: '2026-12-31' });
    expect(all.map((i) => i.inspectedAt)).toEqual(['2026-12-09T17:30', '2026-12-09T17:30', '2026-12-09T17:30', '2026-12-01T10:00']);
  });
});
