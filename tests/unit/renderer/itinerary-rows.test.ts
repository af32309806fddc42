import { describe, expect, it } from 'vitest';
import { plans } from '../../../contract/plans';
import { clashesOf, duplicateOf, itemsOf, problemsOf, rowAfter, rowsOf, sameRows, sortRows, type ItineraryRow } from '../../../renderer/src/plans/editor/itineraryRows';

const PLAN = '00000000-0000-7000-8000-000000000000';
let n = 0;
const row = (date: string, start: string, end: string, patch: Partial<ItineraryRow> = {}): ItineraryRow => ({
  key: `k${++n}`,
  date,
  start,
  end,
  activity: '参观展厅',
  place: '',
  responsible: '',
  notes: '',
  ...patch,
});

describe('a new itinerary line', () => {
  it('starts the first line at the arrival, else at 09:00 on the arrival day, else today', () => {
    expect(rowAfter(undefined, '2026-11-28T14:30', '2026-11-27')).toMatchObject({ date: '2026-11-28', start: '14:30', end: '15:30' });
    expect(rowAfter(undefined, null, '2026-11-27')).toMatchObject({ date: '2026-11-27', start: '09:00', end: '10:00' });
  });

  it('follows the line before it: same day, from its end, an hour long, with a key of its own', () => {
    const previous = row('2026-11-29', '9', '1030');
    const next = rowAfter(previous, '2026-11-28T14:30', '2026-11-27');
    expect(next).toMatchObject({ date: '2026-11-29', start: '10:30', end: '11:30', activity: '' });
    expect(next.key).not.toBe(previous.key);
    expect(rowAfter(previous, null, '2026-11-27').key).not.toBe(next.key);
  });

  it('stays inside the day after a late line, never running past midnight', () => {
    expect(rowAfter(row('2026-11-28', '22:00', '23:30'), null, '2026-11-27')).toMatchObject({ start: '23:30', end: '23:55' });
  });

  it('starts from the arrival time when the line before has no readable end yet', () => {
    expect(rowAfter(row('2026-11-28', '10:00', 'soon'), '2026-11-28T14:30', '2026-11-27')).toMatchObject({ start: '14:30' });
  });
});

describe('a duplicated line', () => {
  it('comes right after its original with the same length, as a new item', () => {
    const copy = duplicateOf(row('2026-11-28', '09:00', '10:30', { id: 'saved-1' }));
    expect(copy).toMatchObject({ date: '2026-11-28', start: '10:30', end: '12:00', activity: '参观展厅' });
    expect(copy.id).toBeUndefined();
  });

  it('is an hour long when the original has no sensible length', () => {
    expect(duplicateOf(row('2026-11-28', '11:00', '10:00'))).toMatchObject({ start: '10:00', end: '11:00' });
    expect(duplicateOf(row('2026-11-28', '11:00', ''))).toMatchObject({ start: '12:00', end: '13:00' });
  });
});

describe('what is wrong with a line before main sees it', () => {
  it('accepts a line that starts at midnight', () => {
    expect(problemsOf(row('2026-11-28', '0', '030'))).toEqual({});
  });

  it('refuses an end at or before the start, and unreadable dates and times', () => {
    expect(problemsOf(row('2026-11-28', '10:00', '10:00'))).toEqual({ end: 'errors.itinerary.endBeforeStart' });
    expect(problemsOf(row('2026-11-28', '23:00', '00:30'))).toEqual({ end: 'errors.itinerary.endBeforeStart' });
    expect(problemsOf(row('28/11/2026', '25', 'x'))).toEqual({ date: 'planEditor.itinerary.badDate', start: 'planEditor.itinerary.badTime', end: 'planEditor.itinerary.badTime' });
  });

  it('needs an activity that is more than spaces', () => {
    expect(problemsOf(row('2026-11-28', '9', '10', { activity: '   ' }))).toEqual({ activity: 'errors.required' });
  });
});

describe('clashes while typing', () => {
  it('marks overlapping lines on both sides, but not lines that only touch', () => {
    const a = row('2026-11-28', '09:00', '10:00');
    const b = row('2026-11-28', '0930', '11');
    const c = row('2026-11-28', '11:00', '12:00');
    const clashes = clashesOf([a, b, c], null, null);
    expect(clashes.get(a.key)?.overlaps).toEqual([b]);
    expect(clashes.get(b.key)?.overlaps).toEqual([a]);
    expect(clashes.has(c.key)).toBe(false);
  });

  it('does not mix the same hours on different days', () => {
    expect(clashesOf([row('2026-11-28', '09:00', '10:00'), row('2026-11-29', '09:00', '10:00')], null, null).size).toBe(0);
  });

  it('marks a line before the arrival or after the departure, to the minute', () => {
    const early = row('2026-11-28', '13:00', '14:30');
    const onTime = row('2026-11-28', '14:30', '15:00');
    const late = row('2026-11-28', '17:00', '17:31');
    const clashes = clashesOf([early, onTime, late], '2026-11-28T14:30', '2026-11-28T17:30');
    expect(clashes.get(early.key)).toEqual({ overlaps: [], before: true, after: false });
    expect(clashes.has(onTime.key)).toBe(false);
    expect(clashes.get(late.key)).toEqual({ overlaps: [], before: false, after: true });
  });

  it('leaves out lines it cannot read, and has nothing to say about an empty itinerary', () => {
    const broken = row('2026-11-28', '10:00', '09:00');
    const whole = row('2026-11-28', '08:00', '11:00');
    expect(clashesOf([broken, whole], null, null).size).toBe(0);
    expect(clashesOf([], '2026-11-28T09:00', '2026-11-28T17:00').size).toBe(0);
  });
});

describe('what is saved', () => {
  it('sends typed times in their written form, texts trimmed, ids only for saved items, and main accepts it', () => {
    const items = itemsOf([row('2026-11-28', '930', '10.45', { id: '00000000-0000-7000-8000-000000000001', activity: ' 欢迎 ', place: ' 一楼 ' }), row('2026-11-28', '11', '12')]);
    expect(items).toEqual([
      { id: '00000000-0000-7000-8000-000000000001', startsAt: '2026-11-28T09:30', endsAt: '2026-11-28T10:45', activity: '欢迎', place: '一楼', responsible: '', notes: '' },
      { startsAt: '2026-11-28T11:00', endsAt: '2026-11-28T12:00', activity: '参观展厅', place: '', responsible: '', notes: '' },
    ]);
    expect(plans.saveItinerary.input.safeParse({ planId: PLAN, items }).success).toBe(true);
  });

  it('reads saved items back into the same rows', () => {
    const items = itemsOf([row('2026-11-28', '00:00', '01:00', { id: '00000000-0000-7000-8000-000000000002' })]);
    const rows = rowsOf(items.map((item) => ({ ...item, id: item.id! })) as never);
    expect(rows[0]).toMatchObject({ key: '00000000-0000-7000-8000-000000000002', date: '2026-11-28', start: '00:00', end: '01:00' });
    expect(sameRows(rows, [row('2026-11-28', '0', '1', { id: '00000000-0000-7000-8000-000000000002' })])).toBe(true);
  });

  it('sees a real change, but not retyped spacing or a time written another way', () => {
    const saved = [row('2026-11-28', '09:00', '10:00')];
    expect(sameRows(saved, [{ ...saved[0]!, key: 'other', start: '9', activity: '参观展厅 ' }])).toBe(true);
    expect(sameRows(saved, [{ ...saved[0]!, end: '10:05' }])).toBe(false);
    expect(sameRows([], [])).toBe(true);
  });

  it('orders lines by day, then by start', () => {
    const late = row('2026-11-29', '08:00', '09:00');
    const noon = row('2026-11-28', '12:00', '13:00');
    const morning = row('2026-11-28', '08:00', '09:00');
    expect(sortRows([late, noon, morning])).toEqual([morning, noon, late]);
  });

  it('orders a start still as typed (9, 930) by the time it means', () => {
    const ten = row('2026-11-28', '10:00', '11:00');
    const nine = row('2026-11-28', '9', '930');
    const nineThirty = row('2026-11-28', '930', '10');
    expect(sortRows([ten, nineThirty, nine])).toEqual([nine, nineThirty, ten]);
  });
});
