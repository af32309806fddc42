import { describe, expect, it } from 'vitest';
import type { ItemRow } from '../../contract/checklists';
import { groupByPlan, mergeRows, tickedRows } from '../../renderer/src/checklists/todo/mergeRows';
import { todoKeyAction } from '../../renderer/src/checklists/todo/todoKeys';
import { presetOf } from '../../renderer/src/forms/dueTime';
import { draftIssues, newDraft } from '../../renderer/src/checklists/templates/templateDraft';

/** The checklist screen's own rules: the to-do list keeps ticked rows in place, its keys, the due presets, the editor's check. */

function row(id: string, planId: string, dueAt: string | null, status: ItemRow['status'] = 'open'): ItemRow {
  const text = { zh: id, en: '' };
  return {
    id,
    checklistId: 'c',
    planId,
    section: text,
    text,
    required: true,
    department: 'reception',
    role: null,
    assigneeName: '',
    due: { anchor: 'arrival', offsetMinutes: 0 },
    dueAt,
    check: null,
    status,
    statusByName: '',
    statusAt: null,
    note: '',
    handedOffAt: null,
    overdue: false,
    dueSoon: false,
    planTitle: planId,
    planStatus: 'confirmed',
    arrivalAt: null,
    listName: text,
  };
}

describe('the to-do list after a tick', () => {
  const T = '2030-01-01T10:00';
  const previous = [row('a', 'p', T), row('b', 'p', T), row('c', 'p', T), row('d', 'p', T)];

  it('keeps a ticked row where it was, among rows with the same due time, when the re-read leaves it out', () => {
    const ticked = tickedRows(previous, new Set(['a', 'c']), 'done', '', '王芳', '2030-01-01T01:00:00.000Z');
    const fresh = [row('b', 'p', T), row('d', 'p', T)];
    const merged = mergeRows(fresh, ticked, new Set(['a', 'c']));
    expect(merged.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.filter((r) => r.status === 'done').map((r) => r.statusByName)).toEqual(['王芳', '王芳']);
  });

  it('takes the re-read as it is when nothing ticked went missing, and forgets rows not ticked here', () => {
    const fresh = [row('b', 'p', T), row('d', 'p', T)];
    expect(mergeRows(fresh, previous, new Set())).toBe(fresh);
    expect(mergeRows(fresh, previous, new Set(['b'])).map((r) => r.id)).toEqual(['b', 'd']);
  });

  it('a problem keeps its note; done clears overdue', () => {
    const late = { ...row('a', 'p', T), overdue: true };
    const [problem] = tickedRows([late], new Set(['a']), 'problem', '横幅尺寸不对', '李娜', 'x');
    expect(problem).toMatchObject({ status: 'problem', note: '横幅尺寸不对', overdue: true });
    const [done] = tickedRows([late], new Set(['a']), 'done', '', '李娜', 'x');
    expect(done).toMatchObject({ status: 'done', overdue: false });
  });

  it('groups visits in the order their first item comes', () => {
    const groups = groupByPlan([row('a', 'p1', T), row('b', 'p2', T), row('c', 'p1', T)]);
    expect(groups.map((g) => [g.planId, g.rows.map((r) => r.id)])).toEqual([
      ['p1', ['a', 'c']],
      ['p2', ['b']],
    ]);
  });
});

describe('the to-do keys', () => {
  const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) =>
    todoKeyAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('tick, move and select as the design says', () => {
    expect(key(' ')).toEqual({ kind: 'status', status: 'done' });
    expect(key('D')).toEqual({ kind: 'status', status: 'done' });
    expect(key('n')).toEqual({ kind: 'status', status: 'na' });
    expect(key('p')).toEqual({ kind: 'status', status: 'problem' });
    expect(key('u')).toEqual({ kind: 'status', status: 'open' });
    expect(key('j')).toEqual({ kind: 'move', by: 1, extend: false });
    expect(key('ArrowUp', { shiftKey: true })).toEqual({ kind: 'move', by: -1, extend: true });
    expect(key('Enter')).toEqual({ kind: 'openPlan' });
    expect(key('a', { ctrlKey: true })).toEqual({ kind: 'selectAll' });
    // Ctrl+D, Ctrl+P and the like belong to the browser and the app, not to ticking.
    expect(key('d', { ctrlKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});

describe('the template editor', () => {
  it('names the presets by their anchor and offset', () => {
    expect(presetOf({ anchor: 'arrival', offsetMinutes: -1440 })).toBe('before24h');
    expect(presetOf({ anchor: 'departure', offsetMinutes: 1440 })).toBe('after24h');
    expect(presetOf({ anchor: 'arrival', offsetMinutes: -45 })).toBeNull();
  });

  it('checks a draft with the contract: an empty name and an empty item text are reported where they are', () => {
    const draft = newDraft();
    const issues = draftIssues(draft);
    expect(issues.get('name.zh')).toBe('required');
    expect(issues.get('sections.0.items.0.text.zh')).toBe('required');
    draft.name.zh = '场地与设备';
    draft.sections[0]!.title.zh = '设备测试';
    draft.sections[0]!.items[0]!.text.zh = '投影仪测试';
    expect(draftIssues(draft).size).toBe(0);
    draft.sections[0]!.items[0]!.due.offsetMinutes = 60 * 24 * 61;
    expect(draftIssues(draft).get('sections.0.items.0.due.offsetMinutes')).toBe('outOfRange');
  });
});
