import { describe, expect, it } from 'vitest';
import { dueTime, type ChecklistItem } from '../../../contract/checklists';
import { dueOf, partsOf } from '../../../renderer/src/forms/dueTime';
import { handoffDepartments } from '../../../renderer/src/plans/editor/checklists/handoffDepartments';
import { emptyMaterial, materialsInput, rowsOf } from '../../../renderer/src/plans/editor/checklists/materialRows';
import { sectionsOf } from '../../../renderer/src/plans/editor/checklists/ChecklistCard';

const item = (patch: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'i',
  checklistId: 'c',
  planId: 'p',
  section: { zh: '场地', en: 'Venue' },
  text: { zh: '投影', en: 'Projector' },
  required: true,
  department: 'reception',
  role: null,
  assigneeName: '',
  due: { anchor: 'arrival', offsetMinutes: 0 },
  dueAt: null,
  check: null,
  status: 'open',
  statusByName: '',
  statusAt: null,
  note: '',
  handedOffAt: null,
  overdue: false,
  dueSoon: false,
  ...patch,
});

describe('plan checklists in the editor', () => {
  it('says a due time in the largest whole unit and reads it back to the same minutes', () => {
    for (const offsetMinutes of [-1440, -30, 0, 90, 120, 2880, -4320]) {
      const due = { anchor: 'arrival' as const, offsetMinutes };
      expect(dueOf(partsOf(due))).toEqual(due);
    }
    expect(partsOf({ anchor: 'arrival', offsetMinutes: -1440 })).toEqual({ anchor: 'arrival', side: 'before', amount: 1, unit: 'days' });
    expect(partsOf({ anchor: 'departure', offsetMinutes: 90 })).toEqual({ anchor: 'departure', side: 'after', amount: 90, unit: 'minutes' });
    expect(dueOf({ anchor: 'arrival', side: 'before', amount: 2, unit: 'hours' })).toEqual({ anchor: 'arrival', offsetMinutes: -120 });
    // The contract's rule places it on the plan: 2 hours before a 09:30 arrival.
    expect(dueTime(dueOf({ anchor: 'arrival', side: 'before', amount: 2, unit: 'hours' }), '2030-05-14T09:30', null)).toBe('2030-05-14T07:30');
  });

  it('lists each hand-off department once, never the desk, handed off only when every item went out', () => {
    const lists = [
      { items: [item({ department: 'security', handedOffAt: '2030-05-13T10:00:00Z' }), item({ department: 'reception' }), item({ department: 'it' })] },
      { items: [item({ department: 'security', handedOffAt: null }), item({ department: 'cleaning', handedOffAt: '2030-05-13T10:00:00Z' })] },
    ] as never;
    expect(handoffDepartments({ lists })).toEqual([
      { department: 'security', handedOff: false },
      { department: 'it', handedOff: false },
      { department: 'cleaning', handedOff: true },
    ]);
  });

  it('groups a list by section in the order the sections first come', () => {
    const groups = sectionsOf([item({ id: 'a' }), item({ id: 'b', section: { zh: '安全', en: '' } }), item({ id: 'c' })]);
    expect(groups.map((g) => [g.title.zh, g.items.map((i) => i.id)])).toEqual([
      ['场地', ['a', 'c']],
      ['安全', ['b']],
    ]);
  });

  it('saves the material list as edited: ids kept, names trimmed, a counted quantity left to main', () => {
    const rows = rowsOf([{ id: 'm1', kind: 'teaBreak', name: '茶歇', perGuest: 1, fixed: 0, quantityOverride: null, quantity: 6, notes: '', ready: false }]);
    expect(rows[0]!.counted).toBe(6);
    const added = { ...emptyMaterial(), name: '  欢迎礼品 ', kind: 'gift' as const, quantityOverride: 3 };
    expect(materialsInput([...rows, added])).toEqual([
      { id: 'm1', kind: 'teaBreak', name: '茶歇', perGuest: 1, fixed: 0, quantityOverride: null, notes: '', ready: false },
      { kind: 'gift', name: '欢迎礼品', perGuest: 0, fixed: 1, quantityOverride: 3, notes: '', ready: false },
    ]);
  });
});
