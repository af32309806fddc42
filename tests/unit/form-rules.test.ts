import { describe, expect, it } from 'vitest';
import { clientFields, personFields } from '../../contract/clients';
import { planFields, resourceFields } from '../../contract/plans';
import { userFields } from '../../contract/users';
import { lengthCount, maxLengthOf } from '../../renderer/src/lib/fieldLimit';
import { parseWhole } from '../../renderer/src/lib/parseWhole';

/** Issue 9 item 6: forms take their limits from the contract and never read text as a number. */
describe('a form field shows the contract’s own maximum', () => {
  it.each([
    ['client name', clientFields.name, 100],
    ['client background', clientFields.background, 2000],
    ['person name', personFields.name, 50],
    ['person notes', personFields.notes, 1000],
    ['person preferences', personFields.preferences, 500],
    ['plan title', planFields.title, 100],
    ['plan purpose', planFields.purpose, 500],
    ['plan notes', planFields.notes, 2000],
    ['resource notes', resourceFields.notes, 200],
    ['user name', userFields.name, 50],
  ] as const)('%s: %i', (_label, schema, max) => {
    expect(maxLengthOf(schema)).toBe(max);
    // The count is shown and counted as zod counts; nothing is cut off.
    const props = lengthCount(schema) as { count: { show: boolean; max: number; strategy: (s: string) => number } };
    expect(props.count).toMatchObject({ show: true, max });
    expect(props.count.strategy('华'.repeat(max + 20))).toBe(max + 20);
    expect(schema.safeParse('华'.repeat(max + 1))).toMatchObject({ success: false, error: { issues: [{ message: 'tooLong' }] } });
  });
});

describe('a headcount typed into a text box', () => {
  it.each([
    ['12', 12],
    [' 3 ', 3],
    ['３', 3],
    [7, 7],
  ] as const)('reads %j as %i', (typed, n) => {
    expect(parseWhole(typed)).toBe(n);
  });

  it.each(['三人', 'abc', '3人', '2.5', '-1', '1e2', '0x10'])('reads %j as not a number, never 1', (typed) => {
    expect(parseWhole(typed)).toBeNaN();
  });

  it.each(['', '  ', null, undefined])('reads %j as blank', (typed) => {
    expect(parseWhole(typed)).toBeNull();
  });

  it('leaves range to the contract: 0 and 501 are numbers its schema refuses', () => {
    expect(planFields.expectedHeadcount.safeParse(parseWhole('0')).success).toBe(false);
    expect(planFields.expectedHeadcount.safeParse(parseWhole('501')).success).toBe(false);
    expect(planFields.expectedHeadcount.safeParse(parseWhole('500')).success).toBe(true);
  });
});
